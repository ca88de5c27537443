// The parts of the bench and its default run counts, apart from the bench itself: `kg` registers its `bench`
// command with these at every start, and importing run-bench.ts would load the extraction pipeline (its language
// model module included) into every kg process, a `kg ingest` whose extraction runs on workers too.
import { defaultJobs } from '../ingest/extract-pool.js';

export const BENCH_PARTS = ['extraction', 'profile', 'store', 'neo4j', 'ingest', 'rss', 'queries', 'viewer'] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

export const BENCH_DEFAULTS = {
  /** Runs of the long parts (end to end, store writes, viewer). */
  runs: 3,
  /** Runs of the quick parts (extraction; queries run 4x this many times). */
  quickRuns: 5,
  jobs: defaultJobs(),
};
