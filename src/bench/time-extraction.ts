// Extraction alone: articles already in memory go through the extraction pool (worker threads, or this thread
// for one job) as `kg ingest` sends them; the pool is started and warmed before the clock starts.
import { createExtractor, type ExtractResult } from '../ingest/extract-pool.js';
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
  failed: number;
}

const BATCH = 16;

async function extractAll(articles: SourceArticle[], jobs: number) {
  const extractor = createExtractor(jobs, EMPTY_LEXICON);
  try {
    await extractor.extract(articles.slice(0, Math.min(jobs, articles.length)));
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const batches: Array<Promise<ExtractResult[]>> = [];
    for (let i = 0; i < articles.length; i += BATCH) batches.push(extractor.extract(articles.slice(i, i + BATCH)));
    const results = (await Promise.all(batches)).flat();
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    return { results, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
  } finally {
    await extractor.close();
  }
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
  for (let r = 0; r < runs; r++) {
    const run = await extractAll(articles, jobs);
    seconds.push(run.seconds);
    cpu.push(run.cpuSeconds);
    results = run.results;
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
      failed: results.length - fragments.length,
    },
    fragments,
  };
}
