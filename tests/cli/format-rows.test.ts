// Printing query results as a table, JSON or CSV.
import { describe, expect, it } from 'vitest';
import { formatCsv, formatJson, formatTable } from '../../src/cli/format-rows.js';
import { parseCsv } from '../export/export-helpers.js';

const result = {
  columns: ['name', 'n', 'list'],
  rows: [
    { name: 'Ola "the" Brand, jr.\nsecond line', n: 12, list: ['a', 'b'] },
    { name: 'Émile 🎉', n: 3, list: null },
  ],
};

describe('formatTable', () => {
  it('aligns columns, right-aligns numbers, flattens newlines and counts rows', () => {
    const lines = formatTable(result).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^name\s+n\s+list$/);
    expect(lines[2]).toBe('Ola "the" Brand, jr. second line  12  ["a","b"]');
    // 7 characters (the emoji is one), padded to the 32 of the first row, then the number right-aligned.
    expect(lines[3]).toBe(`Émile 🎉${' '.repeat(25)}   3`);
    expect(lines.at(-1)).toBe('(2 rows)');
  });

  it('cuts long cells to fit', () => {
    const long = { columns: ['t'], rows: [{ t: 'x'.repeat(500) }] };
    const line = formatTable(long, 80, 40).split('\n')[2];
    expect([...line].length).toBe(40);
    expect(line.endsWith('…')).toBe(true);
  });
});

describe('formatCsv and formatJson', () => {
  it('quotes CSV fields so that they read back exactly', () => {
    const rows = parseCsv(formatCsv(result).replaceAll('\r\n', '\n'));
    expect(rows[0]).toEqual(['name', 'n', 'list']);
    expect(rows[1]).toEqual([result.rows[0].name, '12', '["a","b"]']);
    expect(rows[2]).toEqual(['Émile 🎉', '3', null]);
  });

  it('prints JSON rows', () => {
    expect(JSON.parse(formatJson(result))).toEqual(result.rows);
  });
});
