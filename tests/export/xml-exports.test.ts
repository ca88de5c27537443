// The GraphML and GEXF exports: well-formed XML whatever the text holds, every node and edge present, and the
// values read back as written.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGexf } from '../../src/export/gexf.js';
import { exportGraphml } from '../../src/export/graphml.js';
import { xmlAttr, xmlText } from '../../src/export/xml.js';
import type { GraphRecord } from '../../src/model/types.js';
import type { EmbeddedStore } from '../../src/store/embedded.js';
import { HOSTILE, articleC, kerrigan } from '../fixtures/fragments.js';
import { collect, findAll, fixtureStore, parseXml, recordsOf, replay } from './export-helpers.js';

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

const nodeCount = () => records.filter((r) => r.kind === 'node').length;
const edgeCount = () => records.filter((r) => r.kind === 'relationship').length;

describe('exportGraphml', () => {
  it('writes well-formed GraphML with every node and edge and their attributes', async () => {
    const { text } = await collect((out) => exportGraphml(store.readGraph(), out));
    const root = parseXml(text);
    expect(root.name).toBe('graphml');
    const keys = new Map(findAll(root, 'key').map((k) => [k.attributes.id, k.attributes['attr.name']]));
    const nodes = findAll(root, 'node');
    expect(nodes).toHaveLength(nodeCount());
    expect(findAll(root, 'edge')).toHaveLength(edgeCount());
    const valuesOf = (el: (typeof nodes)[number]) =>
      Object.fromEntries(findAll(el, 'data').map((d) => [keys.get(d.attributes.key), d.text]));
    const hostile = nodes.map(valuesOf).find((v) => v.name === HOSTILE.name);
    expect(hostile).toMatchObject({ type: 'Person', aliases: HOSTILE.alias, titles: HOSTILE.title });
    const article = nodes.find((n) => n.attributes.id === articleC.article.id)!;
    expect(valuesOf(article).text).toBe(articleC.article.text);
    const k = nodes.find((n) => n.attributes.id === kerrigan.id)!;
    expect(valuesOf(k)).toMatchObject({ label: 'Tomas Kerrigan', aliases: 'Kerrigan; Tom Kerrigan' });
    expect(findAll(root, 'edge').every((e) => e.attributes.directed === undefined)).toBe(true);
  });
});

describe('exportGexf', () => {
  it('writes well-formed GEXF with every node and edge, labels and attribute values', async () => {
    const { text } = await collect((out) => exportGexf(store.readGraph(), out));
    const root = parseXml(text);
    expect(root.name).toBe('gexf');
    const nodes = findAll(root, 'node');
    expect(nodes).toHaveLength(nodeCount());
    const edges = findAll(root, 'edge');
    expect(edges).toHaveLength(edgeCount());
    const valuesOf = (el: (typeof nodes)[number]) =>
      Object.fromEntries(findAll(el, 'attvalue').map((a) => [a.attributes.for, a.attributes.value]));
    const hostile = nodes.find((n) => n.attributes.label === HOSTILE.name)!;
    expect(valuesOf(hostile)).toMatchObject({ name: HOSTILE.name, aliases: HOSTILE.alias, titles: HOSTILE.title });
    const article = nodes.find((n) => n.attributes.id === articleC.article.id)!;
    expect(valuesOf(article).text).toBe(articleC.article.text);
    expect(edges.every((e) => Number(e.attributes.weight) > 0)).toBe(true);
    expect(edges.filter((e) => e.attributes.label === 'ALLIED_WITH')).toHaveLength(2);
  });

  it('writes an empty graph as valid GEXF', async () => {
    const { text } = await collect((out) => exportGexf(replay([]), out));
    const root = parseXml(text);
    expect(findAll(root, 'nodes')).toHaveLength(1);
    expect(findAll(root, 'edges')).toHaveLength(1);
  });
});

describe('xml escaping', () => {
  it('keeps any text well-formed, control characters and lone surrogates included', () => {
    const nasty = 'a\u0000b\u0007c\uD800d\uDC00e\uFFFF & < > " \' \n\t\r ]]> 🎉';
    const doc = `<r a="${xmlAttr(nasty)}">${xmlText(nasty)}</r>`;
    const root = parseXml(doc);
    expect(root.attributes.a).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD & < > " \' \n\t\r ]]> 🎉');
    expect(root.text).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD & < > " \' \n\t\r ]]> 🎉');
  });
});
