// The embedded store's bulk path (Parquet files and COPY FROM into an empty store): the same graph as the
// transactions path, bad fragments failing alone, repeated and replaced articles, and only on an empty store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors.js';
import { ingest, type IngestOptions } from '../../src/ingest/ingest.js';
import { EMPTY_LEXICON } from '../../src/lexicon/user-lexicon.js';
import type { GraphFragment, GraphRecord } from '../../src/model/types.js';
import { readArticles } from '../../src/read/index.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { syntheticFragments } from '../../src/bench/synthetic-graph.js';
import { FIXTURE_FRAGMENTS, articleA, articleA2, articleB } from '../fixtures/fragments.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bulk-'));
let n = 0;
const fresh = () => EmbeddedStore.open({ dir: path.join(root, `store-${n++}`) });
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const options = (bulk: boolean, extra: Partial<IngestOptions> = {}): IngestOptions => ({
  jobs: 1,
  lexicon: EMPTY_LEXICON,
  articlesPerTransaction: 2,
  bulk,
  ...extra,
});

async function* fragments(list: GraphFragment[]) {
  for (const f of list) yield { kind: 'fragment' as const, fragment: structuredClone(f) };
}

async function graphOf(store: EmbeddedStore): Promise<GraphRecord[]> {
  const out: GraphRecord[] = [];
  for await (const r of store.readGraph()) out.push(r);
  return out;
}

/** Ingests with and without the bulk path into fresh stores; returns both graphs and reports. */
async function bothWays(source: () => Parameters<typeof ingest>[0], extra: Partial<IngestOptions> = {}) {
  const out = [];
  for (const bulk of [false, true]) {
    const store = await fresh();
    try {
      const report = await ingest(source(), store, options(bulk, extra));
      out.push({ report, graph: await graphOf(store) });
    } finally {
      await store.close();
    }
  }
  return { tx: out[0], bulk: out[1] };
}

describe('the bulk path of kg ingest (embedded store)', () => {
  it('writes the same graph as transactions for the example articles, extraction included', async () => {
    const examples = fileURLToPathOf('../../examples/articles/');
    const { tx, bulk } = await bothWays(() => readArticles([examples], { maxArticleChars: 1_000_000 }));
    expect(bulk.report.bulk).toBe(true);
    expect(tx.report.bulk).toBe(false);
    expect(bulk.report.written).toBe(tx.report.written);
    expect(bulk.report.relationships).toBe(tx.report.relationships);
    expect(bulk.graph.length).toBeGreaterThan(50);
    expect(bulk.graph).toEqual(tx.graph);
  });

  it('keeps quotes, line breaks, empty strings and nulls as the transactions path does', async () => {
    const { tx, bulk } = await bothWays(() => fragments(FIXTURE_FRAGMENTS));
    expect(bulk.graph).toEqual(tx.graph);
  });

  it('counts a repeated article as unchanged and lets a new text of a key replace the old one', async () => {
    const list = [articleA, articleB, articleA, articleA2];
    const { tx, bulk } = await bothWays(() => fragments(list));
    expect(bulk.report).toMatchObject({ written: 2, replaced: 1, unchanged: 1 });
    // (the transactions path also counts the repeat dropped inside its batch as replaced)
    expect(tx.report.written).toBe(2);
    expect(bulk.graph).toEqual(tx.graph);
  });

  it('fails a fragment whose relationship points nowhere, alone, and loads the others', async () => {
    const bad = structuredClone(articleB);
    const rel = bad.relationships.find((r) => r.to.label === 'Person' || r.to.label === 'Party')!;
    rel.to = { label: rel.to.label, id: 'person:nobody-at-all' };
    const store = await fresh();
    try {
      const report = await ingest(fragments([articleA, bad, FIXTURE_FRAGMENTS[2]]), store, options(true));
      expect(report.failed).toHaveLength(1);
      expect(report.failed[0].reason).toMatch(/nobody-at-all/);
      expect(report.written).toBe(2);
      expect((await store.stats()).articles).toBe(2);
    } finally {
      await store.close();
    }
  });

  it('writes in transactions, with a note, when the store is not empty', async () => {
    const store = await fresh();
    const notes: string[] = [];
    try {
      await store.writeFragments([structuredClone(articleA)]);
      expect(await store.startBulkLoad()).toBeNull();
      const report = await ingest(fragments([articleB]), store, options(true, { onNote: (m) => notes.push(m) }));
      expect(report.bulk).toBe(false);
      expect(report.written).toBe(1);
      expect(notes).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it('refuses a fragment without a text, and any fragment once finished', async () => {
    const store = await fresh();
    try {
      const load = (await store.startBulkLoad())!;
      const bad = { ...articleB, article: { ...articleB.article, text: 7 } } as unknown as GraphFragment;
      expect(() => load.add(bad)).toThrow(InvalidInputError);
      expect(load.add(structuredClone(articleA))).toBe('added');
      expect(await load.finish()).toMatchObject({ written: 1 });
      expect(() => load.add(structuredClone(articleB))).toThrow();
    } finally {
      await store.close();
    }
  });
});

describe('large batches in one transaction', () => {
  const graphA = syntheticFragments(600);

  it('write the same graph as small batches of UNWIND statements', async () => {
    const big = await fresh();
    const small = await fresh();
    try {
      const r = await big.writeFragments(structuredClone(graphA));
      expect(r.relationships).toBe(1800);
      for (const f of graphA) await small.writeFragments([structuredClone(f)]);
      expect(await graphOf(big)).toEqual(await graphOf(small));
    } finally {
      await big.close();
      await small.close();
    }
  });

  it('leave nothing behind when one article of the batch points at a node that does not exist', async () => {
    const store = await fresh();
    try {
      const batch = structuredClone(graphA);
      batch[3].relationships[0].to = { label: batch[3].relationships[0].to.label, id: 'person:nobody-at-all' };
      await expect(store.writeFragments(batch)).rejects.toBeInstanceOf(InvalidInputError);
      expect((await store.stats()).articles).toBe(0);
      expect(await graphOf(store)).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

function fileURLToPathOf(relative: string): string {
  return new URL(relative, import.meta.url).pathname;
}
