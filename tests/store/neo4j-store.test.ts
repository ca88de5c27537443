// What the Neo4j store does beyond the shared contract: its schema, the value types it stores, conversion of
// driver values at the boundary, integer parameters, read-only sessions, routing URIs, paging and batching.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { GraphRecord } from '../../src/model/types.js';
import { neo4jSchema } from '../../src/store/neo4j-schema.js';
import { Neo4jStore, openNeo4jStore } from '../../src/store/neo4j.js';
import { FIXTURE_FRAGMENTS, articleA, articleB, dovic, kerrigan, unity } from '../fixtures/fragments.js';

const kerriganId = kerrigan.id;
import { describeNeo4j, openEmptyNeo4jStore } from '../setup/neo4j-env.js';

async function records(store: { readGraph(): AsyncIterable<GraphRecord> }): Promise<GraphRecord[]> {
  const out: GraphRecord[] = [];
  for await (const r of store.readGraph()) out.push(r);
  return out;
}

describeNeo4j('Neo4jStore on a real Neo4j', (config) => {
  let store: Neo4jStore;
  beforeEach(async () => {
    store = await openEmptyNeo4jStore(config);
  });
  afterEach(async () => {
    await store?.close();
  });

  it('creates a uniqueness constraint on the id of every label and relationship type, and name indexes', async () => {
    const constraints = await store.query('SHOW CONSTRAINTS YIELD name, type RETURN name, type');
    const unique = constraints.rows.filter((r) => String(r.type).includes('UNIQUENESS')).map((r) => r.name);
    for (const name of ['kg_article_id', 'kg_person_id', 'kg_party_id', 'kg_event_id', 'kg_claim_id'])
      expect(unique).toContain(name);
    for (const name of ['kg_said_id', 'kg_mentioned_in_id', 'kg_allied_with_id']) expect(unique).toContain(name);
    const indexes = await store.query('SHOW INDEXES YIELD name, state RETURN name, state');
    const names = new Map(indexes.rows.map((r) => [r.name, r.state]));
    for (const name of ['kg_article_key', 'kg_person_name', 'kg_party_acronym', 'kg_entity_names', 'kg_said_article'])
      expect(names.get(name)).toBe('ONLINE');
  });

  it('creates its schema on first use, also when two stores open a fresh database at once', async () => {
    for (const { name } of neo4jSchema()) {
      const kind = name.endsWith('_id') ? 'CONSTRAINT' : 'INDEX';
      await store.query(`DROP ${kind} ${name} IF EXISTS`);
    }
    const names = async () =>
      (await store.query('SHOW INDEXES YIELD name RETURN name')).rows
        .map((r) => String(r.name))
        .filter((n) => n.startsWith('kg_'));
    expect(await names()).toEqual([]);
    const both = await Promise.all([0, 1].map(() => openNeo4jStore({ neo4j: config, batchSize: 1000 })));
    for (const s of both) await s.close();
    expect((await names()).sort()).toEqual(
      neo4jSchema()
        .map((i) => i.name)
        .sort(),
    );
  });

  it('merges names written by two stores at the same time, and writes an article both send once', async () => {
    const other = await openNeo4jStore({ neo4j: config, batchSize: 1000 });
    try {
      for (let round = 0; round < 3; round++) {
        await store.query('MATCH (n) DETACH DELETE n');
        const [a, b, again] = await Promise.all([
          store.writeFragments([articleA]),
          other.writeFragments([articleB]),
          other.writeFragments([articleA]),
        ]);
        expect(a.written + again.written).toBe(1);
        expect(a.unchanged + again.unchanged).toBe(1);
        expect(b.written).toBe(1);
        const kerrigan = await store.query('MATCH (p:Person {id: $id}) RETURN p.aliases AS aliases', {
          id: kerriganId,
        });
        expect([...(kerrigan.rows[0].aliases as string[])].sort()).toEqual(['Kerrigan', 'Tom Kerrigan']);
        const stats = await store.stats();
        expect(stats.relationships.MENTIONED_IN).toBe(
          [articleA, articleB].flatMap((f) => f.relationships).filter((r) => r.type === 'MENTIONED_IN').length,
        );
      }
    } finally {
      await other.close();
    }
  });

  it('finds entities by alias through the full-text index', async () => {
    await store.writeFragments(FIXTURE_FRAGMENTS);
    const res = await store.query(
      'CALL db.index.fulltext.queryNodes("kg_entity_names", $q) YIELD node RETURN node.id AS id',
      { q: '"Dovic"' },
    );
    expect(res.rows.map((r) => r.id)).toContain(dovic.id);
  });

  it('stores offsets as integers, confidences as floats, and leaves null properties out', async () => {
    await store.writeFragments([articleA]);
    const types = await store.query(
      'MATCH ()-[r]->() RETURN DISTINCT valueType(r.start) AS start, valueType(r.sentence) AS sentence, ' +
        'valueType(r.confidence) AS confidence',
    );
    expect(types.rows).toEqual([
      { start: 'INTEGER NOT NULL', sentence: 'INTEGER NOT NULL', confidence: 'FLOAT NOT NULL' },
    ]);
    const article = await store.query('MATCH (a:Article {id: $id}) RETURN keys(a) AS keys', {
      id: articleA.article.id,
    });
    const nulls = Object.entries(articleA.article)
      .filter(([, v]) => v === null)
      .map(([k]) => k);
    expect(nulls.length).toBeGreaterThan(0);
    for (const k of nulls) expect(article.rows[0].keys).not.toContain(k);
  });

  it('converts temporal values, large integers, maps, nodes, relationships and paths to plain values', async () => {
    await store.writeFragments([articleA]);
    const res = await store.query(
      "RETURN date('2024-03-01') AS d, datetime('2024-03-01T10:15:00Z') AS dt, duration('P1DT2H') AS du, " +
        '9007199254740993 AS big, 42 AS small, 2.5 AS half, {a: [1, 2.5], b: null} AS m, null AS nothing',
    );
    expect(res.rows).toEqual([
      {
        d: '2024-03-01',
        dt: '2024-03-01T10:15:00Z',
        du: 'P1DT2H',
        big: '9007199254740993',
        small: 42,
        half: 2.5,
        m: { a: [1, 2.5], b: null },
        nothing: null,
      },
    ]);
    const path = await store.query(
      'MATCH p = (:Person {id: $id})-[:MEMBER_OF]->(:Party) RETURN p, nodes(p)[1] AS party',
      { id: dovic.id },
    );
    const p = path.rows[0].p as {
      nodes: Array<Record<string, unknown>>;
      relationships: Array<Record<string, unknown>>;
    };
    expect(p.nodes.map((n) => n.id)).toEqual([dovic.id, unity.id]);
    expect(p.relationships).toHaveLength(1);
    expect(p.relationships[0]._type).toBe('MEMBER_OF');
    expect(path.rows[0].party).toEqual({
      id: unity.id,
      name: 'Unity Front',
      acronym: 'UF',
      aliases: [],
      kind: 'party',
    });
  });

  it('sends whole-number parameters as integers, so LIMIT and substring accept them', async () => {
    await store.writeFragments(FIXTURE_FRAGMENTS);
    const limited = await store.query('MATCH (p:Person) RETURN p.id AS id ORDER BY id LIMIT $n', { n: 2 });
    expect(limited.rows).toHaveLength(2);
    const rel = articleA.relationships[0];
    const cut = await store.query('MATCH (a:Article {id: $id}) RETURN substring(a.text, $start, $length) AS evidence', {
      id: articleA.article.id,
      start: rel.start,
      length: rel.end - rel.start,
    });
    expect(cut.rows).toEqual([{ evidence: rel.evidence }]);
  });

  it('returns the columns of a query that finds no rows', async () => {
    const res = await store.query('MATCH (p:Person) RETURN p.name AS name, p.id AS id');
    expect(res).toEqual({ columns: ['name', 'id'], rows: [] });
  });

  it('opened read-only, reads but refuses every write', async () => {
    await store.writeFragments([articleA]);
    const reader = await openNeo4jStore({ neo4j: config, batchSize: 1000 }, { readOnly: true });
    try {
      expect(reader.readOnly).toBe(true);
      expect((await reader.stats()).articles).toBe(1);
      await expect(reader.writeFragments(FIXTURE_FRAGMENTS)).rejects.toMatchObject({ code: 'QUERY_FAILED' });
      await expect(reader.deleteArticle(articleA.article.id)).rejects.toMatchObject({ code: 'QUERY_FAILED' });
      await expect(reader.query("CREATE (:Person {id: 'person:x'})")).rejects.toMatchObject({ code: 'QUERY_FAILED' });
      // A query EXPLAIN cannot classify (it has its own CYPHER prefix) still runs in a READ transaction.
      await expect(reader.query("CYPHER 5 CREATE (:Person {id: 'person:y'})")).rejects.toMatchObject({
        code: 'QUERY_FAILED',
      });
      expect((await reader.stats()).nodes.Person).toBe(2);
    } finally {
      await reader.close();
    }
  });

  it('works through a routing URI (neo4j://) as through a direct one (bolt://)', async () => {
    const routed = await openNeo4jStore({
      neo4j: { ...config, uri: config.uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:') },
      batchSize: 1000,
    });
    try {
      await routed.writeFragments(FIXTURE_FRAGMENTS);
      expect(await records(routed)).toEqual(await records(store));
    } finally {
      await routed.close();
    }
  });

  it('reads the same graph in small pages as in one, and writes the same graph in small batches', async () => {
    const small = await Neo4jStore.open(config, { batchSize: 2, pageSize: 3 });
    try {
      await small.writeFragments(FIXTURE_FRAGMENTS);
      const paged = await records(small);
      const whole = await records(store);
      expect(paged).toEqual(whole);
      expect(paged.length).toBeGreaterThan(30);
      await store.query('MATCH (n) DETACH DELETE n');
      await store.writeFragments(FIXTURE_FRAGMENTS);
      expect(await records(store)).toEqual(paged);
    } finally {
      await small.close();
    }
  });

  it('rolls back a batch when one of its statements sent at once fails on the server, and writes on after', async () => {
    const small = await Neo4jStore.open(config, { batchSize: 2 });
    try {
      await small.writeFragments([articleB]);
      const before = await records(store);
      // A relationship whose id another article's relationship already has: the uniqueness constraint refuses
      // it on the server, in the middle of the statements the store sends without waiting for each.
      const taken = articleB.relationships[0];
      const clash = structuredClone(articleA);
      const victim = clash.relationships.findIndex((r) => r.type === taken.type);
      expect(victim).toBeGreaterThanOrEqual(0);
      clash.relationships[victim] = { ...clash.relationships[victim], id: taken.id };
      await expect(small.writeFragments([clash])).rejects.toMatchObject({ code: 'QUERY_FAILED' });
      expect(await records(store)).toEqual(before);
      await small.writeFragments([articleA]);
      const after = await records(store);
      expect(after.filter((r) => r.kind === 'node' && r.node.label === 'Article')).toHaveLength(2);
    } finally {
      await small.close();
    }
  });
});
