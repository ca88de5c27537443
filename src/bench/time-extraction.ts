// Extraction alone: articles already in memory go through the extraction pool (worker threads, or this thread
// for one job) as `kg ingest` sends them; the pool is started (the model loaded in every worker) before the clock
// starts and kept for all runs, so that one core and N threads are compared alike: the first run of each is cold
// (code not yet optimised, caches empty), the later ones warm.
import { createExtractor, type ExtractResult, type Extractor } from '../ingest/extract-pool.js';
import { EMPTY_LEXICON } from '../lexicon/user-lexicon.js';
import type { GraphFragment } from '../model/types.js';
import type { SourceArticle } from '../read/types.js';
import { round, summarize, type Summary } from './stats.js';

export interface ExtractionTiming {
  jobs: number;
  articles: number;
  bytes: number;
  seconds: Summary;
  articlesPerSecond: number;
  mbPerSecond: number;
  /** CPU seconds of the whole process (all threads) per run, median. */
  cpuSeconds: number;
  /** Seconds of the first run, the cold one (what one `kg ingest` of this corpus pays). */
  firstSeconds: number;
  /**
   * CPU seconds of the first run: a fresh process pays this, not the warm median (V8 compiles the pipeline's code
   * on its own threads and runs it slower until then; each worker anew), so it is what end to end adds up from.
   */
  firstCpuSeconds: number;
  failed: number;
}

const BATCH = 16;

/** Starts the pool and has every worker load the model (one article each) before anything is timed. */
async function startExtractor(articles: SourceArticle[], jobs: number): Promise<Extractor> {
  const extractor = createExtractor(jobs, EMPTY_LEXICON);
  // batches go to the least busy worker: `jobs` batches sent at once reach every worker
  await Promise.all(articles.slice(0, jobs).map((a) => extractor.extract([a])));
  return extractor;
}

async function extractAll(extractor: Extractor, articles: SourceArticle[]) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const batches: Array<Promise<ExtractResult[]>> = [];
  for (let i = 0; i < articles.length; i += BATCH) batches.push(extractor.extract(articles.slice(i, i + BATCH)));
  const results = (await Promise.all(batches)).flat();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { results, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/** Times `runs` extractions with `jobs` threads; also returns the fragments of the last run. */
export async function timeExtraction(
  articles: SourceArticle[],
  bytes: number,
  jobs: number,
  runs: number,
): Promise<{ timing: ExtractionTiming; fragments: GraphFragment[] }> {
  const seconds: number[] = [];
  const cpu: number[] = [];
  let results: ExtractResult[] = [];
  const extractor = await startExtractor(articles, jobs);
  try {
    for (let r = 0; r < runs; r++) {
      const run = await extractAll(extractor, articles);
      seconds.push(run.seconds);
      cpu.push(run.cpuSeconds);
      results = run.results;
    }
  } finally {
    await extractor.close();
  }
  const s = summarize(seconds);
  const fragments = results.flatMap((r) => (r.ok ? [r.fragment] : []));
  return {
    timing: {
      jobs,
      articles: articles.length,
      bytes,
      seconds: s,
      articlesPerSecond: round(articles.length / s.median),
      mbPerSecond: round(bytes / 1e6 / s.median),
      cpuSeconds: round(summarize(cpu).median),
      firstSeconds: round(seconds[0]),
      firstCpuSeconds: round(cpu[0]),
      failed: results.length - fragments.length,
    },
    fragments,
  };
}
