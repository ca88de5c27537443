// Measures writeFragments into Neo4j: synthetic articles (invented names) of 50 relationships each, written in
// batches of whole articles, on an emptied database; prints nodes/s and relationships/s, median of the runs.
// Usage: npx tsx scripts/bench-neo4j-write.ts [--articles 1000] [--runs 3] [--batch 200]
// Uses NEO4J_URI (NEO4J_USERNAME, ...) when set; otherwise starts the local Neo4j of tests/neo4j-server/.
// It empties the database it writes to: never point it at a database you care about.
import { parseArgs } from 'node:util';
import { claimId, personId, partyId, relationshipId, articleId } from '../src/model/ids.js';
import type {
  ClaimNode,
  EntityNode,
  GraphFragment,
  GraphRelationship,
  NodeRef,
  PartyNode,
  PersonNode,
  RelType,
} from '../src/model/types.js';
import { resolveSettings } from '../src/settings.js';
import { openNeo4jStore } from '../src/store/neo4j.js';
import { freePort, startNeo4jServer, type StartedNeo4jServer } from './neo4j-server.mjs';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    batch: { type: 'string', default: '200' },
  },
});
const ARTICLES = Number(values.articles);
const RUNS = Number(values.runs);
const BATCH = Number(values.batch);
const PEOPLE = 2000;
const PARTIES = 120;

const people: PersonNode[] = Array.from({ length: PEOPLE }, (_, i) => {
  const name = `Person${String(i).padStart(4, '0')} Testname`;
  return { label: 'Person', id: personId(name), name, aliases: [`Testname ${i}`], titles: [] };
});
const parties: PartyNode[] = Array.from({ length: PARTIES }, (_, i) => {
  const name = `Invented Party ${i}`;
  return { label: 'Party', id: partyId(name), name, acronym: `IP${i}`, aliases: [], kind: 'party' };
});

/** One article: 8 people and 4 parties from the pools, 2 claims, and exactly 50 relationships. */
function article(k: number): GraphFragment {
  const who = Array.from({ length: 8 }, (_, j) => people[(k * 7 + j * 13) % PEOPLE]);
  const which = Array.from({ length: 4 }, (_, j) => parties[(k * 3 + j * 5) % PARTIES]);
  const sentences: string[] = [];
  for (let s = 0; s < 40; s++) {
    const a = who[s % 8];
    const b = which[s % 4];
    sentences.push(`${a.name} spoke with ${b.name} about budget item ${k}-${s}.`);
  }
  const title = `Synthetic report ${k}`;
  const text = `${title}\n\n${sentences.join(' ')}`;
  const id = articleId(text);
  let cursor = title.length + 2;
  const spans = sentences.map((s, i) => {
    const start = cursor;
    cursor += s.length + 1;
    return { sentence: i, start, end: start + s.length };
  });
  const ref = (n: { label: NodeRef['label']; id: string }): NodeRef => ({ label: n.label, id: n.id });
  const rels: GraphRelationship[] = [];
  const rel = (type: RelType, from: NodeRef, to: NodeRef, i: number) => {
    const sp = spans[i % spans.length];
    rels.push({
      id: relationshipId(type, from, to, id, sp.start, sp.end),
      type,
      from,
      to,
      articleId: id,
      sentence: sp.sentence,
      start: sp.start,
      end: sp.end,
      evidence: text.slice(sp.start, sp.end),
      date: '2031-05-01',
      confidence: i % 2 ? 0.8 : 1,
      status: type === 'MEMBER_OF' ? 'current' : null,
      validFrom: null,
      validTo: null,
    });
  };
  const claims: ClaimNode[] = [0, 1].map((c) => {
    const sp = spans[c];
    return {
      label: 'Claim',
      id: claimId(id, sp.start, sp.end),
      text: text.slice(sp.start, sp.end),
      kind: 'reported',
      cue: 'said',
      articleId: id,
      sentence: sp.sentence,
      start: sp.start,
      end: sp.end,
      date: '2031-05-01',
      polarity: 'asserts',
    };
  });
  const articleRef: NodeRef = { label: 'Article', id };
  const entities: EntityNode[] = [...who, ...which];
  entities.forEach((e, i) => rel('MENTIONED_IN', ref(e), articleRef, i)); // 12
  claims.forEach((c, i) => rel('MENTIONED_IN', ref(c), articleRef, i)); // 2
  claims.forEach((c, i) => rel('SAID', ref(who[i]), ref(c), i)); // 2
  claims.forEach((c, i) => rel('ABOUT', ref(c), ref(which[i]), i)); // 2
  who.forEach((p, i) => rel('MEMBER_OF', ref(p), ref(which[i % 4]), i)); // 8
  for (let i = 0; i < 8; i++) rel('ACCUSED', ref(who[i]), ref(who[(i + 1) % 8]), i + 8); // 8
  for (let i = 0; i < 8; i++) rel('MET_WITH', ref(who[i]), ref(who[(i + 3) % 8]), i + 16); // 8
  for (let i = 0; i < 6; i++) rel('OPPOSED', ref(who[i]), ref(which[(i + 1) % 4]), i + 24); // 6
  rel('ALLIED_WITH', ref(which[0]), ref(which[1]), 30); // 1
  rel('ALLIED_WITH', ref(which[2]), ref(which[3]), 31); // 1
  if (rels.length !== 50) throw new Error(`bench: an article has ${rels.length} relationships, not 50`);
  const fragment: GraphFragment = {
    article: {
      label: 'Article',
      id,
      key: `synthetic/${k}.txt`,
      title,
      date: '2031-05-01',
      url: null,
      source: 'synthetic',
      path: `synthetic/${k}.txt`,
      text,
      messages: [],
    },
    nodes: [...entities, ...claims],
    relationships: rels,
  };
  return fragment;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  let server: StartedNeo4jServer | null = null;
  if (!process.env.NEO4J_URI) {
    server = await startNeo4jServer({ port: await freePort(), heap: process.env.KG_NEO4J_HEAP ?? '2g' });
    console.log(server.ready);
  }
  const settings = resolveSettings(server ? { neo4j: { uri: server.uri } } : {});
  const fragments = Array.from({ length: ARTICLES }, (_, k) => article(k));
  const store = await openNeo4jStore(settings);
  console.log(`bench: ${ARTICLES} articles x 50 relationships, batches of ${BATCH} articles, into ${store.location}`);
  const results: Array<{ seconds: number; nodes: number; relationships: number }> = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      await store.query('MATCH (n) DETACH DELETE n');
      const started = process.hrtime.bigint();
      let nodes = 0;
      let relationships = 0;
      for (let i = 0; i < fragments.length; i += BATCH) {
        const report = await store.writeFragments(fragments.slice(i, i + BATCH));
        nodes += report.nodes;
        relationships += report.relationships;
      }
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      results.push({ seconds, nodes, relationships });
      console.log(
        `run ${run + 1}: ${seconds.toFixed(2)} s, ${nodes} nodes (${Math.round(nodes / seconds)}/s), ` +
          `${relationships} relationships (${Math.round(relationships / seconds)}/s)`,
      );
    }
    const s = median(results.map((r) => r.seconds));
    const { nodes, relationships } = results[0];
    console.log(
      `median of ${RUNS}: ${s.toFixed(2)} s = ${Math.round(nodes / s)} nodes/s, ${Math.round(relationships / s)} relationships/s ` +
        `(${Math.round(ARTICLES / s)} articles/s)`,
    );
  } finally {
    await store.close();
    await server?.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
