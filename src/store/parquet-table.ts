// One table's rows streamed to a Parquet file (hyparquet-writer), typed from the model's property list, for
// LadybugDB's COPY FROM: strings keep quotes, commas, line breaks and the difference between "" and null.
import { ParquetWriter, fileWriter } from 'hyparquet-writer';
import type { PropertySpec } from '../model/properties.js';

type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]['schema'][number];

/** Rows kept in memory before they are written as one row group (bounded further by text size). */
const ROWS_PER_GROUP = 5_000;
const CHARS_PER_GROUP = 16_000_000;

function schemaOf(columns: readonly PropertySpec[]): SchemaElement[] {
  const schema: SchemaElement[] = [{ name: 'root', num_children: columns.length }];
  for (const c of columns) {
    if (c.type === 'string[]') {
      schema.push(
        { name: c.name, repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
      );
    } else if (c.type === 'int') {
      schema.push({ name: c.name, type: 'INT64', repetition_type: 'OPTIONAL' });
    } else if (c.type === 'float') {
      schema.push({ name: c.name, type: 'DOUBLE', repetition_type: 'OPTIONAL' });
    } else {
      schema.push({ name: c.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' });
    }
  }
  return schema;
}

export class ParquetTable {
  readonly file: string;
  rows = 0;
  private readonly writer: ParquetWriter;
  private columns: unknown[][];
  private buffered = 0;
  private chars = 0;

  /** `columns` in the order of the table's schema (for a relationship table: from, to, then its properties). */
  constructor(
    file: string,
    private readonly specs: readonly PropertySpec[],
  ) {
    this.file = file;
    this.writer = new ParquetWriter({
      writer: fileWriter(file),
      schema: schemaOf(specs),
      codec: 'UNCOMPRESSED',
      statistics: false,
    });
    this.columns = specs.map(() => []);
  }

  /** Adds a row: a value per column name (missing ones are null). */
  add(row: Record<string, unknown>): void {
    this.specs.forEach((spec, i) => {
      const v = row[spec.name] ?? null;
      if (typeof v === 'string') {
        this.chars += v.length;
        // Bytes, not strings: hyparquet-writer encodes each string with TextEncoder, the largest part of writing a
        // file (Buffer.from is quicker on short strings); with PLAIN below, no dictionary hashes them again.
        this.columns[i].push(Buffer.from(v, 'utf8'));
        return;
      }
      // INT64 columns take bigint values.
      this.columns[i].push(spec.type === 'int' && typeof v === 'number' ? BigInt(v) : v);
    });
    this.rows++;
    if (++this.buffered >= ROWS_PER_GROUP || this.chars >= CHARS_PER_GROUP) this.flush();
  }

  private flush(): void {
    if (this.buffered === 0) return;
    const n = this.buffered;
    this.writer.write({
      // PLAIN and no offset index: the file is read once, whole, by LadybugDB (which read it as fast, measured).
      columnData: this.specs.map((spec, i) => ({
        name: spec.name,
        data: this.columns[i],
        encoding: 'PLAIN' as const,
        offsetIndex: false,
      })),
      rowGroupSize: n,
    });
    this.columns = this.specs.map(() => []);
    this.buffered = 0;
    this.chars = 0;
  }

  /** Writes what is buffered and the file's footer. */
  finish(): void {
    this.flush();
    this.writer.finish();
  }
}
