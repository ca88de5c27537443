// Fragment files: what kg extract writes, kg load reads back; a bad line is reported by number and checked
// (shape, offsets inside the text, evidence equal to the text at its offsets).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readFragmentFiles, writeFragmentLine } from '../../src/ingest/fragments-jsonl.js';
import { extractArticle } from '../../src/pipeline/index.js';

const fragment = extractArticle({
  key: 'k',
  title: 'Talks',
  text: 'Talks\n\nPPP leader Aziz Rahman said the talks had failed. "We will not give up," he said.',
  date: '2025-02-01',
  url: null,
  source: null,
  path: null,
  dateline: null,
});

async function collect(file: string) {
  const out = [];
  for await (const e of readFragmentFiles([file])) out.push(e);
  return out;
}

describe('fragment JSON lines', () => {
  it('reads back exactly what was written', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-frag-'));
    const file = path.join(dir, 'f.jsonl');
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (d: Buffer) => (text += d.toString()));
    writeFragmentLine(stream, fragment);
    fs.writeFileSync(file, text);
    const events = await collect(file);
    expect(events).toEqual([{ kind: 'fragment', fragment }]);
  });

  it('reports a line that is not JSON, one that is not a fragment, and evidence that does not match its offsets', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-frag-'));
    const file = path.join(dir, 'bad.jsonl');
    const tampered = structuredClone(fragment);
    tampered.relationships[0].evidence = 'something else';
    fs.writeFileSync(
      file,
      ['{oops', JSON.stringify({ article: {} }), JSON.stringify(tampered), JSON.stringify(fragment)].join('\n'),
    );
    const events = await collect(file);
    expect(events.map((e) => e.kind)).toEqual(['failed', 'failed', 'failed', 'fragment']);
    expect(events.map((e) => (e.kind === 'failed' ? e.line : null))).toEqual([1, 2, 3, null]);
    expect(events[2].kind === 'failed' && events[2].reason).toMatch(/evidence does not match/);
  });

  it('reports a missing file instead of throwing', async () => {
    const events = await collect('/no/such/file.jsonl');
    expect(events).toHaveLength(1);
    expect(events[0].kind).toBe('failed');
  });
});
