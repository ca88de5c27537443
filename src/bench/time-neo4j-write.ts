// Neo4j writes during ingest: the fragments written into the local Neo4j of tests/neo4j-server (started here
// with scripts/neo4j-server.mjs, its own throwaway database, never a server of the user's), emptied per run.
import { fileURLToPath } from 'node:url';
import type { GraphFragment } from '../model/types.js';
import { resolveSettings } from '../settings.js';
import { storeTiming, writeOnce, type StoreWriteTiming } from './time-store-write.js';

interface ServerScript {
  checkTools(): { ok: boolean; reason: string };
  buildServer(): void;
  freePort(): Promise<number>;
  startNeo4jServer(options?: {
    port?: number;
    heap?: string;
    fixedHeap?: boolean;
  }): Promise<{ uri: string; stop(): Promise<void> }>;
}

const SCRIPT = fileURLToPath(new URL('../../scripts/neo4j-server.mjs', import.meta.url));

export type Neo4jWriteResult =
  { ok: true; timing: StoreWriteTiming & { warmupSeconds: number[] } } | { ok: false; skipped: string };

/**
 * Untimed runs before the timed ones, on the same server: a fresh JVM compiles Neo4j's hot code during its first
 * runs (measured on the 2-core machine: 43 s, 21 s, 13 s, then 8-9 s for the same write), and a server a user
 * writes to has long been warm. The timed runs measure that server, not the JIT.
 */
export const NEO4J_WARMUP_RUNS = 2;

export async function timeNeo4jWrite(
  fragments: GraphFragment[],
  bytes: number,
  runs: number,
  log: (line: string) => void,
  warmupRuns = NEO4J_WARMUP_RUNS,
): Promise<Neo4jWriteResult> {
  let script: ServerScript;
  try {
    script = (await import(SCRIPT)) as ServerScript;
  } catch {
    return { ok: false, skipped: `no ${SCRIPT} (the local Neo4j server script)` };
  }
  const tools = script.checkTools();
  if (!tools.ok) return { ok: false, skipped: tools.reason };
  log('building and starting the local Neo4j (tests/neo4j-server)...');
  script.buildServer();
  // The whole heap from the start: a heap growing from the JVM default (1/64 of the RAM) collects garbage more often.
  const server = await script.startNeo4jServer({ port: await script.freePort(), heap: '2g', fixedHeap: true });
  const { openNeo4jStore } = await import('../store/neo4j.js');
  try {
    const settings = resolveSettings({ store: 'neo4j', neo4j: { uri: server.uri } }, {});
    const results = [];
    const warmupSeconds: number[] = [];
    for (let r = -warmupRuns; r < runs; r++) {
      const store = await openNeo4jStore(settings);
      try {
        await store.query('MATCH (n) DETACH DELETE n');
        const run = await writeOnce(store, fragments, false);
        if (r < 0) {
          warmupSeconds.push(Math.round(run.seconds * 100) / 100);
          log(`  warm-up run ${warmupRuns + r + 1} of ${warmupRuns}: ${run.seconds.toFixed(2)} s (not counted)`);
        } else results.push(run);
      } finally {
        await store.close();
      }
    }
    return { ok: true, timing: { ...storeTiming('neo4j', 'transactions', bytes, results), warmupSeconds } };
  } finally {
    await server.stop();
  }
}
