// Measures writeFragments into Neo4j: synthetic articles (invented names) of 50 relationships each, written in
// batches of whole articles, on an emptied database; prints nodes/s and relationships/s, median of the runs.
// Usage: npx tsx scripts/bench-neo4j-write.ts [--articles 1000] [--runs 3] [--batch 200] [--warmup 3]
// (warm-up runs are the same writes, not counted: a fresh JVM compiles Neo4j's hot paths during the first ones;
// on a 2-core machine run 3 was still up to twice as fast as run 1 after a single warm-up).
// Uses NEO4J_URI (NEO4J_USERNAME, ...) when set; otherwise starts the local Neo4j of tests/neo4j-server/ with a
// fixed 2 GB heap (KG_NEO4J_HEAP sets the size; KG_NEO4J_FIXED_HEAP=0 lets it grow from 1/64 of the RAM, the JVM default).
// It empties the database it writes to: never point it at a database you care about.
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { resolveSettings } from '../src/settings.js';
import { openNeo4jStore } from '../src/store/neo4j.js';
import { syntheticArticle } from './synthetic-articles.js';
import { freePort, startNeo4jServer, type StartedNeo4jServer } from './neo4j-server.mjs';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    batch: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '3' },
  },
});
const ARTICLES = Number(values.articles);
const RUNS = Number(values.runs);
const BATCH = Number(values.batch);
const WARMUP = Number(values.warmup);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** CPU seconds (user + system) a process has used, from /proc; null where there is no /proc or no such process. */
function cpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 a second on Linux)
  } catch {
    return null;
  }
}

const ownCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

async function main() {
  let server: StartedNeo4jServer | null = null;
  if (!process.env.NEO4J_URI) {
    server = await startNeo4jServer({
      port: await freePort(),
      heap: process.env.KG_NEO4J_HEAP ?? '2g',
      fixedHeap: process.env.KG_NEO4J_FIXED_HEAP !== '0',
    });
    console.log(server.ready);
  }
  const settings = resolveSettings(server ? { neo4j: { uri: server.uri } } : {});
  const fragments = Array.from({ length: ARTICLES }, (_, k) => syntheticArticle(k));
  const store = await openNeo4jStore(settings);
  console.log(
    `bench: ${ARTICLES} articles x 50 relationships, batches of ${BATCH} articles, ${WARMUP} warm-up run(s), into ${store.location}`,
  );
  const results: Array<{ seconds: number; nodes: number; relationships: number }> = [];
  try {
    for (let run = -WARMUP; run < RUNS; run++) {
      await store.query('MATCH (n) DETACH DELETE n');
      const serverCpu = cpuSeconds(server?.pid);
      const clientCpu = ownCpu();
      const started = process.hrtime.bigint();
      let nodes = 0;
      let relationships = 0;
      for (let i = 0; i < fragments.length; i += BATCH) {
        const report = await store.writeFragments(fragments.slice(i, i + BATCH));
        nodes += report.nodes;
        relationships += report.relationships;
      }
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const serverCpuUsed = serverCpu === null ? null : cpuSeconds(server?.pid)! - serverCpu;
      const clientCpuUsed = ownCpu() - clientCpu;
      if (run >= 0) results.push({ seconds, nodes, relationships });
      console.log(
        `${run < 0 ? 'warm-up' : `run ${run + 1}`}: ${seconds.toFixed(2)} s, ${nodes} nodes (${Math.round(nodes / seconds)}/s), ` +
          `${relationships} relationships (${Math.round(relationships / seconds)}/s); CPU: Neo4j ` +
          `${serverCpuUsed === null ? 'n/a' : `${serverCpuUsed.toFixed(1)} s`}, kg ${clientCpuUsed.toFixed(1)} s; ` +
          `load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores`,
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
