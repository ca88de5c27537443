// CSV files in the layout `neo4j-admin database import full` reads: one node file per label (`id:ID`,
// `:LABEL`, typed property columns) and one relationship file per type (`:START_ID`, `:END_ID`, `:TYPE`),
// with an example import command. Strings are always quoted ("" inside), null is an empty unquoted field,
// list items are separated by U+001F (a character news text never holds; it is removed from values).
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { NODE_PROPERTIES, REL_PROPERTIES, type PropertySpec } from '../model/properties.js';
import type { GraphRecord } from '../model/types.js';
import type { ExportCounts } from './jsonl.js';
import { finish, sinkOf, type Sink } from './sink.js';

export const ARRAY_DELIMITER = '\u001F';
const CSV_TYPES: Record<PropertySpec['type'], string> = {
  string: '',
  int: ':int',
  float: ':double',
  'string[]': ':string[]',
};

const clean = (s: string) => s.replaceAll(ARRAY_DELIMITER, ' ');
const quoted = (s: string) => `"${s.replaceAll('"', '""')}"`;
const quote = (s: string) => quoted(clean(s));

function cell(spec: PropertySpec, v: unknown): string {
  if (v === null || v === undefined) return '';
  if (spec.type === 'string[]') return quoted((v as string[]).map(clean).join(ARRAY_DELIMITER));
  if (spec.type === 'int' || spec.type === 'float') return String(v);
  return quote(String(v));
}

/** A path as one shell word. */
const shellWord = (s: string) => (/^[\w./:=@-]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`);

const header = (specs: readonly PropertySpec[]) => specs.map((p) => `${p.name}${CSV_TYPES[p.type]}`);

export interface Neo4jAdminExport extends ExportCounts {
  files: string[];
  /** An example import command for these files. */
  command: string;
}

export async function exportNeo4jAdmin(records: AsyncIterable<GraphRecord>, dir: string): Promise<Neo4jAdminExport> {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const nodeFiles: string[] = [];
  const relFiles: string[] = [];
  let current: { name: string; stream: Writable; sink: Sink } | null = null;
  const open = async (name: string, headerLine: string) => {
    if (current?.name === name) return current.sink;
    if (current) await finish(current.stream);
    const stream = fs.createWriteStream(path.join(dir, name));
    current = { name, stream, sink: sinkOf(stream) };
    files.push(name);
    await current.sink.write(`${headerLine}\n`);
    return current.sink;
  };
  const counts = { nodes: 0, relationships: 0 };
  for await (const r of records) {
    if (r.kind === 'node') {
      const n = r.node as unknown as Record<string, unknown>;
      // The `id:ID` column is stored as the node's `id` property as well.
      const specs = NODE_PROPERTIES[r.node.label].filter((p) => p.name !== 'id');
      const name = `nodes-${r.node.label}.csv`;
      if (!nodeFiles.includes(name)) nodeFiles.push(name);
      const sink = await open(name, ['id:ID', ':LABEL', ...header(specs)].join(','));
      const cells = [quote(r.node.id), r.node.label, ...specs.map((p) => cell(p, n[p.name]))];
      await sink.write(`${cells.join(',')}\n`);
      counts.nodes++;
    } else {
      const e = r.relationship;
      const name = `relationships-${e.type}.csv`;
      if (!relFiles.includes(name)) relFiles.push(name);
      const sink = await open(name, [':START_ID', ':END_ID', ':TYPE', ...header(REL_PROPERTIES)].join(','));
      const source = e as unknown as Record<string, unknown>;
      const cells = [quote(e.from.id), quote(e.to.id), e.type, ...REL_PROPERTIES.map((p) => cell(p, source[p.name]))];
      await sink.write(`${cells.join(',')}\n`);
      counts.relationships++;
    }
  }
  if (current) await finish((current as { stream: Writable }).stream);
  const abs = (f: string) => path.join(path.resolve(dir), f);
  const command = [
    'neo4j-admin database import full neo4j --overwrite-destination \\',
    '  --multiline-fields=true --array-delimiter=U+001F --id-type=string \\',
    ...nodeFiles.map((f) => `  ${shellWord(`--nodes=${abs(f)}`)} \\`),
    ...relFiles.map((f) => `  ${shellWord(`--relationships=${abs(f)}`)} \\`),
  ]
    .join('\n')
    .replace(/ \\$/, '');
  return { ...counts, files, command };
}
