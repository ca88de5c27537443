// The contract every GraphStore keeps, run against each implementation (embedded LadybugDB, Neo4j):
// `storeContract(name, create)` where `create` returns a fresh, empty, open store for each test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { partyId, personId } from '../../src/model/ids.js';
import type { GraphFragment, GraphNode, GraphRecord, GraphRelationship } from '../../src/model/types.js';
import type { GraphStore } from '../../src/store/types.js';
import {
  FIXTURE_FRAGMENTS,
  HOSTILE,
  articleA,
  articleA2,
  articleB,
  articleC,
  buildFragment,
  dovic,
  ghp,
  kerrigan,
  penhallow,
  person,
  prm,
  unity,
} from '../fixtures/fragments.js';

export interface StoreContractOptions {
  /** Extra time for slow stores (a remote Neo4j). */
  timeout?: number;
}

export interface GraphDump {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

export async function readAll(store: GraphStore): Promise<GraphDump> {
  const records: GraphRecord[] = [];
  for await (const r of store.readGraph()) records.push(r);
  const firstRel = records.findIndex((r) => r.kind === 'relationship');
  if (firstRel >= 0) expect(records.slice(firstRel).every((r) => r.kind === 'relationship')).toBe(true);
  return {
    nodes: records.flatMap((r) => (r.kind === 'node' ? [r.node] : [])),
    relationships: records.flatMap((r) => (r.kind === 'relationship' ? [r.relationship] : [])),
  };
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const nodeOf = (g: GraphDump, id: string) => g.nodes.find((n) => n.id === id);
const relsOf = (g: GraphDump, articleId: string) => g.relationships.filter((r) => r.articleId === articleId);

export function storeContract(
  name: string,
  create: () => Promise<GraphStore>,
  options: StoreContractOptions = {},
): void {
  describe(`GraphStore contract: ${name}`, { timeout: options.timeout ?? 60_000 }, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await create();
    });
    afterEach(async () => {
      await store?.close();
    });

    it('initialises its schema twice without complaint and starts empty', async () => {
      await store.init();
      await store.init();
      const stats = await store.stats();
      expect(stats.articles).toBe(0);
      expect(Object.values(stats.nodes).every((n) => n === 0)).toBe(true);
      expect(Object.values(stats.relationships).every((n) => n === 0)).toBe(true);
      expect(stats.messages).toEqual({});
      expect((await readAll(store)).nodes).toEqual([]);
    });

    it('reads back every article, claim and relationship exactly as written', async () => {
      const report = await store.writeFragments(FIXTURE_FRAGMENTS);
      expect(report).toMatchObject({ written: 3, unchanged: 0, replaced: 0 });
      const total = FIXTURE_FRAGMENTS.reduce((n, f) => n + f.relationships.length, 0);
      expect(report.relationships).toBe(total);
      const g = await readAll(store);
      for (const f of FIXTURE_FRAGMENTS) {
        expect(nodeOf(g, f.article.id)).toEqual(f.article);
        for (const claim of f.nodes.filter((n) => n.label === 'Claim')) expect(nodeOf(g, claim.id)).toEqual(claim);
        const expected = [...f.relationships].sort((a, b) => byCodePoint(a.id, b.id));
        const got = relsOf(g, f.article.id).sort((a, b) => byCodePoint(a.id, b.id));
        expect(got).toEqual(expected);
      }
      expect(g.relationships).toHaveLength(total);
    });

    it('keeps provenance offsets so that evidence is the article text between start and end', async () => {
      await store.writeFragments(FIXTURE_FRAGMENTS);
      const g = await readAll(store);
      const texts = new Map(g.nodes.flatMap((n) => (n.label === 'Article' ? [[n.id, n.text] as const] : [])));
      expect(g.relationships.length).toBeGreaterThan(0);
      for (const r of g.relationships) {
        expect(Number.isInteger(r.start) && Number.isInteger(r.end) && Number.isInteger(r.sentence)).toBe(true);
        expect(r.evidence).toBe(texts.get(r.articleId)!.slice(r.start, r.end));
      }
    });

    it('stores integer and fractional confidences side by side without changing them', async () => {
      await store.writeFragments([articleA]);
      const g = await readAll(store);
      const confidences = new Map(g.relationships.map((r) => [r.id, r.confidence]));
      for (const r of articleA.relationships) expect(confidences.get(r.id)).toBe(r.confidence);
      expect(new Set(articleA.relationships.map((r) => r.confidence))).toEqual(new Set([1, 0.9, 0.8, 0.75, 0.7]));
    });

    it('returns nodes by label then id and relationships by type then id', async () => {
      await store.writeFragments(FIXTURE_FRAGMENTS);
      const g = await readAll(store);
      const nodeKeys = g.nodes.map((n) => [n.label, n.id] as const);
      const sortedNodes = [...nodeKeys].sort((a, b) => byCodePoint(a[0], b[0]) || byCodePoint(a[1], b[1]));
      expect(nodeKeys).toEqual(sortedNodes);
      const relKeys = g.relationships.map((r) => [r.type, r.id] as const);
      const sortedRels = [...relKeys].sort((a, b) => byCodePoint(a[0], b[0]) || byCodePoint(a[1], b[1]));
      expect(relKeys).toEqual(sortedRels);
      expect(new Set(g.nodes.map((n) => n.label))).toEqual(new Set(['Article', 'Claim', 'Event', 'Party', 'Person']));
    });

    it('lets a reader of the whole graph stop early and goes on serving calls', async () => {
      await store.writeFragments(FIXTURE_FRAGMENTS);
      let seen = 0;
      for await (const record of store.readGraph()) {
        expect(record.kind).toBe('node');
        if (++seen === 2) break;
      }
      expect((await store.stats()).articles).toBe(3);
      expect((await readAll(store)).nodes).toHaveLength(16);
    });

    it('serves calls made at the same time', async () => {
      const [a, b, , c] = await Promise.all([
        store.writeFragments([articleA]),
        store.writeFragments([articleB]),
        store.query('MATCH (p:Person) RETURN count(p) AS n'),
        store.writeFragments([articleC]),
      ]);
      expect([a.written, b.written, c.written]).toEqual([1, 1, 1]);
      const g = await readAll(store);
      expect(g.relationships).toHaveLength(FIXTURE_FRAGMENTS.reduce((n, f) => n + f.relationships.length, 0));
    });

    it('reports an article written twice as unchanged and writes nothing again', async () => {
      await store.writeFragments(FIXTURE_FRAGMENTS);
      const before = await readAll(store);
      const statsBefore = await store.stats();
      const again = await store.writeFragments(FIXTURE_FRAGMENTS);
      expect(again).toEqual({ written: 0, unchanged: 3, replaced: 0, nodes: 0, relationships: 0 });
      expect(await store.stats()).toEqual(statsBefore);
      expect(await readAll(store)).toEqual(before);
    });

    it('writes an article repeated inside one batch once', async () => {
      const report = await store.writeFragments([articleA, articleA]);
      expect(report).toMatchObject({ written: 1, unchanged: 1, replaced: 0 });
      expect((await store.stats()).articles).toBe(1);
    });

    it('merges aliases and titles of an entity met in two articles and keeps the first name', async () => {
      await store.writeFragments([articleA]);
      await store.writeFragments([articleB]);
      const g = await readAll(store);
      expect(nodeOf(g, kerrigan.id)).toEqual({
        label: 'Person',
        id: personId('Tomas Kerrigan'),
        name: 'Tomas Kerrigan',
        aliases: ['Kerrigan', 'Tom Kerrigan'],
        titles: ['party leader', 'former mayor'],
      });
      expect(nodeOf(g, prm.id)).toEqual({
        label: 'Party',
        id: partyId("People's Reform Movement"),
        name: "People's Reform Movement",
        acronym: 'PRM',
        aliases: ['Reform Movement', 'the Reformists'],
        kind: 'party',
      });
      const names = await store.entityNames();
      const kerriganNames = names.find((e) => e.id === kerrigan.id);
      expect(kerriganNames).toEqual({
        label: 'Person',
        id: kerrigan.id,
        names: ['Tomas Kerrigan', 'Kerrigan', 'Tom Kerrigan'],
      });
      expect(names.find((e) => e.id === ghp.id)?.names).toEqual(['Green Harbour Party', 'GHP']);
    });

    it('merges an entity met twice in one batch like one met in two batches', async () => {
      await store.writeFragments([articleA, articleB]);
      const g = await readAll(store);
      expect(nodeOf(g, kerrigan.id)).toMatchObject({ aliases: ['Kerrigan', 'Tom Kerrigan'] });
    });

    it("replaces a changed article's facts and leaves another article's facts on the same entities", async () => {
      await store.writeFragments([articleA, articleB]);
      const report = await store.writeFragments([articleA2]);
      expect(report).toMatchObject({ written: 0, unchanged: 0, replaced: 1 });
      const g = await readAll(store);
      expect(nodeOf(g, articleA.article.id)).toBeUndefined();
      expect(nodeOf(g, articleA2.article.id)).toEqual(articleA2.article);
      expect(relsOf(g, articleA.article.id)).toEqual([]);
      expect(g.nodes.filter((n) => n.label === 'Claim' && n.articleId === articleA.article.id)).toEqual([]);
      // Dovic was only in the old text: gone with her facts. B's facts about the same parties stay.
      expect(nodeOf(g, dovic.id)).toBeUndefined();
      expect(relsOf(g, articleB.article.id).sort((a, b) => byCodePoint(a.id, b.id))).toEqual(
        [...articleB.relationships].sort((a, b) => byCodePoint(a.id, b.id)),
      );
      expect(relsOf(g, articleA2.article.id)).toHaveLength(articleA2.relationships.length);
      const alliances = g.relationships.filter((r) => r.type === 'ALLIED_WITH');
      expect(alliances.map((r) => r.articleId)).toEqual([articleB.article.id]);
      expect(nodeOf(g, kerrigan.id)).toBeDefined();
      expect(nodeOf(g, prm.id)).toBeDefined();
      expect(await store.findArticles([], [articleA.article.key])).toEqual([
        { id: articleA2.article.id, key: articleA2.article.key },
      ]);
    });

    it('keeps the last text of a key when one batch holds two', async () => {
      const report = await store.writeFragments([articleA, articleA2]);
      expect(report).toMatchObject({ written: 1, replaced: 1 });
      expect(await store.findArticles([articleA.article.id, articleA2.article.id], [])).toEqual([
        { id: articleA2.article.id, key: articleA2.article.key },
      ]);
    });

    it('deletes an article with its claims, its relationships and the entities no other article mentions', async () => {
      await store.writeFragments([articleA, articleB]);
      expect(await store.deleteArticle(articleB.article.id)).toBe(true);
      const g = await readAll(store);
      expect(nodeOf(g, articleB.article.id)).toBeUndefined();
      expect(relsOf(g, articleB.article.id)).toEqual([]);
      expect(g.nodes.some((n) => n.label === 'Claim' && n.articleId === articleB.article.id)).toBe(false);
      expect(nodeOf(g, penhallow.id)).toBeUndefined();
      expect(nodeOf(g, unity.id)).toBeDefined();
      expect(relsOf(g, articleA.article.id)).toHaveLength(articleA.relationships.length);
      expect(await store.deleteArticle(articleB.article.id)).toBe(false);
      expect(await store.deleteArticle('article:none')).toBe(false);
    });

    it('finds stored articles by id or key', async () => {
      await store.writeFragments([articleA, articleB]);
      const found = await store.findArticles([articleA.article.id, 'article:none'], [articleB.article.key, 'no-key']);
      expect(found.sort((a, b) => byCodePoint(a.id, b.id))).toEqual(
        [
          { id: articleA.article.id, key: articleA.article.key },
          { id: articleB.article.id, key: articleB.article.key },
        ].sort((a, b) => byCodePoint(a.id, b.id)),
      );
      expect(await store.findArticles([], [])).toEqual([]);
    });

    it('counts nodes per label, relationships per type and messages per origin', async () => {
      await store.writeFragments(FIXTURE_FRAGMENTS);
      const stats = await store.stats();
      expect(stats.articles).toBe(3);
      expect(stats.nodes).toMatchObject({ Article: 3, Person: 4, Party: 4, Event: 1, Claim: 4 });
      expect(stats.relationships).toMatchObject({
        SAID: 4,
        ACCUSED: 3,
        ALLIED_WITH: 2,
        MEMBER_OF: 4,
        OPPOSED: 1,
        MET_WITH: 1,
        PARTICIPATED_IN: 2,
        ABOUT: 2,
        MENTIONED_IN: 17,
      });
      expect(stats.messages).toEqual({ 'find-claims': 2, 'resolve-entities': 1, extract: 1 });
    });

    it('rolls back a whole batch when one relationship points at a node nobody has', async () => {
      await store.writeFragments([articleA]);
      const before = await readAll(store);
      const ghost = person('Nobody Anywhere');
      const broken = buildFragment({
        key: 'fixtures/broken.txt',
        title: 'A broken fragment',
        date: null,
        body: 'Lars Penhallow met Nobody Anywhere.',
        entities: [penhallow],
        rels: [{ type: 'MET_WITH', from: penhallow, to: ghost, evidence: 'Lars Penhallow met Nobody Anywhere' }],
      });
      await expect(store.writeFragments([articleB, broken])).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      expect(await readAll(store)).toEqual(before);
    });

    it('links a relationship to an entity an earlier batch stored and the fragment does not carry', async () => {
      await store.writeFragments([articleA]);
      const linked = buildFragment({
        key: 'fixtures/linked.txt',
        title: 'Penhallow meets Kerrigan',
        date: null,
        body: 'Lars Penhallow met Tomas Kerrigan.',
        entities: [penhallow],
        rels: [{ type: 'MET_WITH', from: penhallow, to: kerrigan, evidence: 'Lars Penhallow met Tomas Kerrigan' }],
      });
      expect(linked.nodes.some((n) => n.id === kerrigan.id)).toBe(false);
      const report = await store.writeFragments([linked]);
      expect(report.relationships).toBe(linked.relationships.length);
      const met = (await readAll(store)).relationships.filter((r) => r.articleId === linked.article.id);
      expect(met.find((r) => r.type === 'MET_WITH')).toMatchObject({
        from: { label: 'Person', id: penhallow.id },
        to: { label: 'Person', id: kerrigan.id },
      });
    });

    it('refuses a relationship between labels the model does not allow, before writing anything', async () => {
      const bad: GraphFragment = structuredClone(articleA);
      bad.relationships[0] = { ...bad.relationships[0], type: 'ALLIED_WITH' };
      bad.relationships[0].from = { label: 'Person', id: kerrigan.id };
      await expect(store.writeFragments([articleB, bad])).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      expect((await store.stats()).articles).toBe(0);
    });

    it('runs parameterised queries and returns plain values', async () => {
      await store.writeFragments(FIXTURE_FRAGMENTS);
      const res = await store.query(
        'MATCH (p:Person)-[m:MEMBER_OF]->(q:Party) WHERE q.acronym = $acr RETURN p.name AS name, m.sentence AS sentence, ' +
          'm.confidence AS confidence ORDER BY name',
        { acr: 'UF' },
      );
      expect(res.columns).toEqual(['name', 'sentence', 'confidence']);
      expect(res.rows).toEqual([{ name: 'Amina Dovic', sentence: 4, confidence: 1 }]);
      const counted = await store.query('MATCH (p:Person) RETURN count(p) AS n');
      expect(counted.rows).toEqual([{ n: 4 }]);
      const node = await store.query('MATCH (p:Person {id: $id}) RETURN p', { id: dovic.id });
      expect(node.rows[0].p).toEqual({ id: dovic.id, name: 'Amina Dovic', aliases: ['Dovic'], titles: [] });
      const rel = await store.query('MATCH (:Person {id: $id})-[r:MEMBER_OF]->(:Party) RETURN r', { id: dovic.id });
      const expected = articleA.relationships.find((r) => r.type === 'MEMBER_OF' && r.from.id === dovic.id)!;
      expect(rel.rows[0].r).toMatchObject({
        _type: 'MEMBER_OF',
        id: expected.id,
        start: expected.start,
        end: expected.end,
      });
      expect(Object.keys(rel.rows[0].r as object).filter((k) => k.startsWith('_'))).toEqual(['_type']);
    });

    it('refuses a writing query when asked for read-only, and leaves the graph as it was', async () => {
      await store.writeFragments([articleA]);
      await expect(store.query('MATCH (n:Person) DETACH DELETE n', {}, { readOnly: true })).rejects.toMatchObject({
        code: 'QUERY_FAILED',
      });
      await expect(
        store.query("CREATE (p:Person {id: 'person:x', name: 'X'})", {}, { readOnly: true }),
      ).rejects.toMatchObject({ code: 'QUERY_FAILED' });
      expect((await store.stats()).nodes.Person).toBe(2);
      const ok = await store.query('MATCH (n:Person) RETURN n.name AS name ORDER BY name', {}, { readOnly: true });
      expect(ok.rows).toEqual([{ name: 'Amina Dovic' }, { name: 'Tomas Kerrigan' }]);
    });

    it('reports a query the store cannot parse as a QueryError', async () => {
      await expect(store.query('MATCH (n:Person RETURN n')).rejects.toMatchObject({ code: 'QUERY_FAILED' });
    });

    it('stores strings full of Cypher syntax, quotes, newlines and emoji as data', async () => {
      await store.writeFragments(FIXTURE_FRAGMENTS);
      const g = await readAll(store);
      expect(nodeOf(g, articleC.article.id)).toEqual(articleC.article);
      const hostile = g.nodes.find((n) => n.label === 'Person' && n.name === HOSTILE.name);
      expect(hostile).toMatchObject({ aliases: [HOSTILE.alias], titles: [HOSTILE.title] });
      expect(g.nodes.find((n) => n.label === 'Party' && n.name === HOSTILE.party)).toBeDefined();
      expect((await store.stats()).nodes.Person).toBe(4);
      const found = await store.query('MATCH (p:Person) WHERE p.name = $name RETURN p.aliases AS aliases', {
        name: HOSTILE.name,
      });
      expect(found.rows).toEqual([{ aliases: [HOSTILE.alias] }]);
      const claim = await store.query('MATCH (c:Claim) WHERE c.text = $t RETURN c.text AS text', { t: HOSTILE.title });
      expect(claim.rows).toEqual([{ text: HOSTILE.title }]);
      expect(await store.deleteArticle(articleC.article.id)).toBe(true);
      const after = await store.stats();
      expect(after.nodes).toMatchObject({ Article: 2, Person: 3, Party: 3 });
    });

    it('flushes without losing or changing data', async () => {
      await store.writeFragments([articleA]);
      const before = await readAll(store);
      await store.flush();
      await store.flush();
      expect(await readAll(store)).toEqual(before);
    });
  });
}
