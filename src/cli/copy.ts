// `kg copy --from SRC --to DST`: moves a graph between an embedded store folder and Neo4j (either way, or
// folder to folder), in batches of whole articles. SRC and DST are a folder, `neo4j` (the NEO4J_* settings) or
// a Neo4j URI (neo4j://, neo4j+s://, bolt://) that replaces NEO4J_URI for that side.
import path from 'node:path';
import type { Command } from 'commander';
import { ConfigError } from '../errors.js';
import { resolveSettings, type Settings } from '../settings.js';
import { copyGraph, type CopyReport } from '../store/copy-graph.js';
import { openStore } from '../store/open-store.js';
import type { GraphStore } from '../store/types.js';

const NEO4J_URI = /^(neo4j|bolt)(\+s|\+ssc)?:\/\//i;

interface CopyOptions {
  from: string;
  to: string;
  batch?: string;
}

/** The settings of one side of a copy. */
export function copySide(value: string, option: '--from' | '--to', env: NodeJS.ProcessEnv = process.env): Settings {
  if (!value.trim()) throw new ConfigError(`kg copy: ${option} is empty. Expecting a folder, neo4j or a Neo4j URI.`);
  if (value === 'neo4j') return resolveSettings({ store: 'neo4j' }, env);
  if (NEO4J_URI.test(value)) return resolveSettings({ store: 'neo4j', neo4j: { uri: value } }, env);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new ConfigError(
      `kg copy: ${option} "${value}" is not a Neo4j URI. Expecting neo4j://, neo4j+s:// or bolt://.`,
    );
  }
  return resolveSettings({ store: 'embedded', db: value }, env);
}

function where(s: Settings): string {
  if (s.store === 'embedded') return path.resolve(s.db);
  return `${s.neo4j.uri.replace(/\/\/[^@/]*@/, '//')}${s.neo4j.database ? ` (database ${s.neo4j.database})` : ''}`;
}

export function summary(report: CopyReport, from: string, to: string, seconds: number): string {
  const parts = [
    `kg copy: ${report.articles} articles from ${from} to ${to} in ${seconds.toFixed(1)} s:`,
    `${report.written} written, ${report.replaced} replaced, ${report.unchanged} already there;`,
    `${report.nodes} nodes and ${report.relationships} relationships written.`,
  ];
  if (report.skippedEntities > 0) parts.push(`${report.skippedEntities} entities no article mentions were left out.`);
  if (report.skippedFacts > 0) parts.push(`${report.skippedFacts} claims and facts of missing articles were left out.`);
  return parts.join(' ');
}

export function register(program: Command): void {
  program
    .command('copy')
    .description(
      'Copies a graph between stores (an embedded folder and Neo4j, either way) in batches of whole articles.',
    )
    .requiredOption('--from <store>', 'source: a store folder (./kg-data), neo4j (NEO4J_URI ...), or a Neo4j URI')
    .requiredOption('--to <store>', 'target: a store folder, neo4j, or a Neo4j URI')
    .option('--batch <articles>', 'articles per write (default: settings articlesPerTransaction, 200)')
    .addHelpText(
      'after',
      '\nExamples:\n  kg copy --from ./kg-data --to neo4j\n  kg copy --from neo4j --to ./kg-copy\n' +
        'Neo4j sides use NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE.',
    )
    .action(async (opts: CopyOptions) => {
      const from = copySide(opts.from, '--from');
      const to = copySide(opts.to, '--to');
      if (where(from) === where(to)) {
        throw new ConfigError(`kg copy: --from and --to are both ${where(from)}. Expecting two different stores.`);
      }
      const batch = opts.batch === undefined ? to.articlesPerTransaction : Number(opts.batch);
      if (!Number.isInteger(batch) || batch < 1) {
        throw new ConfigError(
          `kg copy: --batch "${opts.batch}" is not a count. Expecting a whole number of articles >= 1.`,
        );
      }
      const started = Date.now();
      const source = await openStore(from, { readOnly: true, mustExist: true });
      let target: GraphStore | null = null;
      try {
        target = await openStore(to);
        const progress = process.stderr.isTTY
          ? (r: CopyReport) => process.stderr.write(`\rkg copy: ${r.articles} articles...`)
          : undefined;
        const report = await copyGraph(source, target, { articlesPerBatch: batch, onBatch: progress });
        if (progress) process.stderr.write('\n');
        await target.flush();
        process.stdout.write(`${summary(report, where(from), where(to), (Date.now() - started) / 1000)}\n`);
      } finally {
        await target?.close();
        await source.close();
      }
    });
}
