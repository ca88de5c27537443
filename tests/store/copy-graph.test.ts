// copyGraph moves a whole graph between stores through the GraphStore interface: embedded to Neo4j and back,
// folder to folder, into a store that already holds some of the articles, and again without writing anything.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { GraphRecord } from '../../src/model/types.js';
import { copyGraph } from '../../src/store/copy-graph.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import type { GraphStore } from '../../src/store/types.js';
import { FIXTURE_FRAGMENTS, articleA2, articleB } from '../fixtures/fragments.js';
import { describeNeo4j, openEmptyNeo4jStore } from '../setup/neo4j-env.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-copy-'));
let n = 0;
const open: GraphStore[] = [];
const embedded = async () => {
  const store = await EmbeddedStore.open({ dir: path.join(root, `store-${n++}`) });
  open.push(store);
  return store;
};

async function records(store: GraphStore): Promise<GraphRecord[]> {
  const out: GraphRecord[] = [];
  for await (const r of store.readGraph()) out.push(r);
  return out;
}

/** Records with entity name lists sorted: the order of merged names follows the order articles arrived in. */
const unordered = (rs: GraphRecord[]) =>
  rs.map((r) => {
    if (r.kind !== 'node') return r;
    const node = r.node;
    if (node.label === 'Person')
      return { ...r, node: { ...node, aliases: [...node.aliases].sort(), titles: [...node.titles].sort() } };
    if (node.label === 'Party') return { ...r, node: { ...node, aliases: [...node.aliases].sort() } };
    return r;
  });

/** A source that went through a replacement, so its entities carry merged aliases. */
async function filled(store: GraphStore): Promise<GraphStore> {
  await store.writeFragments(FIXTURE_FRAGMENTS);
  await store.writeFragments([articleA2]);
  return store;
}

afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('copyGraph between two embedded stores', () => {
  it('copies every node and relationship, in batches of one article as in one batch', async () => {
    const source = await filled(await embedded());
    for (const articlesPerBatch of [1, 200]) {
      const target = await embedded();
      const batches: number[] = [];
      const report = await copyGraph(source, target, { articlesPerBatch, onBatch: (r) => batches.push(r.articles) });
      expect(report).toMatchObject({ articles: 3, written: 3, unchanged: 0, skippedEntities: 0, skippedFacts: 0 });
      expect(batches).toEqual(articlesPerBatch === 1 ? [1, 2, 3] : [3]);
      expect(await records(target)).toEqual(await records(source));
    }
  });

  it('writes nothing when run again, and merges into a store that already holds some articles', async () => {
    const source = await embedded();
    await source.writeFragments(FIXTURE_FRAGMENTS);
    const target = await embedded();
    await target.writeFragments([articleB]);
    const first = await copyGraph(source, target);
    expect(first).toMatchObject({ articles: 3, written: 2, unchanged: 1 });
    expect(unordered(await records(target))).toEqual(unordered(await records(source)));
    const again = await copyGraph(source, target);
    expect(again).toMatchObject({ articles: 3, written: 0, unchanged: 3, nodes: 0, relationships: 0 });
  });

  it('copies an empty store as an empty store', async () => {
    const report = await copyGraph(await embedded(), await embedded());
    expect(report).toMatchObject({ articles: 0, written: 0, nodes: 0, relationships: 0 });
  });
});

describeNeo4j('copyGraph between the embedded store and Neo4j', (config) => {
  it('moves an embedded graph into Neo4j and back, identical each way', async () => {
    const source = await filled(await embedded());
    const neo4j = await openEmptyNeo4jStore(config);
    open.push(neo4j);
    const there = await copyGraph(source, neo4j, { articlesPerBatch: 2 });
    expect(there).toMatchObject({ articles: 3, written: 3, skippedEntities: 0, skippedFacts: 0 });
    const expected = await records(source);
    expect(await records(neo4j)).toEqual(expected);
    const back = await embedded();
    const report = await copyGraph(neo4j, back);
    expect(report).toMatchObject({ articles: 3, written: 3 });
    expect(await records(back)).toEqual(expected);
  });
});
