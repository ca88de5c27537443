// `kg bench`: measures extraction, store writes, end-to-end ingest, peak RSS, query latency and the viewer on
// the shared corpus (or a generated one), prints a table and writes the figures as JSON (--out).
import fs from 'node:fs';
import type { Command } from 'commander';
import { ConfigError } from '../errors.js';
import { BENCH_DEFAULTS, BENCH_PARTS, type BenchPart } from '../bench/bench-parts.js';
import { positiveInt } from './ingest-options.js';

interface BenchCliOptions {
  out?: string;
  runs?: string;
  quickRuns?: string;
  jobs?: string;
  corpus?: string[];
  generate?: boolean;
  articles?: string;
  skip?: string;
  only?: string;
  viewerSizes?: string;
  quick?: boolean;
}

function parts(value: string, flag: string): BenchPart[] {
  const list = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const p of list) {
    if (!(BENCH_PARTS as readonly string[]).includes(p)) {
      throw new ConfigError(
        `kg bench: ${flag} "${p}" is not a part of the bench. Expecting ${BENCH_PARTS.join(', ')}.`,
      );
    }
  }
  return list as BenchPart[];
}

export function register(program: Command): void {
  program
    .command('bench')
    .description('Measure extraction, store writes, end-to-end ingest, RSS, queries and the viewer; print a table.')
    .option('-o, --out <file>', 'write the figures as JSON to this file')
    .option('--runs <n>', `runs of the long parts, median reported (default ${BENCH_DEFAULTS.runs})`)
    .option('--quick-runs <n>', `runs of the quick parts (default ${BENCH_DEFAULTS.quickRuns})`)
    .option('-j, --jobs <n>', `extraction threads for "all cores" (default ${BENCH_DEFAULTS.jobs})`)
    .option('--corpus <dir...>', 'corpus folders to use instead of ../shared/corpus (bbc-politics, polnear/train)')
    .option('--generate', 'use a corpus generated from examples/ even when the shared corpus is there')
    .option('--articles <n>', 'articles in a generated corpus (default 300)')
    .option('--skip <parts>', `parts to leave out, comma-separated: ${BENCH_PARTS.join(', ')}`)
    .option('--only <parts>', 'the parts to run, comma-separated (the others are skipped)')
    .option('--viewer-sizes <list>', 'viewer graph sizes in nodes (default 1000,10000,50000)')
    .option('--quick', 'a smoke run: generated corpus of 12 articles, one run each, small viewer graph')
    .action(async (opts: BenchCliOptions) => {
      const quick = opts.quick ?? false;
      const skip = opts.only
        ? BENCH_PARTS.filter((p) => !parts(opts.only!, '--only').includes(p))
        : parts(opts.skip ?? '', '--skip');
      const sizes = (opts.viewerSizes ?? (quick ? '300' : '1000,10000,50000'))
        .split(',')
        .map((s) => positiveInt(s.trim(), 0, '--viewer-sizes'));
      // loaded here, not at the top: see bench-parts.ts
      const { runBench } = await import('../bench/run-bench.js');
      const { formatBench } = await import('../bench/format-bench.js');
      const result = await runBench({
        runs: positiveInt(opts.runs, quick ? 1 : BENCH_DEFAULTS.runs, '--runs'),
        quickRuns: positiveInt(opts.quickRuns, quick ? 1 : BENCH_DEFAULTS.quickRuns, '--quick-runs'),
        jobs: positiveInt(opts.jobs, BENCH_DEFAULTS.jobs, '--jobs'),
        folders: opts.corpus,
        generate: opts.generate ?? quick,
        generatedArticles: positiveInt(opts.articles, quick ? 12 : 300, '--articles'),
        skip,
        viewerSizes: sizes,
        log: (line) => process.stderr.write(`bench: ${line}\n`),
      });
      const text = formatBench(result);
      process.stdout.write(text);
      if (opts.out) {
        fs.writeFileSync(opts.out, JSON.stringify(result, null, 2) + '\n');
        process.stderr.write(`bench: figures written to ${opts.out}\n`);
      }
    });
}
