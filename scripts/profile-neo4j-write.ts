// Where the time of writeFragments into Neo4j goes: wraps the driver's Transaction.run and commit to time each
// statement (client wall time, and the server's own resultAvailableAfter + resultConsumedAfter) during the
// synthetic write bench, then prints a table per statement shape. A measuring aid, not part of kg.
// Usage: npx tsx scripts/profile-neo4j-write.ts [--articles 1000] [--batch 200] [--warmup 1] [--pid N]
//   [--drop index_or_constraint,...]   (--pid: the server's process, for its CPU seconds when NEO4J_URI is set;
//   --drop: schema items to drop after opening, to measure what they cost; the next open creates them again;
//   KG_STORE_MODULE=../src/store/other.js compares another build of the store module on the same server.)
// Uses NEO4J_URI when set, else starts the local Neo4j. It empties the database it writes to.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { resolveSettings } from '../src/settings.js';
import { syntheticArticle } from './synthetic-articles.js';
import { freePort, startNeo4jServer, type StartedNeo4jServer } from './neo4j-server.mjs';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    batch: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '1' },
    drop: { type: 'string', default: '' },
    pid: { type: 'string', default: '' },
  },
});

interface Stat {
  calls: number;
  rows: number;
  wall: number;
  server: number;
}
const stats = new Map<string, Stat>();
let recording = false;
const add = (key: string, rows: number, wall: number, server: number) => {
  if (!recording) return;
  const s = stats.get(key) ?? { calls: 0, rows: 0, wall: 0, server: 0 };
  s.calls++;
  s.rows += rows;
  s.wall += wall;
  s.server += server;
  stats.set(key, s);
};

type Tx = { run: (...a: unknown[]) => unknown; commit: () => Promise<void> };
const proto = (neo4j as unknown as { Transaction: { prototype: Tx } }).Transaction.prototype;
const run = proto.run;
proto.run = function (this: Tx, ...args: unknown[]) {
  const t0 = performance.now();
  const result = run.apply(this, args) as {
    summary(): Promise<{ resultAvailableAfter: unknown; resultConsumedAfter: unknown }>;
  } & PromiseLike<unknown>;
  const query = String(args[0]).replace(/\s+/g, ' ');
  const params = (args[1] ?? {}) as Record<string, unknown>;
  const rows = Array.isArray(params.rows) ? params.rows.length : Array.isArray(params.ids) ? params.ids.length : 1;
  const key = query.length > 110 ? `${query.slice(0, 110)}…` : query;
  void Promise.resolve(result)
    .then(async () => {
      const s = await result.summary();
      add(key, rows, performance.now() - t0, Number(s.resultAvailableAfter) + Number(s.resultConsumedAfter));
    })
    .catch(() => undefined);
  return result;
};
const commit = proto.commit;
proto.commit = async function (this: Tx) {
  const t0 = performance.now();
  await commit.apply(this);
  add('COMMIT', 1, performance.now() - t0, 0);
};

/** CPU seconds (user + system) of a process, from /proc; NaN where there is none. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

async function main() {
  let server: StartedNeo4jServer | null = null;
  if (!process.env.NEO4J_URI) {
    server = await startNeo4jServer({ port: await freePort(), heap: process.env.KG_NEO4J_HEAP ?? '2g' });
  }
  const settings = resolveSettings(server ? { neo4j: { uri: server.uri } } : {});
  const ARTICLES = Number(values.articles);
  const BATCH = Number(values.batch);
  const fragments = Array.from({ length: ARTICLES }, (_, k) => syntheticArticle(k));
  // KG_STORE_MODULE: another build of the store module, to compare two versions on one server.
  const { openNeo4jStore } = (await import(
    process.env.KG_STORE_MODULE ?? '../src/store/neo4j.js'
  )) as typeof import('../src/store/neo4j.js');
  const store = await openNeo4jStore(settings);
  for (const name of values.drop.split(',').filter(Boolean)) {
    const kind = /_id$/.test(name) ? 'CONSTRAINT' : 'INDEX';
    await store.query(`DROP ${kind} ${name}`);
  }
  try {
    for (let run = -Number(values.warmup); run < 1; run++) {
      await store.query('MATCH (n) DETACH DELETE n');
      recording = run === 0;
      const cpu0 = cpuSeconds(server?.pid ?? Number(values.pid));
      const t0 = performance.now();
      for (let i = 0; i < fragments.length; i += BATCH) await store.writeFragments(fragments.slice(i, i + BATCH));
      const total = performance.now() - t0;
      const cpu = cpuSeconds(server?.pid ?? Number(values.pid)) - cpu0;
      recording = false;
      if (run < 0) continue;
      let wall = 0;
      let srv = 0;
      const lines = [...stats.entries()].sort((a, b) => b[1].wall - a[1].wall);
      for (const [key, s] of lines) {
        wall += s.wall;
        srv += s.server;
        console.log(
          `${(s.wall / 1000).toFixed(2).padStart(6)} s wall ${(s.server / 1000).toFixed(2).padStart(6)} s server ` +
            `${String(s.calls).padStart(5)} calls ${String(s.rows).padStart(7)} rows  ${key}`,
        );
      }
      console.log(
        `total ${(total / 1000).toFixed(2)} s; statements ${(wall / 1000).toFixed(2)} s wall, ${(srv / 1000).toFixed(2)} s server; ` +
          `outside statements ${((total - wall) / 1000).toFixed(2)} s; Neo4j CPU ${cpu.toFixed(1)} s`,
      );
    }
  } finally {
    await store.close();
    await server?.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
