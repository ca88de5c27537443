// One table's rows streamed to a Parquet file, typed from the model's property list, for LadybugDB's LOAD FROM and
// COPY FROM: strings keep quotes, commas, line breaks and the difference between "" and null.
import fs from 'node:fs';
import type { PropertySpec } from '../model/properties.js';
import { ByteSink, MAGIC, writeColumnPage, writeFooter, type RowGroupInfo } from './parquet-encode.js';

/** Rows kept in memory before they are written as one row group (bounded further by text size). */
const ROWS_PER_GROUP = 5_000;
const CHARS_PER_GROUP = 16_000_000;

export class ParquetTable {
  readonly file: string;
  rows = 0;
  private readonly fd: number;
  /** Bytes written to the file so far. */
  private written = 0;
  private readonly groups: RowGroupInfo[] = [];
  private columns: unknown[][];
  private buffered = 0;
  private chars = 0;

  /** `columns` in the order of the table's schema (for a relationship table: from, to, then its properties). */
  constructor(
    file: string,
    private readonly specs: readonly PropertySpec[],
  ) {
    this.file = file;
    this.fd = fs.openSync(file, 'w');
    this.write([MAGIC]);
    this.columns = specs.map(() => []);
  }

  /** Adds a row: a value per column name (missing ones are null). */
  add(row: Record<string, unknown>): void {
    for (let i = 0; i < this.specs.length; i++) {
      const v = row[this.specs[i].name] ?? null;
      if (typeof v === 'string') this.chars += v.length;
      this.columns[i].push(v);
    }
    this.rows++;
    if (++this.buffered >= ROWS_PER_GROUP || this.chars >= CHARS_PER_GROUP) this.flush();
  }

  private write(chunks: readonly Buffer[]): void {
    for (const chunk of chunks) {
      let done = 0;
      while (done < chunk.length) done += fs.writeSync(this.fd, chunk, done);
      this.written += chunk.length;
    }
  }

  /** Writes the buffered rows as one row group: one page per column. */
  private flush(): void {
    if (this.buffered === 0) return;
    const out = new ByteSink(1 << 16);
    const columns = this.specs.map((spec, i) => writeColumnPage(out, this.written, spec, this.columns[i]));
    this.groups.push({ rows: this.buffered, columns });
    this.write(out.finish());
    this.columns = this.specs.map(() => []);
    this.buffered = 0;
    this.chars = 0;
  }

  /** Writes what is buffered and the file's footer, and closes the file. */
  finish(): void {
    try {
      this.flush();
      const out = new ByteSink();
      writeFooter(out, this.specs, this.groups);
      this.write(out.finish());
    } finally {
      fs.closeSync(this.fd);
    }
  }
}
