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

export type Neo4jWriteResult = { ok: true; timing: StoreWriteTiming } | { ok: false; skipped: string };

export async function timeNeo4jWrite(
  fragments: GraphFragment[],
  bytes: number,
  runs: number,
  log: (line: string) => void,
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
    for (let r = 0; r < runs; r++) {
      const store = await openNeo4jStore(settings);
      try {
        await store.query('MATCH (n) DETACH DELETE n');
        results.push(await writeOnce(store, fragments, false));
      } finally {
        await store.close();
      }
    }
    return { ok: true, timing: storeTiming('neo4j', 'transactions', bytes, results) };
  } finally {
    await server.stop();
  }
}
