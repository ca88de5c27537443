// Measures EmbeddedStore.writeFragments on synthetic articles (invented names): N articles with R
// relationships each, written in batches, on a fresh store per run; prints the median of the runs.
// Usage: npx tsx scripts/bench-store.ts [articles=1000] [relsPerArticle=50] [batch=200] [runs=3]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { articleId, claimId, partyId, personId, relationshipId } from '../src/model/ids.js';
import type { ClaimNode, EntityNode, GraphFragment, GraphRelationship, NodeRef, RelType } from '../src/model/types.js';
import { EmbeddedStore } from '../src/store/embedded.js';

const [articles = 1000, relsPer = 50, batch = 200, runs = 3] = process.argv.slice(2).map(Number);

function fragment(i: number): GraphFragment {
  const text = `Synthetic article ${i}\n\n` + `Sentence ${i} about politics and parties. `.repeat(80);
  const id = articleId(text);
  const people: EntityNode[] = Array.from({ length: 10 }, (_, k) => {
    const name = `Person ${(i * 7 + k * 13) % 2000}`;
    return { label: 'Person', id: personId(name), name, aliases: [`P${k}`], titles: k % 3 === 0 ? ['minister'] : [] };
  });
  const parties: EntityNode[] = Array.from({ length: 5 }, (_, k) => {
    const name = `Party ${(i * 3 + k * 11) % 300}`;
    return {
      label: 'Party',
      id: partyId(name),
      name,
      acronym: `P${(i * 3 + k * 11) % 300}`,
      aliases: [],
      kind: 'party',
    };
  });
  const claims: ClaimNode[] = Array.from({ length: 5 }, (_, k) => ({
    label: 'Claim',
    id: claimId(id, k * 100, k * 100 + 40),
    text: text.slice(k * 100, k * 100 + 40),
    kind: 'quote',
    cue: 'said',
    articleId: id,
    sentence: k,
    start: k * 100,
    end: k * 100 + 40,
    date: '2031-01-01',
    polarity: 'asserts',
  }));
  const ref = (n: { label: NodeRef['label']; id: string }): NodeRef => ({ label: n.label, id: n.id });
  const rels: GraphRelationship[] = [];
  const add = (type: RelType, from: NodeRef, to: NodeRef, k: number) => {
    const start = (k * 37) % 3000;
    const end = start + 30;
    rels.push({
      id: relationshipId(type, from, to, id, start, end),
      type,
      from,
      to,
      articleId: id,
      sentence: k,
      start,
      end,
      evidence: text.slice(start, end),
      date: '2031-01-01',
      confidence: k % 2 === 0 ? 1 : 0.75,
      status: type === 'MEMBER_OF' || type === 'ALLIED_WITH' ? 'current' : null,
      validFrom: null,
      validTo: null,
    });
  };
  const article = { label: 'Article' as const, id };
  for (const n of [...people, ...parties, ...claims]) add('MENTIONED_IN', ref(n), article, rels.length);
  claims.forEach((c, k) => add('SAID', ref(people[k]), ref(c), rels.length));
  const types: Array<[RelType, EntityNode[], EntityNode[]]> = [
    ['MEMBER_OF', people, parties],
    ['ACCUSED', people, parties],
    ['ALLIED_WITH', parties, parties],
    ['MET_WITH', people, people],
    ['OPPOSED', parties, parties],
  ];
  for (let k = 0; rels.length < relsPer; k++) {
    const [type, from, to] = types[k % types.length];
    add(type, ref(from[k % from.length]), ref(to[(k + 1) % to.length]), rels.length);
  }
  return {
    article: {
      label: 'Article',
      id,
      key: `synthetic/${i}`,
      title: `Synthetic ${i}`,
      date: '2031-01-01',
      url: null,
      source: null,
      path: null,
      text,
      messages: [],
    },
    nodes: [...people, ...parties, ...claims],
    relationships: rels.slice(0, relsPer),
  };
}

const fragments = Array.from({ length: articles }, (_, i) => fragment(i));
const results: Array<{ seconds: number; cpu: number; nodes: number; relationships: number }> = [];
for (let run = 0; run < runs; run++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-'));
  const store = await EmbeddedStore.open({ dir });
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  let nodes = 0;
  let relationships = 0;
  for (let i = 0; i < fragments.length; i += batch) {
    const report = await store.writeFragments(fragments.slice(i, i + batch));
    nodes += report.nodes;
    relationships += report.relationships;
  }
  await store.flush();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const used = process.cpuUsage(cpu0);
  const cpu = (used.user + used.system) / 1e6;
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  results.push({ seconds, cpu, nodes, relationships });
  console.log(
    `run ${run + 1}: ${seconds.toFixed(2)} s (${cpu.toFixed(2)} s of CPU), ${nodes} nodes, ${relationships} relationships`,
  );
}
const median = [...results].sort((a, b) => a.seconds - b.seconds)[Math.floor(results.length / 2)];
console.log(
  `median of ${runs}: ${articles} articles x ${relsPer} relationships in batches of ${batch}: ${median.seconds.toFixed(2)} s, ` +
    `${Math.round(median.relationships / median.seconds)} relationships/s, ${Math.round(median.nodes / median.seconds)} nodes/s, ` +
    `${Math.round(articles / median.seconds)} articles/s (${median.cpu.toFixed(2)} s of CPU; load average ${os.loadavg()[0].toFixed(1)})`,
);
