// Helpers of the export tests: a store filled with the fixture graph, a stream that collects what is written,
// a strict XML reader (saxes) and a small RFC 4180 CSV reader to read exports back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { SaxesParser } from 'saxes';
import type { GraphRecord } from '../../src/model/types.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { FIXTURE_FRAGMENTS } from '../fixtures/fragments.js';

export async function fixtureStore(): Promise<{ store: EmbeddedStore; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-'));
  const store = await EmbeddedStore.open({ dir: path.join(dir, 'store') });
  await store.writeFragments(FIXTURE_FRAGMENTS);
  return { store, dir };
}

export async function recordsOf(store: EmbeddedStore): Promise<GraphRecord[]> {
  const out: GraphRecord[] = [];
  for await (const r of store.readGraph()) out.push(r);
  return out;
}

export async function* replay(records: GraphRecord[]): AsyncIterable<GraphRecord> {
  for (const r of records) yield r;
}

/** Runs an export into memory; also returns how many chunks it was written in (to see it streams). */
export async function collect(run: (out: PassThrough) => Promise<unknown>): Promise<{ text: string; chunks: number }> {
  const out = new PassThrough({ highWaterMark: 256 });
  const parts: Buffer[] = [];
  out.on('data', (d: Buffer) => parts.push(d));
  await run(out);
  out.end();
  await new Promise((resolve) => out.on('end', resolve));
  return { text: Buffer.concat(parts).toString('utf8'), chunks: parts.length };
}

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
}

/** Parses XML strictly (throws on anything not well-formed) into a small element tree. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const stack: XmlElement[] = [{ name: '#root', attributes: {}, text: '', children: [] }];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const el: XmlElement = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      text: '',
      children: [],
    };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('text', (t) => {
    stack[stack.length - 1].text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  return stack[0].children[0];
}

export function findAll(el: XmlElement, name: string): XmlElement[] {
  return [...(el.name === name ? [el] : []), ...el.children.flatMap((c) => findAll(c, name))];
}

/** Reads CSV as RFC 4180 says (quoted fields, "" for a quote, newlines inside quotes); null for empty unquoted. */
export function parseCsv(text: string): Array<Array<string | null>> {
  const rows: Array<Array<string | null>> = [];
  let row: Array<string | null> = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else if (i >= text.length) throw new Error('parseCsv: unterminated quote');
        else value += text[i++];
      }
      row.push(value);
    } else {
      let j = i;
      while (j < text.length && text[j] !== ',' && text[j] !== '\n') j++;
      const raw = text.slice(i, j);
      row.push(raw === '' ? null : raw);
      i = j;
    }
    if (text[i] === ',') i++;
    else if (text[i] === '\n' || i >= text.length) {
      rows.push(row);
      row = [];
      i++;
    } else throw new Error(`parseCsv: unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  return rows;
}
