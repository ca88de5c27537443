// Settings in one place: the interface, the defaults, validation with messages that say what was expected,
// and resolution from partial values plus the environment (KG_DB, NEO4J_URI, NEO4J_USERNAME, ...).
import os from 'node:os';
import { z } from 'zod';
import { ConfigError } from './errors.js';

const SettingsSchema = z.object({
  store: z.enum(['embedded', 'neo4j']),
  /** Folder of the embedded store. */
  db: z.string().min(1),
  neo4j: z.object({
    uri: z.string().min(1),
    username: z.string().nullable(),
    password: z.string().nullable(),
    database: z.string().nullable(),
  }),
  /** Articles per write transaction (each transaction holds whole articles only). */
  articlesPerTransaction: z.number().int().min(1).max(100_000),
  /** Rows per UNWIND statement. */
  batchSize: z.number().int().min(1).max(100_000),
  /** Extraction worker threads. */
  jobs: z.number().int().min(1).max(256),
  /** Articles longer than this (characters) are refused with a clear reason. */
  maxArticleChars: z.number().int().min(1),
  /** A user lexicon (JSON) of known parties and aliases, or null. */
  lexicon: z.string().nullable(),
  verbose: z.boolean(),
  /**
   * How far V8 lets a heap grow past what its last full collection kept, in percent (0: V8 decides, up to 300%).
   * Applies to every thread of the process (set when kg starts; see src/cli/heap-growth.ts).
   */
  heapGrowthPercent: z.number().int().min(0).max(1000),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  store: 'embedded',
  db: './kg-data',
  neo4j: { uri: 'neo4j://127.0.0.1:7687', username: null, password: null, database: null },
  articlesPerTransaction: 200,
  batchSize: 1000,
  jobs: Math.max(1, os.availableParallelism()),
  maxArticleChars: 5_000_000,
  lexicon: null,
  verbose: false,
  heapGrowthPercent: 25,
};

export type PartialSettings = Partial<Omit<Settings, 'neo4j'>> & { neo4j?: Partial<Settings['neo4j']> };

export function validateSettings(settings: unknown): Settings {
  const parsed = SettingsSchema.safeParse(settings);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`settings: "${issue.path.join('.')}" is not valid: ${issue.message}.`);
  }
  return parsed.data;
}

/** Defaults, overridden by the environment, overridden by explicit values. */
export function resolveSettings(partial: PartialSettings = {}, env: NodeJS.ProcessEnv = process.env): Settings {
  const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  const fromEnv: PartialSettings = {
    db: env.KG_DB || undefined,
    store: (env.KG_STORE as Settings['store']) || undefined,
    heapGrowthPercent: heapGrowthFromEnv(env),
    neo4j: defined({
      uri: env.NEO4J_URI || undefined,
      username: env.NEO4J_USERNAME || env.NEO4J_USER || undefined,
      password: env.NEO4J_PASSWORD || undefined,
      database: env.NEO4J_DATABASE || undefined,
    }),
  };
  const merged = {
    ...DEFAULT_SETTINGS,
    ...defined(fromEnv),
    ...defined(partial),
    neo4j: { ...DEFAULT_SETTINGS.neo4j, ...fromEnv.neo4j, ...defined(partial.neo4j ?? {}) },
  };
  return validateSettings(merged);
}

/** KG_HEAP_GROWTH_PERCENT as a number (validated with the other settings), or undefined when unset. */
function heapGrowthFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.KG_HEAP_GROWTH_PERCENT?.trim();
  return raw ? Number(raw) : undefined;
}

/** The heap growth setting alone (defaults, then KG_HEAP_GROWTH_PERCENT): what kg applies when it starts. */
export function resolveHeapGrowthPercent(env: NodeJS.ProcessEnv = process.env): number {
  const value = heapGrowthFromEnv(env) ?? DEFAULT_SETTINGS.heapGrowthPercent;
  const parsed = SettingsSchema.shape.heapGrowthPercent.safeParse(value);
  if (!parsed.success) {
    throw new ConfigError(
      `settings: KG_HEAP_GROWTH_PERCENT "${env.KG_HEAP_GROWTH_PERCENT}" is not valid. Expecting a whole number from 0 to 1000.`,
    );
  }
  return parsed.data;
}
