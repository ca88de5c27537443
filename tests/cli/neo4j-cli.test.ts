// The commands on Neo4j (`--store neo4j` with NEO4J_URI ...): the same output as on the embedded store holding
// the same fragments, and one clear line with exit code 1 when the server cannot be used.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/neo4j-server.mjs';
import { FIXTURE_FRAGMENTS } from '../fixtures/fragments.js';
import { describeNeo4j, openEmptyNeo4jStore, type Neo4jConfig } from '../setup/neo4j-env.js';
import { fixtureWorkdir, runKg } from './run-kg.js';

const envOf = (c: Neo4jConfig): NodeJS.ProcessEnv => ({
  NEO4J_URI: c.uri,
  NEO4J_USERNAME: c.username ?? '',
  NEO4J_PASSWORD: c.password ?? '',
  NEO4J_DATABASE: c.database ?? '',
});

describe('kg with --store neo4j and no server', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await fixtureWorkdir();
  });
  afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));

  it('prints one line naming the URI, never the password, and exits with 1', async () => {
    const uri = `neo4j://127.0.0.1:${await freePort()}`;
    for (const args of [['stats'], ['query', 'coalitions'], ['export']]) {
      const r = await runKg([...args, '--store', 'neo4j'], cwd, {
        NEO4J_URI: uri,
        NEO4J_USERNAME: 'neo4j',
        NEO4J_PASSWORD: 'never-shown-password',
      });
      expect(r.code).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(uri);
      expect(lines[0]).not.toContain('never-shown-password');
      expect(r.stdout).toBe('');
    }
  });
});

describeNeo4j('kg with --store neo4j', (config) => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await fixtureWorkdir();
    const store = await openEmptyNeo4jStore(config);
    await store.writeFragments(FIXTURE_FRAGMENTS);
    await store.close();
  });
  afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));

  const both = async (args: string[]) => {
    const embedded = await runKg(args, cwd);
    const neo4j = await runKg([...args, '--store', 'neo4j'], cwd, envOf(config));
    expect(embedded.code).toBe(0);
    expect(neo4j.stderr).toBe(embedded.stderr);
    expect(neo4j.code).toBe(0);
    return { embedded: embedded.stdout, neo4j: neo4j.stdout };
  };

  it('answers the shipped queries as the embedded store does', async () => {
    for (const args of [
      ['query', 'coalitions', '--format', 'json'],
      ['query', 'person-claims', '--param', 'name=kerrigan', '--format', 'json'],
      ['query', 'timeline', '--param', 'name=uf', '--format', 'csv'],
    ]) {
      const out = await both(args);
      expect(out.neo4j.length).toBeGreaterThan(10);
      expect(out.neo4j).toBe(out.embedded);
    }
  });

  it('exports the same JSON lines and prints the same stats', async () => {
    const exported = await both(['export']);
    expect(exported.neo4j).toBe(exported.embedded);
    const stats = await both(['stats', '--format', 'json']);
    const { store: a, location: _a, ...embedded } = JSON.parse(stats.embedded);
    const { store: b, location, ...neo4j } = JSON.parse(stats.neo4j);
    expect([a, b]).toEqual(['embedded', 'neo4j']);
    expect(location).toContain(config.uri);
    expect(neo4j).toEqual(embedded);
  });

  it('refuses a writing query with --read-only, with exit code 1', async () => {
    const r = await runKg(['query', "CREATE (:Person {id: 'person:x'})", '--read-only', '--store', 'neo4j'], cwd, {
      ...envOf(config),
    });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('names a database that does not exist, with exit code 1', async () => {
    const r = await runKg(['stats', '--store', 'neo4j'], cwd, { ...envOf(config), NEO4J_DATABASE: 'no-such-db' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no-such-db');
  });
});
