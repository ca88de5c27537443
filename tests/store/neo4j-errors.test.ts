// Opening a Neo4j store that cannot be used: wrong or missing credentials, an untrusted certificate, no TLS where
// it is required (against a local server started with a password and TLS), an unreachable port, a database
// that does not exist, a URI that is not Neo4j's. Each gives one error of its class whose message names the URI
// and never the password. And neo4j+s:// end to end, once the certificate is trusted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTools, freePort, startNeo4jServer, type StartedNeo4jServer } from '../../scripts/neo4j-server.mjs';
import { KgError } from '../../src/errors.js';
import { Neo4jStore, openNeo4jStore } from '../../src/store/neo4j.js';
import { fixtureWorkdir, runKg } from '../cli/run-kg.js';
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

// A server of our own with authentication on and TLS required (a self-signed certificate for localhost):
// needs Java and Maven (present in CI).
const tools = checkTools();
const describeServer = tools.ok ? describe : neo4jRequired() ? describe : describe.skip;

describeServer('Neo4jStore.open against a server that requires a password and TLS', () => {
  let server: StartedNeo4jServer | undefined;
  let tlsDir = '';
  const uri = (scheme: string) => `${scheme}://localhost:${server!.port}`;
  const login = { username: 'neo4j', password: PASSWORD, database: null };
  beforeAll(async () => {
    if (!tools.ok) throw new Error(`KG_REQUIRE_NEO4J=1 but ${tools.reason}`);
    tlsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-neo4j-tls-'));
    const port = await freePort();
    server = await startNeo4jServer({ port, password: PASSWORD, tls: tlsDir, quickStart: true });
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(tlsDir, { recursive: true, force: true });
  }, 60_000);

  it('opens over TLS with the right user and password, routed or direct, and shows the URI without them', async () => {
    for (const scheme of ['neo4j+ssc', 'bolt+ssc']) {
      const store = await openNeo4jStore({ neo4j: { uri: uri(scheme), ...login }, batchSize: 1000 });
      try {
        expect(store.location).toBe(uri(scheme));
        expect((await store.query('RETURN 1 AS one')).rows).toEqual([{ one: 1 }]);
      } finally {
        await store.close();
      }
    }
  });

  it('reports a wrong password as STORE_AUTH, naming the URI and the user but never the password', async () => {
    const e = await openError({
      uri: uri('neo4j+ssc'),
      username: 'neo4j',
      password: 'not-the-password',
      database: null,
    });
    expect(e.code).toBe('STORE_AUTH');
    expectOneLineNaming(e, uri('neo4j+ssc'), 'not-the-password');
    expect(e.message).toContain('neo4j');
  });

  it('reports missing credentials as STORE_AUTH', async () => {
    const e = await openError({ uri: uri('bolt+ssc'), username: null, password: null, database: null });
    expect(e.code).toBe('STORE_AUTH');
    expectOneLineNaming(e, uri('bolt+ssc'));
  });

  it('reports a certificate this machine does not trust as STORE_UNAVAILABLE', async () => {
    for (const scheme of ['neo4j+s', 'bolt+s']) {
      const e = await openError({ uri: uri(scheme), ...login });
      expect(e.code).toBe('STORE_UNAVAILABLE');
      expectOneLineNaming(e, uri(scheme), PASSWORD);
    }
  });

  it('reports an unencrypted URI to a server that requires TLS as STORE_UNAVAILABLE', async () => {
    const e = await openError({ uri: uri('neo4j'), ...login });
    expect(e.code).toBe('STORE_UNAVAILABLE');
    expectOneLineNaming(e, uri('neo4j'), PASSWORD);
  });

  it('copies a graph over neo4j+s:// (routing on TLS) once the certificate is trusted, and queries it', async () => {
    const cwd = await fixtureWorkdir();
    try {
      const env = {
        NEO4J_URI: uri('neo4j+s'),
        NEO4J_USERNAME: 'neo4j',
        NEO4J_PASSWORD: PASSWORD,
        NEO4J_DATABASE: '',
        NODE_EXTRA_CA_CERTS: server!.certificate!,
      };
      const copied = await runKg(['copy', '--from', 'kg-data', '--to', 'neo4j'], cwd, env);
      expect(copied.stderr).toBe('');
      expect(copied.code).toBe(0);
      const q = await runKg(['query', 'coalitions', '--store', 'neo4j', '--format', 'json'], cwd, env);
      expect(q.code).toBe(0);
      const embedded = await runKg(['query', 'coalitions', '--format', 'json'], cwd);
      expect(q.stdout).toBe(embedded.stdout);
      expect(JSON.parse(q.stdout).length).toBeGreaterThan(0);
    } finally {
      fs.rmSync(cwd, { recursive: true, force: true });
    }
  });
});
