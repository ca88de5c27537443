// The JSON-lines export: APOC shape, our ids, nulls left out, a fixed order, the same bytes every time.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJsonl } from '../../src/export/jsonl.js';
import type { GraphRecord } from '../../src/model/types.js';
import type { EmbeddedStore } from '../../src/store/embedded.js';
import { FIXTURE_FRAGMENTS, articleC, dovic, kerrigan, unity } from '../fixtures/fragments.js';
import { collect, fixtureStore, recordsOf, replay } from './export-helpers.js';

describe('exportJsonl', () => {
  let store: EmbeddedStore;
  let dir: string;
  let records: GraphRecord[];
  beforeAll(async () => {
    ({ store, dir } = await fixtureStore());
    records = await recordsOf(store);
  });
  afterAll(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes one APOC-shaped object a line, nodes first, with our stable ids', async () => {
    const { text } = await collect((out) => exportJsonl(store.readGraph(), out));
    const lines = text.trimEnd().split('\n');
    const objects = lines.map((l) => JSON.parse(l));
    const nodeCount = objects.filter((o) => o.type === 'node').length;
    expect(nodeCount).toBe(16);
    expect(objects.slice(nodeCount).every((o) => o.type === 'relationship')).toBe(true);
    expect(lines).toContain(
      JSON.stringify({
        type: 'node',
        id: dovic.id,
        labels: ['Person'],
        properties: { id: dovic.id, name: 'Amina Dovic', aliases: ['Dovic'], titles: [] },
      }),
    );
    const accusation = objects.find((o) => o.label === 'ACCUSED' && o.start.id === kerrigan.id);
    expect(Object.keys(accusation)).toEqual(['type', 'id', 'label', 'properties', 'start', 'end']);
    expect(accusation.start).toEqual({ id: kerrigan.id, labels: ['Person'] });
    expect(accusation.end).toEqual({ id: unity.id, labels: ['Party'] });
    expect(accusation.properties).toMatchObject({ evidence: 'the Unity Front had rigged the vote', confidence: 0.8 });
    const total = FIXTURE_FRAGMENTS.reduce((n, f) => n + f.relationships.length, 0);
    expect(objects.length - nodeCount).toBe(total);
  });

  it('leaves null properties out', async () => {
    const { text } = await collect((out) => exportJsonl(store.readGraph(), out));
    const articleLine = JSON.parse(text.split('\n').find((l) => l.includes(`"id":"${articleC.article.id}"`))!);
    expect(articleLine.properties).not.toHaveProperty('date');
    expect(articleLine.properties).not.toHaveProperty('url');
    expect(articleLine.properties.text).toBe(articleC.article.text);
    expect(text).not.toContain(':null');
  });

  it('gives the same bytes for the same graph, whoever supplies the records', async () => {
    const first = await collect((out) => exportJsonl(store.readGraph(), out));
    const second = await collect((out) => exportJsonl(replay(records), out));
    expect(second.text).toBe(first.text);
    expect(first.chunks).toBeGreaterThan(1);
  });
});
