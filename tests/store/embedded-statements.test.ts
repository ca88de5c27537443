// The embedded store's write statements: ids looked up by primary key, and every row's values kept together.
// Both guard traps of LadybugDB 0.19.1 (see embedded-statements.ts): ids taken from list elements were looked up
// by key but came back paired with other rows' values; matched on a list element directly, a table scan.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleId, personId, relationshipId } from '../../src/model/ids.js';
import type { GraphFragment, GraphRelationship, PersonNode } from '../../src/model/types.js';
import { NODE_PROPERTIES, REL_PROPERTIES } from '../../src/model/properties.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { RELATIONSHIP_FILE_COLUMNS } from '../../src/store/embedded-copy.js';
import { ParquetTable } from '../../src/store/parquet-table.js';
import {
  columnParams,
  createRelationshipsStatement,
  loadRelationshipsStatement,
  nodeKeys,
  relationshipKeys,
  updateNodesStatement,
} from '../../src/store/embedded-statements.js';
import { readAll } from './store-contract.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-embedded-statements-'));
let n = 0;
const open = (batchSize?: number, fileRows?: number) =>
  EmbeddedStore.open({ dir: path.join(root, `store-${n++}`), batchSize, fileRows });

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** An invented article naming `people` people, each met once, with a relationship between neighbours. */
function article(k: number, people: number, aliasOf = (i: number) => [`P${i}`]): GraphFragment {
  const names = Array.from({ length: people }, (_, i) => `Vessa Quorin${String.fromCharCode(97 + (i % 26))}${i}`);
  const text = `Council notes ${k}\n\n` + names.map((name) => `${name} met the council.`).join(' ');
  const id = articleId(text);
  const nodes: PersonNode[] = names.map((name, i) => ({
    label: 'Person',
    id: personId(name),
    name,
    aliases: aliasOf(i),
    titles: [],
  }));
  const relationships: GraphRelationship[] = [];
  names.forEach((name, i) => {
    const start = text.indexOf(name);
    const from = { label: 'Person' as const, id: nodes[i].id };
    const rel = (type: GraphRelationship['type'], to: GraphRelationship['to'], end: number, confidence: number) =>
      relationships.push({
        id: relationshipId(type, from, to, id, start, end),
        type,
        from,
        to,
        articleId: id,
        sentence: i,
        start,
        end,
        evidence: text.slice(start, end),
        date: i % 3 === 0 ? null : `2031-01-${String((i % 28) + 1).padStart(2, '0')}`,
        confidence,
        status: null,
        validFrom: null,
        validTo: null,
      });
    rel('MENTIONED_IN', { label: 'Article', id }, start + name.length, 1);
    if (i > 0) rel('MET_WITH', { label: 'Person', id: nodes[i - 1].id }, start + name.length + 4, i % 2 ? 0.75 : 1);
  });
  return {
    article: {
      label: 'Article',
      id,
      key: `notes-${k}.txt`,
      title: `Council notes ${k}`,
      date: null,
      url: null,
      source: null,
      path: `notes-${k}.txt`,
      text,
      messages: [],
    },
    nodes,
    relationships,
  };
}

const byId = <T extends { id: string }>(list: T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('embedded write statements', () => {
  it('look relationship endpoints and updated nodes up by primary key, never by scanning a table', async () => {
    const store = await open();
    try {
      const f = article(0, 3);
      const rels = f.relationships.filter((r) => r.type === 'MET_WITH');
      const file = path.join(root, `rels-${n}.parquet`);
      const table = new ParquetTable(file, RELATIONSHIP_FILE_COLUMNS);
      for (const r of rels) table.add({ ...r, _from: r.from.id, _to: r.to.id });
      table.finish();
      const plans = [
        [loadRelationshipsStatement('MET_WITH', 'Person', 'Person', REL_PROPERTIES, file), {}],
        [
          createRelationshipsStatement('MET_WITH', 'Person', 'Person', REL_PROPERTIES),
          { ...columnParams(REL_PROPERTIES, rels), keys: relationshipKeys(rels) },
        ],
        [
          updateNodesStatement('Person', NODE_PROPERTIES.Person.slice(1)),
          { ...columnParams(NODE_PROPERTIES.Person.slice(1), f.nodes), keys: nodeKeys(f.nodes) },
        ],
      ] as const;
      for (const [cypher, params] of plans) {
        const { rows } = await store.query(`EXPLAIN ${cypher}`, params);
        const plan = String(Object.values(rows[0])[0]);
        expect(plan).toMatch(/QUERY_PRIMARY_KEY_LOOKUP/);
        expect(plan).not.toMatch(/SCAN_NODE_TABLE|CROSS_PRODUCT/);
      }
    } finally {
      await store.close();
    }
  });

  it.each([
    ['as parameters, over many statements', Infinity],
    ['from files', 1],
  ])('writes each relationship between its own endpoints with its own properties, %s', async (_, fileRows) => {
    const store = await open(7, fileRows);
    try {
      const fragments = [article(1, 40), article(2, 25)];
      await store.writeFragments(fragments);
      const got = await readAll(store);
      const expected = fragments.flatMap((f) => f.relationships);
      expect(byId(got.relationships)).toEqual(byId(expected));
      expect(got.relationships.length).toBe(40 * 2 - 1 + 25 * 2 - 1);
    } finally {
      await store.close();
    }
  });

  it('reads each new file again when a prepared file statement runs in a later transaction', async () => {
    // the store prepares a LOAD FROM statement once per file name and rewrites the file for each transaction
    const store = await open(7, 1);
    try {
      const fragments = [article(5, 40), article(6, 3), article(7, 25)];
      for (const f of fragments) await store.writeFragments([f]);
      const got = await readAll(store);
      expect(byId(got.relationships)).toEqual(byId(fragments.flatMap((f) => f.relationships)));
      expect(got.relationships).toHaveLength(40 * 2 - 1 + 3 * 2 - 1 + 25 * 2 - 1);
    } finally {
      await store.close();
    }
  });

  it.each([
    ['as parameters', Infinity],
    ['from files', 1],
  ])('rolls back a failed write and leaves no file behind, %s', async (_, fileRows) => {
    // each write is prepared while the one before runs: a missing endpoint fails MET_WITH after the MENTIONED_IN
    // write that follows it was prepared
    const store = await open(7, fileRows);
    try {
      const broken = article(8, 5);
      const met = broken.relationships.find((r) => r.type === 'MET_WITH')!;
      met.to = { label: 'Person', id: 'person:nobody-at-all' };
      await expect(store.writeFragments([broken])).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      const tempDir = (store as unknown as { tempDir: string | null }).tempDir;
      if (tempDir) expect(fs.readdirSync(tempDir)).toEqual([]);
      expect((await readAll(store)).relationships).toEqual([]);
      const good = article(9, 5);
      await store.writeFragments([good]);
      expect(byId((await readAll(store)).relationships)).toEqual(byId(good.relationships));
    } finally {
      await store.close();
    }
  });

  it('gives each stored entity met again its own new aliases, over many statements', async () => {
    const store = await open(4);
    try {
      await store.writeFragments([article(3, 30)]);
      // the same people in another article, each with a second alias of their own
      await store.writeFragments([article(4, 30, (i) => [`P${i}`, `Q${i * 7}`])]);
      const people = (await readAll(store)).nodes.filter((x): x is PersonNode => x.label === 'Person');
      expect(people).toHaveLength(30);
      for (const p of people) {
        const i = Number(/(\d+)$/.exec(p.name)![1]);
        expect(p.aliases).toEqual([`P${i}`, `Q${i * 7}`]);
      }
    } finally {
      await store.close();
    }
  });
});
