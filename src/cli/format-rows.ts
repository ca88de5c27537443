// Printing query results: an aligned text table (cells cut to fit), JSON, or CSV with RFC 4180 quoting.
import type { PlainValue, QueryResult } from '../store/types.js';

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

function cellText(v: PlainValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** Characters as a terminal counts them, near enough (code points, not UTF-16 units). */
const width = (s: string) => [...s].length;

function cut(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ');
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, Math.max(1, max - 1)).join('')}…` : flat;
}

/** A text table; cells wider than `maxCell` characters (and the table beyond `totalWidth`) are cut with "…". */
export function formatTable(result: QueryResult, totalWidth = 160, maxCell = 60): string {
  const { columns, rows } = result;
  if (columns.length === 0) return `(${rows.length} rows)\n`;
  const budget = Math.max(8, Math.min(maxCell, Math.floor((totalWidth - 2 * (columns.length - 1)) / columns.length)));
  const cells = rows.map((r) => columns.map((c) => cut(cellText(r[c] ?? null), budget)));
  const widths = columns.map((c, i) => Math.max(width(cut(c, budget)), ...cells.map((row) => width(row[i]))));
  const numeric = columns.map((c) => rows.length > 0 && rows.every((r) => typeof r[c] === 'number' || r[c] == null));
  const pad = (v: string, i: number) => ' '.repeat(widths[i] - width(v));
  const line = (values: string[], header = false) =>
    values
      .map((v, i) => (numeric[i] && !header ? pad(v, i) + v : i === values.length - 1 ? v : v + pad(v, i)))
      .join('  ')
      .trimEnd();
  const out = [
    line(
      columns.map((c) => cut(c, budget)),
      true,
    ),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map((row) => line(row)),
  ];
  out.push(`(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`);
  return `${out.join('\n')}\n`;
}

export function formatJson(result: QueryResult): string {
  return `${JSON.stringify(result.rows, null, 2)}\n`;
}

function csvField(s: string): string {
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function formatCsv(result: QueryResult): string {
  const lines = [result.columns.map(csvField).join(',')];
  for (const r of result.rows) lines.push(result.columns.map((c) => csvField(cellText(r[c] ?? null))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function formatRows(result: QueryResult, format: OutputFormat, totalWidth?: number): string {
  if (format === 'json') return formatJson(result);
  if (format === 'csv') return formatCsv(result);
  return formatTable(result, totalWidth);
}
