// Store writes alone: fragments already extracted go through ingest() (cross-article entity resolution, then
// transactions of whole articles, or the bulk path) into a fresh store, checkpoint included.
import fs from 'node:fs';
import path from 'node:path';
import { ingest } from '../ingest/ingest.js';
import { EMPTY_LEXICON } from '../lexicon/user-lexicon.js';
import type { GraphFragment } from '../model/types.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import { EmbeddedStore } from '../store/embedded.js';
import type { GraphStore } from '../store/types.js';
import { round, summarize, type Summary } from './stats.js';

export interface StoreWriteTiming {
  store: 'embedded' | 'neo4j';
  mode: 'transactions' | 'bulk';
  articles: number;
  bytes: number;
  nodes: number;
  relationships: number;
  seconds: Summary;
  articlesPerSecond: number;
  mbPerSecond: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
  /** CPU seconds of the process (all threads, the database's included) per run, median. */
  cpuSeconds: number;
}

/** One timed write of the fragments into `store` (which must be empty). */
export async function writeOnce(store: GraphStore, fragments: GraphFragment[], bulk: boolean) {
  // The resolver rewrites ids in place: each run gets its own copy, made before the clock starts.
  const copies = fragments.map((f) => structuredClone(f));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const report = await ingest(
    (async function* () {
      for (const f of copies) yield { kind: 'fragment' as const, fragment: f };
    })(),
    store,
    { jobs: 1, lexicon: EMPTY_LEXICON, articlesPerTransaction: DEFAULT_SETTINGS.articlesPerTransaction, bulk },
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  if (report.failed.length > 0) {
    throw new Error(`bench: ${report.failed.length} articles failed to write, the first: ${report.failed[0].reason}`);
  }
  return {
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    nodes: report.nodes,
    relationships: report.relationships,
    articles: report.written,
  };
}

export function storeTiming(
  store: StoreWriteTiming['store'],
  mode: StoreWriteTiming['mode'],
  bytes: number,
  runs: Array<{ seconds: number; cpuSeconds: number; nodes: number; relationships: number; articles: number }>,
): StoreWriteTiming {
  const s = summarize(runs.map((r) => r.seconds));
  const last = runs[runs.length - 1];
  return {
    store,
    mode,
    articles: last.articles,
    bytes,
    nodes: last.nodes,
    relationships: last.relationships,
    seconds: s,
    articlesPerSecond: round(last.articles / s.median),
    mbPerSecond: round(bytes / 1e6 / s.median),
    nodesPerSecond: round(last.nodes / s.median),
    relationshipsPerSecond: round(last.relationships / s.median),
    cpuSeconds: round(summarize(runs.map((r) => r.cpuSeconds)).median),
  };
}

/** Times writing the fragments into a fresh embedded store, `runs` times. */
export async function timeEmbeddedWrite(
  fragments: GraphFragment[],
  bytes: number,
  bulk: boolean,
  runs: number,
  tempDir: string,
): Promise<StoreWriteTiming> {
  const results = [];
  for (let r = 0; r < runs; r++) {
    const dir = path.join(tempDir, `store-write-${bulk ? 'bulk' : 'tx'}-${r}`);
    const store = await EmbeddedStore.open({ dir });
    try {
      results.push(await writeOnce(store, fragments, bulk));
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return storeTiming('embedded', bulk ? 'bulk' : 'transactions', bytes, results);
}
