// `kg stats`: what the store holds: nodes per label, relationships per type, articles, and the extraction
// messages recorded on articles, by origin.
import type { Command } from 'commander';
import { ConfigError } from '../errors.js';
import type { GraphStats } from '../store/types.js';
import { withStoreOptions, type StoreCliOptions } from './common.js';
import { withStore } from './with-store.js';

const FORMATS = ['table', 'json'] as const;

function section(title: string, counts: Record<string, number | undefined>): string[] {
  const entries = Object.entries(counts).filter((e): e is [string, number] => e[1] !== undefined);
  if (entries.length === 0) return [`${title}: none`];
  const w = Math.max(...entries.map(([k]) => k.length));
  return [`${title}:`, ...entries.map(([k, v]) => `  ${k.padEnd(w)}  ${String(v).padStart(8)}`)];
}

export function formatStats(stats: GraphStats, where: string): string {
  const total = (o: Record<string, number | undefined>) => Object.values(o).reduce<number>((a, b) => a + (b ?? 0), 0);
  return (
    [
      `Store: ${where}`,
      `Articles: ${stats.articles}`,
      ...section(`Nodes (${total(stats.nodes)})`, stats.nodes),
      ...section(`Relationships (${total(stats.relationships)})`, stats.relationships),
      ...section(`Extraction messages by origin (${total(stats.messages)})`, stats.messages),
    ].join('\n') + '\n'
  );
}

export function register(program: Command): void {
  const cmd = program
    .command('stats')
    .description('Count what the store holds: nodes per label, relationships per type, articles, extraction messages.')
    .option('--format <format>', `output: ${FORMATS.join(', ')}`, 'table');
  withStoreOptions(cmd).action(async (opts: StoreCliOptions & { format: string }) => {
    if (!(FORMATS as readonly string[]).includes(opts.format)) {
      throw new ConfigError(`kg stats: --format "${opts.format}" is not known. Expecting ${FORMATS.join(' or ')}.`);
    }
    const text = await withStore(opts, { readOnly: true, mustExist: true }, async (store) => {
      const stats = await store.stats();
      return opts.format === 'json'
        ? `${JSON.stringify({ store: store.kind, location: store.location, ...stats }, null, 2)}\n`
        : formatStats(stats, `${store.kind} ${store.location}`);
    });
    process.stdout.write(text);
  });
}
