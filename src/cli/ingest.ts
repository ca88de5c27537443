// `kg ingest PATHS...`: read articles, extract the graph and write it to the store, then print a summary.
import type { Command } from 'commander';
import { readArticles } from '../read/index.js';
import { ingest, type IngestReport } from '../ingest/ingest.js';
import { withStoreOptions, settingsFromOptions, EXIT_FAILED, type StoreCliOptions } from './common.js';
import { withStore } from './with-store.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import {
  lexiconFrom,
  positiveInt,
  printNote,
  printProblem,
  printProgress,
  stopOnInterrupt,
  withBulkOption,
  withExtractOptions,
  withWriteOptions,
  type ExtractCliOptions,
  type WriteCliOptions,
} from './ingest-options.js';

export function register(program: Command): void {
  const cmd = program
    .command('ingest')
    .description(
      'Read articles (.txt, .md, .html, .jsonl; folders are walked), extract the graph, write it to the store.',
    )
    .argument('<paths...>', 'files and folders to read');
  withWriteOptions(withBulkOption(withExtractOptions(withStoreOptions(cmd)))).action(
    async (paths: string[], opts: StoreCliOptions & ExtractCliOptions & WriteCliOptions & { bulk?: boolean }) => {
      const settings = settingsFromOptions(opts, {
        articlesPerTransaction: positiveInt(opts.batch, DEFAULT_SETTINGS.articlesPerTransaction, '--batch'),
      });
      const jobs = positiveInt(opts.jobs, settings.jobs, '--jobs');
      const maxArticleChars = positiveInt(opts.maxChars, settings.maxArticleChars, '--max-chars');
      const lexicon = lexiconFrom(opts);
      const interrupt = stopOnInterrupt();
      try {
        const report = await withStore(opts, {}, (store) =>
          ingest(readArticles(paths, { maxArticleChars }), store, {
            jobs,
            lexicon,
            articlesPerTransaction: settings.articlesPerTransaction,
            onProblem: printProblem,
            onMessages: opts.verbose
              ? (path, messages) => messages.forEach((m) => process.stderr.write(`note ${path}: ${m}\n`))
              : undefined,
            shouldStop: interrupt.shouldStop,
            bulk: opts.bulk,
            onNote: printNote,
            onCommit: opts.progress ? printProgress : undefined,
          }),
        );
        process.stdout.write(summary(report, settings.store === 'embedded' ? settings.db : settings.neo4j.uri));
        if (report.failed.length > 0 || report.interrupted || (opts.strict && report.skipped.length > 0))
          process.exitCode = EXIT_FAILED;
      } finally {
        interrupt.dispose();
      }
    },
  );
}

export function summary(r: IngestReport, where: string): string {
  const lines = [
    `Ingested into ${where}: ${r.written + r.replaced} articles written (${r.written} new, ${r.replaced} replaced), ${r.unchanged} unchanged, ${r.skipped.length} skipped, ${r.failed.length} failed${r.interrupted ? ', stopped early (interrupted)' : ''}.`,
    `Wrote ${r.nodes} nodes and ${r.relationships} relationships in ${r.seconds.toFixed(1)} s${r.bulk ? ' (bulk load)' : ''}; ${r.messages} extraction notes (kg stats lists them by kind).`,
  ];
  return lines.join('\n') + '\n';
}
