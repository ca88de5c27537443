// The bytes of a Parquet file for the store's tables: flat OPTIONAL columns of strings (UTF8 BYTE_ARRAY), INT64
// and DOUBLE, and OPTIONAL lists of strings; one data page (v1) per column and row group, PLAIN values, levels as
// RLE runs, no compression, no statistics. What LadybugDB's LOAD FROM and COPY FROM read, written straight into
// buffers: hyparquet-writer (general, with a byte writer that grows value by value and a Buffer per string) took
// most of the time of writing a transaction's files (measured).
import type { PropertySpec } from '../model/properties.js';

/** Growable output: Buffers filled in turn, none copied when the next is started. */
export class ByteSink {
  readonly chunks: Buffer[] = [];
  private buf: Buffer;
  private at = 0;
  /** Bytes in the chunks already full. */
  private done = 0;

  /** `firstBytes`: the size of the first buffer; each next one is twice the last, up to 4 MB. */
  constructor(firstBytes = 1 << 14) {
    this.buf = Buffer.allocUnsafe(firstBytes);
  }

  get length(): number {
    return this.done + this.at;
  }

  /** Room for `n` more bytes in the current buffer. */
  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const next = Math.max(n, Math.min(this.buf.length * 2, 1 << 22));
    this.seal();
    this.buf = Buffer.allocUnsafe(next);
  }

  private seal(): void {
    if (this.at > 0) this.chunks.push(this.buf.subarray(0, this.at));
    this.done += this.at;
    this.at = 0;
  }

  byte(b: number): void {
    this.room(1);
    this.buf[this.at++] = b;
  }

  uint32(v: number): void {
    this.room(4);
    this.buf.writeUInt32LE(v, this.at);
    this.at += 4;
  }

  int64(v: number | bigint): void {
    this.room(8);
    this.buf.writeBigInt64LE(typeof v === 'bigint' ? v : BigInt(v), this.at);
    this.at += 8;
  }

  double(v: number): void {
    this.room(8);
    this.buf.writeDoubleLE(v, this.at);
    this.at += 8;
  }

  /** Unsigned varint (ULEB128), for values below 2^53. */
  varint(v: number): void {
    while (v >= 0x80) {
      this.byte((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.byte(v);
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.at);
    this.at += b.length;
  }

  /** A PLAIN BYTE_ARRAY value: its UTF-8 length, then its bytes. */
  lengthPrefixedUtf8(s: string): void {
    // at most 3 bytes per UTF-16 unit
    this.room(4 + 3 * s.length);
    const n = this.buf.write(s, this.at + 4, 'utf8');
    this.buf.writeUInt32LE(n, this.at);
    this.at += 4 + n;
  }

  /** The bytes written, in order; the sink must not be used afterwards. */
  finish(): Buffer[] {
    this.seal();
    return this.chunks;
  }
}

// Thrift compact protocol: just the field types the Parquet metadata needs.
const I32 = 5;
const I64 = 6;
const BINARY = 8;
const LIST = 9;
const STRUCT = 12;

type Field =
  | { id: number; i32: number }
  | { id: number; i64: number }
  | { id: number; text: string }
  | { id: number; struct: Field[] }
  | { id: number; i32s: number[] }
  | { id: number; texts: string[] }
  | { id: number; structs: Field[][] };

const zigzag = (v: number) => (v >= 0 ? v * 2 : -v * 2 - 1);

function writeStruct(out: ByteSink, fields: Field[]): void {
  let last = 0;
  for (const f of fields) {
    const type = 'i32' in f ? I32 : 'i64' in f ? I64 : 'text' in f ? BINARY : 'struct' in f ? STRUCT : LIST;
    const delta = f.id - last;
    if (delta > 0 && delta <= 15) out.byte((delta << 4) | type);
    else {
      out.byte(type);
      out.varint(zigzag(f.id));
    }
    last = f.id;
    if ('i32' in f) out.varint(zigzag(f.i32));
    else if ('i64' in f) out.varint(zigzag(f.i64));
    else if ('text' in f) writeText(out, f.text);
    else if ('struct' in f) writeStruct(out, f.struct);
    else if ('i32s' in f) {
      listHeader(out, f.i32s.length, I32);
      for (const v of f.i32s) out.varint(zigzag(v));
    } else if ('texts' in f) {
      listHeader(out, f.texts.length, BINARY);
      for (const t of f.texts) writeText(out, t);
    } else {
      listHeader(out, f.structs.length, STRUCT);
      for (const s of f.structs) writeStruct(out, s);
    }
  }
  out.byte(0); // stop
}

function writeText(out: ByteSink, s: string): void {
  const b = Buffer.from(s, 'utf8');
  out.varint(b.length);
  out.bytes(b);
}

function listHeader(out: ByteSink, size: number, type: number): void {
  if (size < 15) out.byte((size << 4) | type);
  else {
    out.byte(0xf0 | type);
    out.varint(size);
  }
}

// Parquet's enumerations (parquet.thrift).
const TYPE = { INT64: 2, DOUBLE: 5, BYTE_ARRAY: 6 };
const OPTIONAL = 1;
const REPEATED = 2;
const REQUIRED = 0;
const UTF8 = 0;
const LIST_TYPE = 3;
const PLAIN = 0;
const RLE = 3;
const DATA_PAGE = 0;
const UNCOMPRESSED = 0;

/** The schema elements of the columns, after the root. */
function schemaElements(columns: readonly PropertySpec[]): Field[][] {
  const out: Field[][] = [
    [
      { id: 4, text: 'root' },
      { id: 5, i32: columns.length },
    ],
  ];
  for (const c of columns) {
    if (c.type === 'string[]') {
      out.push(
        [
          { id: 3, i32: OPTIONAL },
          { id: 4, text: c.name },
          { id: 5, i32: 1 },
          { id: 6, i32: LIST_TYPE },
        ],
        [
          { id: 3, i32: REPEATED },
          { id: 4, text: 'list' },
          { id: 5, i32: 1 },
        ],
        [
          { id: 1, i32: TYPE.BYTE_ARRAY },
          { id: 3, i32: REQUIRED },
          { id: 4, text: 'element' },
          { id: 6, i32: UTF8 },
        ],
      );
    } else if (c.type === 'int') {
      out.push([
        { id: 1, i32: TYPE.INT64 },
        { id: 3, i32: OPTIONAL },
        { id: 4, text: c.name },
      ]);
    } else if (c.type === 'float') {
      out.push([
        { id: 1, i32: TYPE.DOUBLE },
        { id: 3, i32: OPTIONAL },
        { id: 4, text: c.name },
      ]);
    } else {
      out.push([
        { id: 1, i32: TYPE.BYTE_ARRAY },
        { id: 3, i32: OPTIONAL },
        { id: 4, text: c.name },
        { id: 6, i32: UTF8 },
      ]);
    }
  }
  return out;
}

/** Levels as runs of the RLE / bit-packed hybrid encoding (each run: count << 1, then the value in one byte). */
class Levels {
  private readonly sink = new ByteSink(1 << 8);
  private value = -1;
  private count = 0;

  add(level: number): void {
    if (level === this.value) {
      this.count++;
      return;
    }
    this.flush();
    this.value = level;
    this.count = 1;
  }

  private flush(): void {
    if (this.count === 0) return;
    this.sink.varint(this.count * 2);
    this.sink.byte(this.value); // bit width 1 or 2: one byte
  }

  finish(): Buffer {
    this.flush();
    return Buffer.concat(this.sink.finish());
  }
}

export interface ColumnChunkInfo {
  /** Where the column's data page starts in the file. */
  offset: number;
  bytes: number;
  /** Levels written (values, nulls and empty lists). */
  values: number;
}

/**
 * Writes one column of a row group as a data page to `out`; `file` is where `out` starts in the file. Throws on a
 * value of the wrong type, as hyparquet-writer did.
 */
export function writeColumnPage(
  out: ByteSink,
  fileOffset: number,
  column: PropertySpec,
  values: readonly unknown[],
): ColumnChunkInfo {
  const data = new ByteSink();
  const def = new Levels();
  const rep = column.type === 'string[]' ? new Levels() : null;
  let levels = 0;
  for (const v of values) {
    if (v === null || v === undefined) {
      def.add(0);
      rep?.add(0);
      levels++;
      continue;
    }
    switch (column.type) {
      case 'string':
        if (typeof v !== 'string') throw typeError(column, v);
        def.add(1);
        data.lengthPrefixedUtf8(v);
        levels++;
        break;
      case 'int':
        if (typeof v !== 'number' && typeof v !== 'bigint') throw typeError(column, v);
        def.add(1);
        data.int64(v);
        levels++;
        break;
      case 'float':
        if (typeof v !== 'number') throw typeError(column, v);
        def.add(1);
        data.double(v);
        levels++;
        break;
      case 'string[]': {
        if (!Array.isArray(v)) throw typeError(column, v);
        if (v.length === 0) {
          def.add(1);
          rep!.add(0);
          levels++;
          break;
        }
        for (let i = 0; i < v.length; i++) {
          const s: unknown = v[i];
          if (typeof s !== 'string') throw typeError(column, s);
          def.add(2);
          rep!.add(i === 0 ? 0 : 1);
          data.lengthPrefixedUtf8(s);
          levels++;
        }
        break;
      }
    }
  }
  const defBytes = def.finish();
  const repBytes = rep?.finish() ?? null;
  const body = 4 + defBytes.length + (repBytes ? 4 + repBytes.length : 0) + data.length;
  const start = out.length;
  writeStruct(out, [
    { id: 1, i32: DATA_PAGE },
    { id: 2, i32: body },
    { id: 3, i32: body },
    {
      id: 5,
      struct: [
        { id: 1, i32: levels },
        { id: 2, i32: PLAIN },
        { id: 3, i32: RLE },
        { id: 4, i32: RLE },
      ],
    },
  ]);
  // a page v1 holds repetition levels, then definition levels, each after its length
  if (repBytes) {
    out.uint32(repBytes.length);
    out.bytes(repBytes);
  }
  out.uint32(defBytes.length);
  out.bytes(defBytes);
  for (const chunk of data.finish()) out.bytes(chunk);
  return { offset: fileOffset + start, bytes: out.length - start, values: levels };
}

function typeError(column: PropertySpec, v: unknown): Error {
  return new TypeError(`parquet: column ${column.name} (${column.type}) cannot hold ${typeof v} ${String(v)}`);
}

export interface RowGroupInfo {
  rows: number;
  columns: ColumnChunkInfo[];
}

/** The file's footer: its metadata, their length and the closing magic bytes. */
export function writeFooter(out: ByteSink, columns: readonly PropertySpec[], groups: readonly RowGroupInfo[]): void {
  const start = out.length;
  const physical = (c: PropertySpec) =>
    c.type === 'int' ? TYPE.INT64 : c.type === 'float' ? TYPE.DOUBLE : TYPE.BYTE_ARRAY;
  const pathOf = (c: PropertySpec) => (c.type === 'string[]' ? [c.name, 'list', 'element'] : [c.name]);
  writeStruct(out, [
    { id: 1, i32: 1 },
    { id: 2, structs: schemaElements(columns) },
    { id: 3, i64: groups.reduce((n, g) => n + g.rows, 0) },
    {
      id: 4,
      structs: groups.map((g) => [
        {
          id: 1,
          structs: g.columns.map((chunk, k) => [
            { id: 2, i64: chunk.offset },
            {
              id: 3,
              struct: [
                { id: 1, i32: physical(columns[k]) },
                { id: 2, i32s: [PLAIN, RLE] },
                { id: 3, texts: pathOf(columns[k]) },
                { id: 4, i32: UNCOMPRESSED },
                { id: 5, i64: chunk.values },
                { id: 6, i64: chunk.bytes },
                { id: 7, i64: chunk.bytes },
                { id: 9, i64: chunk.offset },
              ],
            },
          ]),
        },
        { id: 2, i64: g.columns.reduce((n, c) => n + c.bytes, 0) },
        { id: 3, i64: g.rows },
      ]),
    },
    { id: 6, text: 'kg' },
  ]);
  out.uint32(out.length - start);
  out.bytes(MAGIC);
}

export const MAGIC = Buffer.from('PAR1', 'ascii');
