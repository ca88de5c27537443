// The Parquet files of the embedded store's writes (src/store/parquet-table.ts) read back by LadybugDB exactly:
// strings of any Unicode, "" apart from null, empty and missing lists, integers, fractions, several row groups.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PropertySpec } from '../../src/model/properties.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { pathLiteral } from '../../src/store/embedded-copy.js';
import { ParquetTable } from '../../src/store/parquet-table.js';

const COLUMNS: PropertySpec[] = [
  { name: 'id', type: 'string' },
  { name: 'names', type: 'string[]' },
  { name: 'n', type: 'int' },
  { name: 'x', type: 'float' },
  { name: 'note', type: 'string' },
];

type Row = { id: string; names: string[] | null; n: number | null; x: number | null; note: string | null };

describe('ParquetTable', () => {
  let dir: string;
  let store: EmbeddedStore;
  let k = 0;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-parquet-'));
    store = await EmbeddedStore.open({ dir: path.join(dir, 'store') });
  });
  afterAll(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function roundTrip(rows: Row[]): Promise<Row[]> {
    const file = path.join(dir, `t${k++}.parquet`);
    const table = new ParquetTable(file, COLUMNS);
    for (const r of rows) table.add(r);
    table.finish();
    const { rows: back } = await store.query(
      `LOAD FROM ${pathLiteral(file)} RETURN id, names, n, x, note`,
      {},
      { readOnly: true },
    );
    // row groups are read in parallel, in any order
    const order = (id: unknown) => Number(String(id).replace(/^\D+/, ''));
    back.sort((a, b) => order(a.id) - order(b.id));
    return back.map((r) => ({
      id: r.id as string,
      names: r.names as string[] | null,
      n: r.n === null ? null : Number(r.n),
      x: r.x as number | null,
      note: r.note as string | null,
    }));
  }

  it('reads back nulls, empty strings and lists, numbers and several row groups', async () => {
    const rows: Row[] = Array.from({ length: 12_003 }, (_, i) => ({
      id: `row-${i}`,
      names: i % 4 === 0 ? null : i % 4 === 1 ? [] : Array.from({ length: i % 4 }, (_, j) => `name ${i}.${j}`),
      n: i % 5 === 0 ? null : i * 1_000_003 - 7_000_000_000,
      x: i % 7 === 0 ? null : i / 8 - 3,
      note: i % 3 === 0 ? null : i % 3 === 1 ? '' : `é "q", ${i}\n`.repeat(i % 50),
    }));
    expect(await roundTrip(rows)).toEqual(rows);
  });

  it('reads back any text', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 300 });
    const spicy = fc.oneof(text, fc.constantFrom('\u0000', '🎉👩‍👩‍👧', "'}) //", '"\n\r\t\\', ''));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ names: fc.option(fc.array(spicy, { maxLength: 4 })), note: fc.option(spicy) }), {
          minLength: 1,
          maxLength: 20,
        }),
        async (list) => {
          const rows = list.map((r, i) => ({ id: `r${i}`, n: i, x: i + 0.5, ...r }));
          expect(await roundTrip(rows)).toEqual(rows);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses a value of the wrong type', () => {
    const table = new ParquetTable(path.join(dir, 'bad.parquet'), COLUMNS);
    table.add({ id: 3 });
    expect(() => table.finish()).toThrow();
  });
});
