// Every file in queries/ runs on both stores holding the same fragments, and both answer the same rows
// (ordering aside): the embedded store and Neo4j stay interchangeable for `kg query`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listQueryNames, readNamedQuery } from '../../src/queries/query-files.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import type { Neo4jStore } from '../../src/store/neo4j.js';
import type { GraphStore, Row } from '../../src/store/types.js';
import { FIXTURE_FRAGMENTS } from '../fixtures/fragments.js';
import { describeNeo4j, openEmptyNeo4jStore } from '../setup/neo4j-env.js';
import { QUERY_CASES } from './query-contract.js';

const sorted = (rows: Row[]) => rows.map((r) => JSON.stringify(r)).sort();

describeNeo4j('queries/*.cypher on both stores', (config) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-both-stores-'));
  let embedded: EmbeddedStore;
  let neo4j: Neo4jStore;
  beforeAll(async () => {
    embedded = await EmbeddedStore.open({ dir: path.join(root, 'store') });
    neo4j = await openEmptyNeo4jStore(config);
    await embedded.writeFragments(FIXTURE_FRAGMENTS);
    await neo4j.writeFragments(FIXTURE_FRAGMENTS);
  });
  afterAll(async () => {
    await embedded?.close();
    await neo4j?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const names = listQueryNames();
  it('has queries to compare', () => {
    expect(names.length).toBeGreaterThan(5);
  });

  for (const name of names) {
    // Each query with the parameters of its test cases, and with names that match nothing.
    const params = (QUERY_CASES[name] ?? []).map((c) => c.params);
    it(`${name} returns the same columns and rows from both stores`, async () => {
      expect(params.length).toBeGreaterThan(0);
      const names = Object.entries(params[0]).filter(([, v]) => typeof v === 'string');
      const noMatch = { ...params[0], ...Object.fromEntries(names.map(([k]) => [k, 'nobody-at-all'])) };
      for (const p of names.length > 0 ? [...params, noMatch] : params) {
        const results: Array<{ columns: string[]; rows: Row[] }> = [];
        for (const store of [embedded, neo4j] as GraphStore[]) {
          results.push(await store.query(readNamedQuery(name, store.kind)!.text, p, { readOnly: true }));
        }
        const [a, b] = results;
        expect(b.columns, `${name} ${JSON.stringify(p)}`).toEqual(a.columns);
        expect(sorted(b.rows), `${name} ${JSON.stringify(p)}`).toEqual(sorted(a.rows));
      }
    });
  }
});
