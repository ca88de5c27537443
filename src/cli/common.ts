// Options and helpers shared by the commands: choosing a store, reading settings, exit codes.
import type { Command } from 'commander';
import { ConfigError, KgError } from '../errors.js';
import { resolveSettings, type PartialSettings, type Settings } from '../settings.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export function exitCodeFor(e: unknown): number {
  return e instanceof ConfigError ? EXIT_USAGE : EXIT_FAILED;
}

/** Adds --db and --store to a command. */
export function withStoreOptions(cmd: Command): Command {
  return cmd
    .option('--db <dir>', 'folder of the embedded store (env KG_DB)', undefined)
    .option(
      '--store <kind>',
      'embedded or neo4j (env KG_STORE); neo4j reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE',
    );
}

export interface StoreCliOptions {
  db?: string;
  store?: string;
}

export function settingsFromOptions(opts: StoreCliOptions, extra: PartialSettings = {}): Settings {
  if (opts.store !== undefined && opts.store !== 'embedded' && opts.store !== 'neo4j') {
    throw new ConfigError(`--store: "${opts.store}" is not a store kg knows. Expecting embedded or neo4j.`);
  }
  return resolveSettings({ db: opts.db, store: opts.store as Settings['store'] | undefined, ...extra });
}

export function isKgError(e: unknown): e is KgError {
  return e instanceof KgError;
}
