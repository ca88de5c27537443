// Options shared by the commands that read and extract articles (ingest, extract): jobs, lexicon, limits.
import type { Command } from 'commander';
import { ConfigError } from '../errors.js';
import { EMPTY_LEXICON, loadUserLexicon, type UserLexicon } from '../lexicon/user-lexicon.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import { committedArticles, type IngestReport, type Problem } from '../ingest/ingest.js';

export interface ExtractCliOptions {
  jobs?: string;
  lexicon?: string;
  maxChars?: string;
  verbose?: boolean;
  strict?: boolean;
}

export function withExtractOptions(cmd: Command): Command {
  return cmd
    .option('-j, --jobs <n>', `extraction worker threads (default: one per core, ${DEFAULT_SETTINGS.jobs} here)`)
    .option('--lexicon <file>', 'a JSON lexicon of known parties and people (see README, "User lexicon")')
    .option('--max-chars <n>', `refuse articles longer than this (default ${DEFAULT_SETTINGS.maxArticleChars})`)
    .option('-v, --verbose', 'list what extraction could not decide, article by article')
    .option('--strict', 'exit non-zero when any input was skipped, not only when one failed');
}

/** Adds --bulk (ingest and load). */
export function withBulkOption(cmd: Command): Command {
  return cmd.option(
    '--bulk',
    'first load of an empty embedded store: write Parquet files and COPY them in (much faster; all at the end)',
  );
}

export interface WriteCliOptions {
  batch?: string;
  progress?: boolean;
}

/** Adds --batch and --progress (ingest and load). */
export function withWriteOptions(cmd: Command): Command {
  return cmd
    .option(
      '--batch <n>',
      `articles per write transaction (default ${DEFAULT_SETTINGS.articlesPerTransaction}); each holds whole articles`,
    )
    .option('--progress', 'print a line on stderr after each write transaction commits');
}

/** The --progress line: what the store holds from this run so far. */
export function printProgress(r: IngestReport): void {
  process.stderr.write(
    `progress: ${committedArticles(r)} articles committed (${r.written} new, ${r.replaced} replaced, ` +
      `${r.unchanged} unchanged), ${r.read} read, ${r.failed.length} failed\n`,
  );
}

export function printNote(note: string): void {
  process.stderr.write(`note: ${note}\n`);
}

export function positiveInt(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`${flag}: "${value}" is not a whole number above 0.`);
  return n;
}

export function lexiconFrom(opts: ExtractCliOptions): UserLexicon {
  return opts.lexicon ? loadUserLexicon(opts.lexicon) : EMPTY_LEXICON;
}

/** One line per problem, on stderr: "skipped PATH: reason" / "failed PATH:LINE: reason". */
export function printProblem(kind: 'skipped' | 'failed', p: Problem): void {
  const where = `${p.path}${p.line ? `:${p.line}` : ''}`;
  // reasons from the readers already name the file: print them as they are
  const line = p.reason.includes(p.path) ? p.reason : `${where}: ${p.reason}`;
  process.stderr.write(`${kind} ${line}\n`);
}

/** Stops after the current batch on the first Ctrl-C; a second one exits at once. */
export function stopOnInterrupt(): { shouldStop: () => boolean; dispose: () => void } {
  let stop = false;
  const handler = () => {
    if (stop) process.exit(130);
    stop = true;
    process.stderr.write('kg: stopping after the current batch (Ctrl-C again to quit at once)\n');
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    shouldStop: () => stop,
    dispose: () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
