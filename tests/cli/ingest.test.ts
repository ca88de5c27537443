// `kg ingest`, `kg extract` and `kg load` end to end on the bundled examples: the facts a reader would check,
// with their evidence at their offsets; re-ingesting writes nothing; extract + load gives the same graph.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../src/store/embedded.js';
import type { ArticleNode, GraphNode, GraphRelationship } from '../../src/model/types.js';
import { runKg } from './run-kg.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/articles', import.meta.url));

interface Graph {
  nodes: Map<string, GraphNode>;
  rels: GraphRelationship[];
}

async function readGraph(dir: string): Promise<Graph> {
  const store = await EmbeddedStore.open({ dir, readOnly: true, mustExist: true });
  const nodes = new Map<string, GraphNode>();
  const rels: GraphRelationship[] = [];
  try {
    for await (const r of store.readGraph()) {
      if (r.kind === 'node') nodes.set(r.node.id, r.node);
      else rels.push(r.relationship);
    }
  } finally {
    await store.close();
  }
  return { nodes, rels };
}

const nameOf = (g: Graph, id: string) => {
  const n = g.nodes.get(id);
  return n && 'name' in n ? n.name : id;
};

describe('kg ingest (bundled examples)', () => {
  let cwd: string;
  let graph: Graph;
  let first: Awaited<ReturnType<typeof runKg>>;
  beforeAll(async () => {
    cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ingest-'));
    first = await runKg(['ingest', EXAMPLES, '--db', 'kg-data', '--jobs', '1'], cwd);
    graph = await readGraph(path.join(cwd, 'kg-data'));
  });
  afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));

  it('ingests every example and prints a summary, with exit code 0', () => {
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/7 articles written \(7 new, 0 replaced\), 0 unchanged, 0 skipped, 0 failed/);
    expect([...graph.nodes.values()].filter((n) => n.label === 'Article')).toHaveLength(7);
  });

  it('writes every node label and relationship type', () => {
    const labels = new Set([...graph.nodes.values()].map((n) => n.label));
    expect([...labels].sort()).toEqual(['Article', 'Claim', 'Event', 'Party', 'Person']);
    const types = new Set(graph.rels.map((r) => r.type));
    for (const t of [
      'SAID',
      'ACCUSED',
      'ALLIED_WITH',
      'MEMBER_OF',
      'OPPOSED',
      'MET_WITH',
      'PARTICIPATED_IN',
      'ABOUT',
      'MENTIONED_IN',
    ]) {
      expect(types.has(t as GraphRelationship['type']), t).toBe(true);
    }
  });

  it('finds specific facts, each with its evidence at its offsets in the article text', () => {
    // the fact whose evidence holds these words (two articles may support the same edge)
    const has = (type: string, from: string, to: string, words: string) =>
      graph.rels.find(
        (r) =>
          r.type === type &&
          r.evidence.includes(words) &&
          ((nameOf(graph, r.from.id) === from && nameOf(graph, r.to.id) === to) ||
            (['ALLIED_WITH', 'MET_WITH'].includes(type) &&
              nameOf(graph, r.from.id) === to &&
              nameOf(graph, r.to.id) === from)),
      );
    const cases: Array<[string, string, string, string]> = [
      ['MEMBER_OF', 'Amara Okonjo-Reyes', 'Civic Renewal Party', 'CRP leader Amara Okonjo-Reyes'],
      [
        'ACCUSED',
        'Liberal Reform Party',
        'Civic Renewal Party',
        'Liberal Reform Party has accused the Civic Renewal Party',
      ],
      [
        'ALLIED_WITH',
        'Civic Renewal Party',
        'Democratic Labour Movement',
        'Civic Renewal Party and the Democratic Labour Movement',
      ],
      ['MET_WITH', 'Tomas Varga', 'Amara Okonjo-Reyes', 'met Ms Okonjo-Reyes'],
    ];
    for (const [type, from, to, words] of cases) {
      const r = has(type, from, to, words);
      expect(r, `${type} ${from} -> ${to}`).toBeDefined();
      const article = graph.nodes.get(r!.articleId) as ArticleNode;
      expect(article.text.slice(r!.start, r!.end)).toBe(r!.evidence);
      expect(r!.evidence).toContain(words);
    }
    // every relationship, not only these
    for (const r of graph.rels) {
      const article = graph.nodes.get(r.articleId) as ArticleNode;
      expect(article.text.slice(r.start, r.end), r.id).toBe(r.evidence);
    }
  });

  it('attributes quotations and reported speech to their speakers', () => {
    const said = graph.rels.filter((r) => r.type === 'SAID');
    const claim = (speaker: string, words: string) =>
      said.some((r) => {
        const c = graph.nodes.get(r.to.id);
        return nameOf(graph, r.from.id) === speaker && c?.label === 'Claim' && c.text.includes(words);
      });
    expect(claim('Tomas Varga', 'We are not going to hand anyone a blank cheque')).toBe(true);
    expect(claim('Leila Haddad', 'The CRP stole these seats')).toBe(true);
    expect(claim('Dmitri Halloran', 'They carved up the ministries')).toBe(true);
  });

  it('is idempotent: ingesting the same articles again writes nothing and changes nothing', async () => {
    const again = await runKg(['ingest', EXAMPLES, '--db', 'kg-data', '--jobs', '1'], cwd);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/0 articles written \(0 new, 0 replaced\), 7 unchanged/);
    const after = await readGraph(path.join(cwd, 'kg-data'));
    expect(after.nodes.size).toBe(graph.nodes.size);
    expect(after.rels.map((r) => r.id).sort()).toEqual(graph.rels.map((r) => r.id).sort());
  });

  it('extract then load gives the same graph as ingest', async () => {
    const ex = await runKg(['extract', EXAMPLES, '--out', 'fragments.jsonl', '--jobs', '1'], cwd);
    expect(ex.code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'fragments.jsonl'), 'utf8').trim().split('\n')).toHaveLength(7);
    const load = await runKg(['load', 'fragments.jsonl', '--db', 'loaded'], cwd);
    expect(load.code).toBe(0);
    const a = await runKg(['export', '--db', 'kg-data', '--format', 'jsonl'], cwd);
    const b = await runKg(['export', '--db', 'loaded', '--format', 'jsonl'], cwd);
    expect(b.stdout).toBe(a.stdout);
  });

  it('gives the same graph with two worker threads, which stop before the last write', async () => {
    const two = await runKg(['ingest', EXAMPLES, '--db', 'two-jobs', '--jobs', '2'], cwd);
    expect(two.code).toBe(0);
    const a = await runKg(['export', '--db', 'kg-data', '--format', 'jsonl'], cwd);
    const b = await runKg(['export', '--db', 'two-jobs', '--format', 'jsonl'], cwd);
    expect(b.stdout).toBe(a.stdout);
  });

  it('gives the same graph whatever heap growth KG_HEAP_GROWTH_PERCENT asks for', async () => {
    const r = await runKg(['ingest', EXAMPLES, '--db', 'growth', '--jobs', '2'], cwd, { KG_HEAP_GROWTH_PERCENT: '0' });
    expect(r.code).toBe(0);
    const a = await runKg(['export', '--db', 'kg-data', '--format', 'jsonl'], cwd);
    const b = await runKg(['export', '--db', 'growth', '--format', 'jsonl'], cwd);
    expect(b.stdout).toBe(a.stdout);
  });

  it('refuses a KG_HEAP_GROWTH_PERCENT that is not a whole number from 0 to 1000, with exit code 2', async () => {
    for (const bad of ['lots', '-5', '2.5', '5000']) {
      const r = await runKg(['stats', '--db', 'kg-data'], cwd, { KG_HEAP_GROWTH_PERCENT: bad });
      expect(r.code).toBe(2);
    }
  });

  it('reports a fragment file with a broken line and still loads the others', async () => {
    const lines = fs.readFileSync(path.join(cwd, 'fragments.jsonl'), 'utf8').trim().split('\n');
    fs.writeFileSync(path.join(cwd, 'broken.jsonl'), [lines[0], '{not json', lines[1]].join('\n') + '\n');
    const r = await runKg(['load', 'broken.jsonl', '--db', 'partial'], cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.jsonl:2: not JSON/);
    expect(r.stdout).toMatch(/2 articles written/);
  });
});
