// `kg load FILES...`: graph fragments (from kg extract) into the store, idempotently and in any order.
import type { Command } from 'commander';
import { ingest } from '../ingest/ingest.js';
import { readFragmentFiles } from '../ingest/fragments-jsonl.js';
import { EMPTY_LEXICON } from '../lexicon/user-lexicon.js';
import { withStoreOptions, settingsFromOptions, EXIT_FAILED, type StoreCliOptions } from './common.js';
import { withStore } from './with-store.js';
import {
  positiveInt,
  printNote,
  printProblem,
  printProgress,
  stopOnInterrupt,
  withBulkOption,
  withWriteOptions,
  type WriteCliOptions,
} from './ingest-options.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import { summary } from './ingest.js';

export function register(program: Command): void {
  const cmd = program
    .command('load')
    .description('Load graph fragments written by kg extract into the store (idempotent, any order).')
    .argument('<files...>', 'JSON-lines files from kg extract');
  withWriteOptions(withBulkOption(withStoreOptions(cmd))).action(
    async (files: string[], opts: StoreCliOptions & WriteCliOptions & { bulk?: boolean }) => {
      const settings = settingsFromOptions(opts, {
        articlesPerTransaction: positiveInt(opts.batch, DEFAULT_SETTINGS.articlesPerTransaction, '--batch'),
      });
      const interrupt = stopOnInterrupt();
      try {
        const report = await withStore(opts, {}, (store) =>
          ingest(readFragmentFiles(files), store, {
            jobs: 1,
            lexicon: EMPTY_LEXICON,
            articlesPerTransaction: settings.articlesPerTransaction,
            onProblem: printProblem,
            shouldStop: interrupt.shouldStop,
            bulk: opts.bulk,
            onNote: printNote,
            onCommit: opts.progress ? printProgress : undefined,
          }),
        );
        process.stdout.write(summary(report, settings.store === 'embedded' ? settings.db : settings.neo4j.uri));
        if (report.failed.length > 0 || report.interrupted) process.exitCode = EXIT_FAILED;
      } finally {
        interrupt.dispose();
      }
    },
  );
}
