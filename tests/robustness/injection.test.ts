// Article text can only ever be data. Articles whose names, quotes, titles, file names, ids, sources and urls hold
// Cypher (`'}) DETACH DELETE n //`, `MATCH (n) DETACH DELETE n`, `CALL ...`, UNION), backticks, `$params`,
// braces, quotes, newlines and unicode are ingested through `kg ingest` into both stores, after an article that
// must survive them: the graph is intact and every hostile string comes back verbatim. And a static check: no
// statement in src/ is built from a value that is not a constant (see cypher-interpolations.ts).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphFragment } from '../../src/model/types.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { readArticles } from '../../src/read/index.js';
import { describeNeo4j, openEmptyNeo4jStore } from '../setup/neo4j-env.js';
import { cypherInterpolations } from './cypher-interpolations.js';
import {
  articlesOf,
  parseSummary,
  readEmbedded,
  readStoredGraph,
  removeTempDirs,
  runKg,
  tempDir,
  type StoredGraph,
} from './helpers.js';

afterAll(removeTempDirs);

const HOSTILE_FILE = "hostile '}) DETACH DELETE n $x `tick`.txt";
const FEED = [
  {
    id: "'}) DETACH DELETE n //",
    title: 'Title with `backticks` and $params\nand a second line',
    source: '$source `x` }) //',
    url: "https://news.example.org/a?q='})%20DETACH%20DELETE%20n",
    text:
      'Mara Quill said "CALL db.clear() YIELD x; MATCH (n) DETACH DELETE n" in jest 🎉. ' +
      'Omar Fenn said "no comment" — \u202eRTL\u202c and e\u0301 too.',
  },
  { id: 'plain-2', text: 'Nadia Brook said "} ]) RETURN n UNION MATCH (m) DETACH DELETE m //" on air.' },
];

/** Writes the canary article and the hostile ones (a text file and a JSON-lines file) into `dir`. */
function writeArticles(dir: string): { canary: string; hostile: string[] } {
  const canary = path.join(dir, 'canary.txt');
  fs.writeFileSync(
    canary,
    'Harbour Union picks leader\n\nAna Okoye, leader of the Harbour Union, said "we are ready to govern" on Monday.\n',
  );
  const hostile = path.join(dir, 'hostile');
  fs.mkdirSync(hostile);
  fs.writeFileSync(
    path.join(hostile, HOSTILE_FILE),
    "Vote row: '}) DETACH DELETE n // and `labels` $params\n\n" +
      'Ana O\'Hara said "MATCH (n) DETACH DELETE n" would never work. Tom Reddy said "\'}) RETURN 1 //" was a joke.\n\n' +
      'Liam D\'Souza said the `vote` had been ${fair} and {"x": $y}, and accused Tom Reddy of lying.\n',
  );
  fs.writeFileSync(path.join(hostile, 'feed.jsonl'), FEED.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return { canary, hostile: [hostile] };
}

/** What extraction gives for the same inputs, in this process: the graph the store must hold, as data. */
async function expectedFragments(inputs: string[]): Promise<GraphFragment[]> {
  const out: GraphFragment[] = [];
  for await (const ev of readArticles(inputs, { maxArticleChars: 1_000_000 })) {
    if (ev.kind === 'article') out.push(extractArticle(ev.article));
  }
  return out;
}

/** Ingests the canary, then the hostile articles; returns the ingest of the hostile ones. */
async function ingestBoth(root: string, files: ReturnType<typeof writeArticles>, args: string[], env = {}) {
  const first = await runKg(['ingest', files.canary, '--jobs', '1', ...args], root, env);
  expect(first.code).toBe(0);
  const second = await runKg(['ingest', ...files.hostile, '--jobs', '1', ...args], root, env);
  expect(second.stderr).toBe('');
  expect(second.code).toBe(0);
  return second;
}

/** The graph is intact and holds every hostile string verbatim. */
function expectIntact(graph: StoredGraph, expected: GraphFragment[], canary: GraphFragment) {
  const articles = articlesOf(graph);
  expect(articles).toHaveLength(expected.length + 1);
  // the canary article and everything it brought are still there
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  for (const n of [canary.article, ...canary.nodes]) expect(byId.has(n.id), n.id).toBe(true);
  expect(graph.relationships.filter((r) => r.articleId === canary.article.id)).toHaveLength(
    canary.relationships.length,
  );
  // articles: text, title, key, source and url exactly as read
  for (const f of expected) {
    const stored = articles.find((a) => a.id === f.article.id);
    expect(stored, f.article.key).toBeDefined();
    for (const field of ['text', 'title', 'key', 'source', 'url', 'path'] as const) {
      expect(stored![field]).toBe(f.article[field]);
    }
    // claims exactly as extracted
    for (const c of f.nodes.filter((n) => n.label === 'Claim')) expect(byId.get(c.id)).toEqual(c);
  }
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  for (const r of graph.relationships) expect(r.evidence).toBe(texts.get(r.articleId)!.slice(r.start, r.end));
  // and the hostile strings did reach the graph, as data
  const claims = graph.nodes.flatMap((n) => (n.label === 'Claim' ? [n.text] : []));
  for (const s of ['MATCH (n) DETACH DELETE n', 'CALL db.clear() YIELD x', 'UNION MATCH (m) DETACH DELETE m //']) {
    expect(
      claims.some((c) => c.includes(s)),
      s,
    ).toBe(true);
  }
  expect(claims.some((c) => c.includes('`vote` had been ${fair}'))).toBe(true);
  const names = graph.nodes.flatMap((n) => ('name' in n ? [n.name] : []));
  expect(names).toEqual(expect.arrayContaining(["Ana O'Hara", "Liam D'Souza", 'Ana Okoye', 'Harbour Union']));
  expect(articles.map((a) => a.key)).toEqual(expect.arrayContaining([FEED[0].url, 'jsonl:plain-2']));
  expect(articles.some((a) => a.path?.endsWith(HOSTILE_FILE))).toBe(true);
  expect(articles.some((a) => a.source === FEED[0].source)).toBe(true);
  expect(graph.relationships.some((r) => r.evidence.includes("'}) RETURN 1 //"))).toBe(true);
}

let root: string;
let files: ReturnType<typeof writeArticles>;
let expected: GraphFragment[];
let canary: GraphFragment;
let embeddedExport: string;

beforeAll(async () => {
  root = tempDir();
  files = writeArticles(root);
  [canary] = await expectedFragments([files.canary]);
  expected = await expectedFragments(files.hostile);
  expect(expected).toHaveLength(3);
});

describe('hostile articles in the embedded store', () => {
  it('are stored as data: the graph is intact and every hostile string comes back verbatim', async () => {
    const db = path.join(root, 'kg-data');
    const r = await ingestBoth(root, files, ['--db', db]);
    expect(parseSummary(r.stdout)).toMatchObject({ new: 3, failed: 0 });
    expectIntact(await readEmbedded(db), expected, canary);
    const exported = await runKg(['export', '--db', db], root);
    expect(exported.code).toBe(0);
    embeddedExport = exported.stdout;
  }, 120_000);

  it('are found by the shipped queries with hostile parameters, which match nothing else', async () => {
    const db = path.join(root, 'kg-data');
    const q = (name: string) =>
      runKg(['query', 'person-claims', '--param', `name=${name}`, '--format', 'json', '--db', db], root);
    const hit = JSON.parse((await q("Ana O'Hara")).stdout) as Array<{ claim: string }>;
    expect(hit.map((row) => row.claim)).toContain('MATCH (n) DETACH DELETE n');
    for (const name of ["' OR 1=1 //", "'}) MATCH (n) DETACH DELETE n //", '$name', '`Person`']) {
      const r = await q(name);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual([]);
    }
    expect(articlesOf(await readEmbedded(db))).toHaveLength(4);
  }, 120_000);
});

describeNeo4j('hostile articles in Neo4j', (config) => {
  it('are stored as data, and export to the same bytes as the embedded store', async () => {
    const store = await openEmptyNeo4jStore(config);
    const env = {
      NEO4J_URI: config.uri,
      NEO4J_USERNAME: config.username ?? '',
      NEO4J_PASSWORD: config.password ?? '',
      NEO4J_DATABASE: config.database ?? '',
    };
    try {
      const r = await ingestBoth(root, files, ['--store', 'neo4j'], env);
      expect(parseSummary(r.stdout)).toMatchObject({ new: 3, failed: 0 });
      expectIntact(await readStoredGraph(store), expected, canary);
      const exported = await runKg(['export', '--store', 'neo4j'], root, env);
      expect(exported.code).toBe(0);
      expect(exported.stdout).toBe(embeddedExport);
    } finally {
      await store.close();
    }
  }, 180_000);
});

describe('statements in src/', () => {
  // Every non-constant value interpolated into Cypher, with where it comes from. The scan fails on any other one.
  const ALLOWED: Record<string, string> = {
    "src/store/embedded-schema.ts cols.join(', ')": 'column definitions from NODE_PROPERTIES / REL_PROPERTIES',
    "src/store/embedded-schema.ts [...pairs, ...cols].join(', ')": 'FROM/TO pairs of REL_ENDPOINTS and the columns',
    'src/store/embedded-copy.ts pathLiteral(file)': 'a temporary Parquet file kg wrote itself, quoted',
    "src/store/embedded-statements.ts propertyMap(columns, 'i')": 'property names from NODE_PROPERTIES, $c0... values',
    "src/store/embedded-statements.ts propertyMap(columns, 'r.k')": 'property names from REL_PROPERTIES, $c0... values',
    'src/store/embedded-statements.ts pathLiteral(file)': 'a temporary Parquet file kg wrote itself, quoted',
    'src/store/embedded-statements.ts names': 'property names from REL_PROPERTIES',
    'src/store/embedded-statements.ts props': 'property names from REL_PROPERTIES',
    'src/store/embedded-statements.ts sets': 'SET clauses over property names from NODE_PROPERTIES, $c0... values',
    "src/store/embedded.ts returnProps('n', NODE_PROPERTIES[label])": 'RETURN list of property names',
    'src/store/neo4j-schema.ts name': 'constraint and index names: kg_ + a label or type in lower case',
    'src/store/neo4j-schema.ts pattern': 'index patterns written from NODE_LABELS / REL_TYPES',
    'src/store/neo4j-schema.ts property': 'indexed property names, string constants of neo4jSchema',
    "src/store/neo4j-schema.ts ENTITY_LABELS.join('|')": 'the model labels',
    'src/store/neo4j.ts show': "one of two constant SHOW statements ('SHOW CONSTRAINTS ...', 'SHOW INDEXES ...')",
    'src/store/neo4j.ts property': "a property name the store passes itself ('key' or 'name')",
    "src/store/neo4j.ts sets.join(', ')": 'SET clauses over property names from NODE_PROPERTIES',
    'src/store/neo4j.ts props': 'property list from REL_PROPERTIES',
  };

  it('build no Cypher from a value that is not a constant, apart from the reviewed ones', () => {
    const found = cypherInterpolations(path.resolve(import.meta.dirname, '../..'));
    const unexpected = found.filter((i) => !(`${i.file} ${i.expression}` in ALLOWED));
    expect(unexpected.map((i) => `${i.file}:${i.line} \${${i.expression}}`)).toEqual([]);
    // the scan does see the reviewed ones, so it is looking at the right files
    expect(found.length).toBeGreaterThanOrEqual(Object.keys(ALLOWED).length);
  }, 60_000);

  it('catches a statement built from data (the scan on a sample of what must never be written)', () => {
    const sample = tempDir();
    fs.mkdirSync(path.join(sample, 'src'));
    fs.writeFileSync(
      path.join(sample, 'src', 'bad.ts'),
      [
        "export const byName = (name: string) => `MATCH (p:Person {name: '${name}'}) RETURN p`;",
        "export const byId = (id: string) => 'MATCH (p) WHERE p.id = \"' + id + '\" DETACH DELETE p';",
        "export const ok = (label: 'Person' | 'Party') => `MATCH (n:${label}) RETURN n`;",
        'export const message = (x: string) => new Error(`MATCH failed on ${x}`);',
      ].join('\n'),
    );
    const found = cypherInterpolations(sample).map((i) => i.expression);
    expect(found).toEqual(['name', 'id']);
  }, 60_000);
});
