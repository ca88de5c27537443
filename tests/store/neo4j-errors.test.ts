// Opening a Neo4j store that cannot be used: wrong or missing credentials (against a local server started with a
// password), an unreachable port, a database that does not exist, a URI that is not Neo4j's. Each gives one
// error of its class whose message names the URI and never the password.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTools, freePort, startNeo4jServer, type StartedNeo4jServer } from '../../scripts/neo4j-server.mjs';
import { KgError } from '../../src/errors.js';
import { Neo4jStore, openNeo4jStore } from '../../src/store/neo4j.js';
import { describeNeo4j, neo4jRequired, type Neo4jConfig } from '../setup/neo4j-env.js';

const PASSWORD = 'kg-test-secret-42';

async function openError(config: Neo4jConfig): Promise<KgError> {
  const store = await openNeo4jStore({ neo4j: config, batchSize: 1000 }).catch((e: unknown) => e);
  if (store instanceof Neo4jStore) {
    await store.close();
    throw new Error(`expected opening ${config.uri} to fail`);
  }
  expect(store).toBeInstanceOf(KgError);
  return store as KgError;
}

function expectOneLineNaming(e: KgError, uri: string, secret?: string) {
  expect(e.message).toContain(uri);
  expect(e.message).not.toContain('\n');
  if (secret) expect(e.message).not.toContain(secret);
}

describe('Neo4jStore.open without a server', () => {
  it('reports an unreachable port as STORE_UNAVAILABLE, naming the URI but not the password', async () => {
    const port = await freePort();
    for (const uri of [`bolt://127.0.0.1:${port}`, `neo4j://127.0.0.1:${port}`]) {
      const e = await openError({ uri, username: 'neo4j', password: PASSWORD, database: null });
      expect(e.code).toBe('STORE_UNAVAILABLE');
      expectOneLineNaming(e, uri, PASSWORD);
    }
  });

  it('refuses a URI that is not a Neo4j URI as a CONFIG error, without the password written in it', async () => {
    const e = await openError({
      uri: `http://neo4j:${PASSWORD}@127.0.0.1:7474`,
      username: null,
      password: null,
      database: null,
    });
    expect(e.code).toBe('CONFIG');
    expect(e.message).not.toContain(PASSWORD);
  });
});

describeNeo4j('Neo4jStore.open on the test server', (config) => {
  it('reports a database that does not exist as STORE_UNAVAILABLE, for routing and direct URIs', async () => {
    const direct = config.uri.replace(/^neo4j(\+s|\+ssc)?:/, 'bolt$1:');
    const routed = config.uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
    for (const uri of [direct, routed]) {
      const e = await openError({ ...config, uri, database: 'no-such-database' });
      expect(e.code).toBe('STORE_UNAVAILABLE');
      expectOneLineNaming(e, uri, config.password ?? undefined);
      expect(e.message).toContain('no-such-database');
    }
  });
});

// A server of our own with authentication on: needs Java and Maven (present in CI).
const tools = checkTools();
const describeAuth = tools.ok ? describe : neo4jRequired() ? describe : describe.skip;

describeAuth('Neo4jStore.open against a server that requires a password', () => {
  let server: StartedNeo4jServer | undefined;
  beforeAll(async () => {
    if (!tools.ok) throw new Error(`KG_REQUIRE_NEO4J=1 but ${tools.reason}`);
    server = await startNeo4jServer({ port: await freePort(), password: PASSWORD, quickStart: true });
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
  }, 60_000);

  it('opens with the right user and password, and shows the URI without them', async () => {
    const store = await openNeo4jStore({
      neo4j: { uri: server!.uri, username: 'neo4j', password: PASSWORD, database: null },
      batchSize: 1000,
    });
    try {
      expect(store.location).toBe(server!.uri);
      expect((await store.query('RETURN 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await store.close();
    }
  });

  it('reports a wrong password as STORE_AUTH, naming the URI and the user but never the password', async () => {
    const e = await openError({ uri: server!.uri, username: 'neo4j', password: 'not-the-password', database: null });
    expect(e.code).toBe('STORE_AUTH');
    expectOneLineNaming(e, server!.uri, 'not-the-password');
    expect(e.message).toContain('neo4j');
  });

  it('reports missing credentials as STORE_AUTH', async () => {
    const e = await openError({ uri: server!.uri, username: null, password: null, database: null });
    expect(e.code).toBe('STORE_AUTH');
    expectOneLineNaming(e, server!.uri);
  });
});
