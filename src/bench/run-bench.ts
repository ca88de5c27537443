// The whole bench: machine, corpus, extraction (one core and all, with a profile), store writes (embedded in
// transactions and in bulk, Neo4j), end to end, peak RSS for half and all of a corpus, query latency, viewer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedStore } from '../store/embedded.js';
import { BENCH_DEFAULTS, type BenchPart } from './bench-parts.js';
import { selectCorpus, partOf } from './corpus.js';
import { loadArticles, textBytes } from './load-articles.js';
import { describeMachine, type MachineInfo } from './machine.js';
import { extractionProfile, type ExtractionProfile } from './profile-extraction.js';
import { round } from './stats.js';
import { timeExtraction, type ExtractionTiming } from './time-extraction.js';
import { timeIngest, type IngestTiming } from './time-ingest.js';
import { NEO4J_WARMUP_RUNS, timeNeo4jWrite, type Neo4jWriteResult } from './time-neo4j-write.js';
import { timeQueries, type QueryTiming } from './time-queries.js';
import { timeEmbeddedWrite, type StoreWriteTiming } from './time-store-write.js';
import { timeViewer, type ViewerResult } from './time-viewer.js';
import { checkTargets, type TargetCheck } from './targets.js';

export { BENCH_PARTS, type BenchPart } from './bench-parts.js';

export interface BenchOptions {
  /** Runs of the long parts (end to end, store writes, viewer); the median is reported. */
  runs: number;
  /** Runs of the quick parts (extraction; queries run 4x this many times). */
  quickRuns: number;
  jobs: number;
  /** Corpus folders instead of the shared corpus. */
  folders?: string[];
  generate?: boolean;
  generatedArticles?: number;
  skip: BenchPart[];
  viewerSizes: number[];
  log: (line: string) => void;
}

export const DEFAULT_BENCH_OPTIONS: BenchOptions = {
  ...BENCH_DEFAULTS,
  skip: [],
  viewerSizes: [1000, 10_000, 50_000],
  log: () => undefined,
};

type Skipped = { skipped: string };

export interface BenchResult {
  version: 1;
  machine: MachineInfo;
  corpus: {
    name: string;
    generated: boolean;
    files: number;
    bytes: number;
    parts: Array<{ name: string; files: number; bytes: number }>;
  };
  settings: { runs: number; quickRuns: number; jobs: number };
  extraction: { oneCore: ExtractionTiming; allCores: ExtractionTiming; speedup: number } | Skipped;
  profile: ExtractionProfile | Skipped;
  storeWrite: { transactions: StoreWriteTiming; bulk: StoreWriteTiming } | Skipped;
  /** With the seconds of the untimed warm-up runs before the timed ones (none in a one-run bench). */
  neo4jWrite: (StoreWriteTiming & { warmupSeconds?: number[] }) | Skipped;
  ingest: { oneCore: IngestTiming; allCores: IngestTiming; allCoresBulk: IngestTiming } | Skipped;
  rss: { corpus: string; half: IngestTiming; full: IngestTiming; growth: number } | Skipped;
  queries: QueryTiming[] | Skipped;
  viewer: ViewerResult;
  targets: TargetCheck[];
  seconds: number;
}

const skipped = (why: string): Skipped => ({ skipped: why });

export async function runBench(partial: Partial<BenchOptions> = {}): Promise<BenchResult> {
  const o: BenchOptions = { ...DEFAULT_BENCH_OPTIONS, ...partial };
  const t0 = performance.now();
  const machine = describeMachine();
  const on = (part: BenchPart) => !o.skip.includes(part);
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-'));
  try {
    const corpus = await selectCorpus({
      folders: o.folders,
      generate: o.generate,
      generatedArticles: o.generatedArticles,
      tempDir,
    });
    o.log(`corpus: ${corpus.name}, ${corpus.files.length} files, ${(corpus.bytes / 1e6).toFixed(2)} MB`);
    const articles = await loadArticles(corpus.files);
    const bytes = textBytes(articles);
    const result: BenchResult = {
      version: 1,
      machine,
      corpus: {
        name: corpus.name,
        generated: corpus.generated,
        files: corpus.files.length,
        bytes: corpus.bytes,
        parts: corpus.parts.map((p) => ({ name: p.name, files: p.files.length, bytes: p.bytes })),
      },
      settings: { runs: o.runs, quickRuns: o.quickRuns, jobs: o.jobs },
      extraction: skipped('--skip extraction'),
      profile: skipped('--skip profile'),
      storeWrite: skipped('--skip store'),
      neo4jWrite: skipped('--skip neo4j'),
      ingest: skipped('--skip ingest'),
      rss: skipped('--skip rss'),
      queries: skipped('--skip queries'),
      viewer: { ok: false, skipped: '--skip viewer' },
      targets: [],
      seconds: 0,
    };

    // Extraction: needed for the store parts too (their input).
    let fragments = null;
    if (on('extraction') || on('store') || on('neo4j')) {
      o.log('extraction, one core...');
      const one = await timeExtraction(articles, bytes, 1, on('extraction') ? o.quickRuns : 1);
      fragments = one.fragments;
      if (on('extraction')) {
        o.log(`extraction, ${o.jobs} threads...`);
        const all = await timeExtraction(articles, bytes, o.jobs, o.quickRuns);
        result.extraction = {
          oneCore: one.timing,
          allCores: all.timing,
          speedup: round(one.timing.seconds.median / all.timing.seconds.median),
        };
      }
    }
    if (on('profile')) {
      o.log('extraction profile...');
      result.profile = await extractionProfile(articles);
    }
    if (fragments && on('store')) {
      o.log('store writes, embedded, transactions...');
      const tx = await timeEmbeddedWrite(fragments, bytes, false, o.runs, tempDir);
      o.log('store writes, embedded, bulk...');
      const bulk = await timeEmbeddedWrite(fragments, bytes, true, o.runs, tempDir);
      result.storeWrite = { transactions: tx, bulk };
    }
    if (fragments && on('neo4j')) {
      o.log('store writes, Neo4j...');
      const neo: Neo4jWriteResult = await timeNeo4jWrite(
        fragments,
        bytes,
        o.runs,
        o.log,
        o.runs > 1 ? NEO4J_WARMUP_RUNS : 0, // a one-run bench (--quick) is a check, not a measure
      ).catch((e: unknown) => ({
        ok: false as const,
        skipped: `the local Neo4j failed: ${e instanceof Error ? e.message : String(e)}`,
      }));
      result.neo4jWrite = neo.ok ? neo.timing : skipped(neo.skipped);
    }
    fragments = null;

    const keep = path.join(tempDir, 'graph');
    if (on('ingest')) {
      o.log('end to end, one core...');
      const one = await timeIngest(corpus.files, corpus.bytes, { jobs: 1, bulk: false, runs: o.runs, tempDir });
      o.log(`end to end, ${o.jobs} threads...`);
      const all = await timeIngest(corpus.files, corpus.bytes, {
        jobs: o.jobs,
        bulk: false,
        runs: o.runs,
        tempDir,
        keep,
      });
      o.log(`end to end, ${o.jobs} threads, --bulk...`);
      const bulk = await timeIngest(corpus.files, corpus.bytes, { jobs: o.jobs, bulk: true, runs: o.runs, tempDir });
      result.ingest = { oneCore: one, allCores: all, allCoresBulk: bulk };
    }
    if (on('rss')) {
      const part = corpus.parts.find((p) => p.name.includes('polnear')) ?? corpus.parts[corpus.parts.length - 1];
      const half = partOf(`${part.name} (first half)`, part.files.slice(0, Math.ceil(part.files.length / 2)));
      o.log(`peak RSS, ${half.name} and ${part.name}...`);
      const opts = { jobs: o.jobs, bulk: false, runs: o.runs, tempDir };
      const h = await timeIngest(half.files, half.bytes, opts);
      const f = await timeIngest(part.files, part.bytes, opts);
      result.rss = { corpus: part.name, half: h, full: f, growth: round(f.peakRssMB / h.peakRssMB - 1) };
    }
    if (on('queries')) {
      if (!fs.existsSync(keep)) {
        o.log('a graph for the queries...');
        await timeIngest(corpus.files, corpus.bytes, { jobs: o.jobs, bulk: true, runs: 1, tempDir, keep });
      }
      o.log('query latency...');
      const store = await EmbeddedStore.open({ dir: keep, readOnly: true });
      try {
        result.queries = await timeQueries(store, o.quickRuns * 4);
      } finally {
        await store.close();
      }
    }
    if (on('viewer')) {
      result.viewer = await timeViewer(o.viewerSizes, o.runs, tempDir, o.log).catch((e: unknown) => ({
        ok: false as const,
        skipped: `the viewer bench failed: ${e instanceof Error ? e.message : String(e)}`,
      }));
    }
    result.targets = checkTargets(result);
    result.seconds = round((performance.now() - t0) / 1000);
    return result;
  } finally {
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
}
