// `kg query NAME|FILE|"CYPHER"`: runs a shipped query, a query file or Cypher text with parameters, and prints
// the rows as a table, JSON or CSV.
import type { Command } from 'commander';
import { ConfigError, QueryError, errorMessage } from '../errors.js';
import { listQueryNames, queryHeader, queryParameters, readNamedQuery } from '../queries/query-files.js';
import { resolveQuery } from '../queries/resolve-query.js';
import { withStoreOptions, type StoreCliOptions } from './common.js';
import { OUTPUT_FORMATS, formatRows, type OutputFormat } from './format-rows.js';
import { collectValues, parseParams } from './parse-params.js';
import { settingsFromOptions } from './common.js';
import { stopQuietlyWhenStdoutCloses } from './stdout.js';
import { withStore } from './with-store.js';

interface QueryOptions extends StoreCliOptions {
  param: string[];
  format: string;
  readOnly?: boolean;
}

function shippedQueries(): string {
  return listQueryNames()
    .map((name) => {
      const header = queryHeader(readNamedQuery(name, 'embedded')?.text ?? '');
      const end = header.findIndex((l) => l.startsWith('Parameters:'));
      const about = header.slice(0, end < 0 ? 1 : end).join(' ');
      return `  ${about.length > 100 ? `${about.slice(0, 99)}…` : about}`;
    })
    .join('\n');
}

export function register(program: Command): void {
  const cmd = program
    .command('query')
    .description('Run a shipped query (by name), a .cypher file or Cypher text, with parameters.')
    .argument('<query>', 'a query name from queries/, a path to a .cypher file, or Cypher text')
    .option(
      '--param <key=value>',
      'a query parameter, repeatable (numbers and true/false are typed)',
      collectValues,
      [],
    )
    .option('--format <format>', `output: ${OUTPUT_FORMATS.join(', ')}`, 'table')
    .option('--read-only', 'open the store read-only and refuse queries that write');
  withStoreOptions(cmd)
    .addHelpText(
      'after',
      `\nShipped queries:\n${shippedQueries()}\n\nExamples:\n` +
        '  kg query coalitions\n' +
        '  kg query person-claims --param name="Tomas Kerrigan" --format json\n' +
        '  kg query "MATCH (p:Person) RETURN p.name AS name ORDER BY name LIMIT 10" --read-only\n',
    )
    .action(async (arg: string, opts: QueryOptions) => {
      stopQuietlyWhenStdoutCloses();
      if (!(OUTPUT_FORMATS as readonly string[]).includes(opts.format)) {
        throw new ConfigError(
          `kg query: --format "${opts.format}" is not known. Expecting ${OUTPUT_FORMATS.join(', ')}.`,
        );
      }
      const params = parseParams(opts.param);
      const kind = settingsFromOptions(opts).store;
      const query = resolveQuery(arg, kind);
      const missing = queryParameters(query.text).filter((p) => !(p in params));
      if (missing.length > 0) {
        const documented = queryHeader(query.text).find((l) => l.startsWith('Parameters:'));
        throw new ConfigError(
          `kg query: ${query.label} needs ${missing.map((p) => `--param ${p}=...`).join(' ')}.` +
            (documented ? ` Expecting ${documented.replace(/^Parameters:\s*/, '')}` : ' Expecting a value for each.'),
        );
      }
      const readOnly = opts.readOnly === true;
      const text = await withStore(opts, { readOnly, mustExist: true }, async (store) => {
        try {
          const result = await store.query(query.text, params, { readOnly });
          return formatRows(result, opts.format as OutputFormat, process.stdout.columns || 160);
        } catch (e) {
          if (!(e instanceof QueryError)) throw e;
          const reason = errorMessage(e)
            .replace(/^query:\s*/, '')
            .replace(/\s+/g, ' ')
            .trim();
          throw new QueryError(
            `kg query: ${query.label} failed on the ${store.kind} store ${store.location}: ${reason}`,
            {
              cause: e,
            },
          );
        }
      });
      process.stdout.write(text);
    });
}
