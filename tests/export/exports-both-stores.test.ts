// The same graph exports byte-identically from the embedded store and from Neo4j, in every format, also after
// an article was replaced and another deleted (so both stores went through the same history).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportGexf } from '../../src/export/gexf.js';
import { exportGraphml } from '../../src/export/graphml.js';
import { exportJsonl } from '../../src/export/jsonl.js';
import { exportNeo4jAdmin } from '../../src/export/neo4j-admin.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import type { Neo4jStore } from '../../src/store/neo4j.js';
import type { GraphStore } from '../../src/store/types.js';
import { FIXTURE_FRAGMENTS, articleA2, articleC } from '../fixtures/fragments.js';
import { describeNeo4j, openEmptyNeo4jStore } from '../setup/neo4j-env.js';
import { collect } from './export-helpers.js';

describeNeo4j('exports from both stores', (config) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-exports-both-'));
  let embedded: EmbeddedStore;
  let neo4j: Neo4jStore;
  beforeAll(async () => {
    embedded = await EmbeddedStore.open({ dir: path.join(root, 'store') });
    neo4j = await openEmptyNeo4jStore(config);
    for (const store of [embedded, neo4j] as GraphStore[]) {
      await store.writeFragments(FIXTURE_FRAGMENTS);
      await store.writeFragments([articleA2]);
      await store.deleteArticle(articleC.article.id);
    }
  });
  afterAll(async () => {
    await embedded?.close();
    await neo4j?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  for (const [format, run] of [
    ['jsonl', exportJsonl],
    ['graphml', exportGraphml],
    ['gexf', exportGexf],
  ] as const) {
    it(`writes the same ${format} from either store`, async () => {
      const a = await collect((out) => run(embedded.readGraph(), out));
      const b = await collect((out) => run(neo4j.readGraph(), out));
      expect(a.text.length).toBeGreaterThan(1000);
      expect(b.text).toBe(a.text);
    });
  }

  it('writes the same neo4j-admin CSV files from either store', async () => {
    const a = await exportNeo4jAdmin(embedded.readGraph(), path.join(root, 'csv-embedded'));
    const b = await exportNeo4jAdmin(neo4j.readGraph(), path.join(root, 'csv-neo4j'));
    expect(b.files).toEqual(a.files);
    expect(a.files.length).toBeGreaterThan(5);
    for (const f of a.files) {
      expect(fs.readFileSync(path.join(root, 'csv-neo4j', f), 'utf8')).toBe(
        fs.readFileSync(path.join(root, 'csv-embedded', f), 'utf8'),
      );
    }
  });
});
