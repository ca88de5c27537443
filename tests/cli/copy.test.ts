// `kg copy` from the command line: an embedded folder into Neo4j and back, identical; clear refusals and
// exit codes for two identical sides and for an unreachable Neo4j.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/neo4j-server.mjs';
import { exportJsonl } from '../../src/export/jsonl.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { FIXTURE_FRAGMENTS } from '../fixtures/fragments.js';
import { collect } from '../export/export-helpers.js';
import { describeNeo4j, openEmptyNeo4jStore, type Neo4jConfig } from '../setup/neo4j-env.js';
import { runKg } from './run-kg.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cli-copy-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Runs the built kg without the developer's own NEO4J_* settings, unless the test gives some. */
const kg = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  runKg(args, root, { NEO4J_URI: '', NEO4J_USERNAME: '', NEO4J_PASSWORD: '', NEO4J_DATABASE: '', ...env });

async function storeWithFixtures(name: string): Promise<string> {
  const dir = path.join(root, name);
  const store = await EmbeddedStore.open({ dir });
  await store.writeFragments(FIXTURE_FRAGMENTS);
  await store.close();
  return dir;
}

async function jsonlOf(dir: string): Promise<string> {
  const store = await EmbeddedStore.open({ dir, readOnly: true });
  try {
    return (await collect((out) => exportJsonl(store.readGraph(), out))).text;
  } finally {
    await store.close();
  }
}

const neo4jEnv = (c: Neo4jConfig) => ({
  NEO4J_URI: c.uri,
  NEO4J_USERNAME: c.username ?? '',
  NEO4J_PASSWORD: c.password ?? '',
  NEO4J_DATABASE: c.database ?? '',
});

describe('kg copy', () => {
  it('refuses to copy a store onto itself, with exit code 2', async () => {
    const dir = await storeWithFixtures('self');
    const r = await kg(['copy', '--from', dir, '--to', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reports an unreachable Neo4j in one line naming the URI, with exit code 1, and leaves the source alone', async () => {
    const dir = await storeWithFixtures('unreachable');
    const before = await jsonlOf(dir);
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const r = await kg(['copy', '--from', dir, '--to', 'neo4j'], { NEO4J_URI: uri, NEO4J_PASSWORD: 'sekrit-password' });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(uri);
    expect(lines[0]).not.toContain('sekrit-password');
    expect(await jsonlOf(dir)).toBe(before);
  });
});

describeNeo4j('kg copy with Neo4j', (config) => {
  it('copies an embedded folder into Neo4j and back into a new folder, identical', async () => {
    const store = await openEmptyNeo4jStore(config);
    await store.close();
    const dir = await storeWithFixtures('source');
    const there = await kg(['copy', '--from', dir, '--to', 'neo4j', '--batch', '2'], neo4jEnv(config));
    expect(there.stderr).toBe('');
    expect(there.code).toBe(0);
    expect(there.stdout).toMatch(/^kg copy: 3 articles from .* to .*: 3 written, 0 replaced, 0 already there;/);
    const back = path.join(root, 'back');
    const again = await kg(['copy', '--from', 'neo4j', '--to', back], neo4jEnv(config));
    expect(again.code).toBe(0);
    expect(await jsonlOf(back)).toBe(await jsonlOf(dir));
  });
});
