// `kg export`: writes the whole graph as APOC JSON lines, GraphML, GEXF, or neo4j-admin CSV files, streaming
// from the store to a file, a folder or standard output; or as one self-contained HTML viewer (--format html).
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { ConfigError } from '../errors.js';
import { exportGexf } from '../export/gexf.js';
import { exportGraphml } from '../export/graphml.js';
import { exportJsonl, type ExportCounts } from '../export/jsonl.js';
import { writeHtmlExport } from '../export/html.js';
import { exportNeo4jAdmin } from '../export/neo4j-admin.js';
import { finish } from '../export/sink.js';
import type { GraphRecord } from '../model/types.js';
import { withStoreOptions, type StoreCliOptions } from './common.js';
import { stopQuietlyWhenStdoutCloses } from './stdout.js';
import { withStore } from './with-store.js';

const FILE_FORMATS = {
  jsonl: exportJsonl,
  graphml: exportGraphml,
  gexf: exportGexf,
} satisfies Record<string, (records: AsyncIterable<GraphRecord>, out: Writable) => Promise<ExportCounts>>;
const FORMATS = [...Object.keys(FILE_FORMATS), 'neo4j-admin', 'html'];

interface ExportOptions extends StoreCliOptions {
  format: string;
  out?: string;
}

export function register(program: Command): void {
  const cmd = program
    .command('export')
    .description('Write the whole graph as JSON lines (APOC shape), GraphML, GEXF or neo4j-admin CSV files.')
    .option('--format <format>', `${FORMATS.join(', ')}`, 'jsonl')
    .option('--out <path>', 'file to write (a folder for neo4j-admin); standard output when omitted');
  withStoreOptions(cmd)
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  kg export --out graph.jsonl                 # what eval/score.mjs reads\n' +
        '  kg export --format gexf --out graph.gexf    # Gephi, Gephi Lite\n' +
        '  kg export --format graphml > graph.graphml  # yEd, networkx, Cytoscape\n' +
        '  kg export --format neo4j-admin --out import/ # then run the printed neo4j-admin command\n' +
        '  kg export --format html --out coalition.html # one file to share, works offline\n',
    )
    .action(async (opts: ExportOptions) => {
      stopQuietlyWhenStdoutCloses();
      if (!FORMATS.includes(opts.format)) {
        throw new ConfigError(`kg export: --format "${opts.format}" is not known. Expecting ${FORMATS.join(', ')}.`);
      }
      if (opts.format === 'neo4j-admin' && !opts.out) {
        throw new ConfigError('kg export: --format neo4j-admin writes several files. Expecting --out DIR.');
      }
      if (opts.format === 'html' && !opts.out) {
        throw new ConfigError('kg export: --format html writes one file. Expecting --out FILE.');
      }
      await withStore(opts, { readOnly: true, mustExist: true }, async (store) => {
        if (opts.format === 'neo4j-admin') {
          const result = await exportNeo4jAdmin(store.readGraph(), opts.out!);
          process.stderr.write(
            `kg export: ${result.nodes} nodes and ${result.relationships} relationships in ${result.files.length} files ` +
              `under ${opts.out}. Import them into an empty, stopped Neo4j with:\n`,
          );
          process.stdout.write(`${result.command}\n`);
          return;
        }
        if (opts.format === 'html') {
          fs.mkdirSync(path.dirname(path.resolve(opts.out!)), { recursive: true });
          const r = await writeHtmlExport(store, opts.out!, {
            title: path.basename(opts.out!, path.extname(opts.out!)),
          });
          process.stderr.write(
            `kg export: ${r.nodes} nodes and ${r.relationships} relationships in a self-contained viewer, ${opts.out} (${r.bytes} bytes)\n`,
          );
          return;
        }
        const write = FILE_FORMATS[opts.format as keyof typeof FILE_FORMATS];
        if (!opts.out) {
          await write(store.readGraph(), process.stdout);
          return;
        }
        fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
        const file = fs.createWriteStream(opts.out);
        const counts = await write(store.readGraph(), file);
        await finish(file);
        process.stderr.write(
          `kg export: ${counts.nodes} nodes and ${counts.relationships} relationships to ${opts.out}\n`,
        );
      });
    });
}
