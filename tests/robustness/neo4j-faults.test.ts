// Neo4j faults through `kg ingest --store neo4j`: no server at the address, a wrong password, a database that does
// not exist, and the server killed part-way through an ingest (the driver retries, then kg stops with one line
// that says how many articles were committed before). Each is one stderr line naming the URI (never the
// password), exit code 1. The server is a throwaway local Neo4j of this file's own, with a password; like the
// other Neo4j tests it needs Java 17+ and Maven, is skipped without them, and fails instead with
// KG_REQUIRE_NEO4J=1 (CI).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTools, freePort, startNeo4jServer, type StartedNeo4jServer } from '../../scripts/neo4j-server.mjs';
import { generateCorpus } from '../../src/bench/generate-corpus.js';
import { neo4jRequired } from '../setup/neo4j-env.js';
import { removeTempDirs, runKg, startKg, tempDir } from './helpers.js';

const PASSWORD = 'kg-faults-secret-7';

afterAll(removeTempDirs);

/** The one line kg printed, checked: exit 1, nothing on stdout, names the URI, never the password. */
function oneLine(r: { code: number | null; stdout: string; stderr: string }, uri: string): string {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toContain(uri);
  expect(r.stderr).not.toContain(PASSWORD);
  return lines[0];
}

describe('kg ingest --store neo4j with no server at the address', () => {
  it('fails at once with one line naming the URI', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const env = { NEO4J_URI: uri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: PASSWORD };
    const r = await runKg(['ingest', 'examples', '--store', 'neo4j'], process.cwd(), env);
    expect(oneLine(r, uri)).toMatch(/cannot reach Neo4j/);
  });
});

const tools = checkTools();
const describeServer = tools.ok || neo4jRequired() ? describe : describe.skip;

describeServer('kg ingest --store neo4j against a server that goes wrong', () => {
  let server: StartedNeo4jServer | undefined;
  let root: string;
  let corpus: string;
  const env = (extra: NodeJS.ProcessEnv = {}) => ({
    NEO4J_URI: server!.uri,
    NEO4J_USERNAME: 'neo4j',
    NEO4J_PASSWORD: PASSWORD,
    NEO4J_DATABASE: '',
    ...extra,
  });

  beforeAll(async () => {
    if (!tools.ok) throw new Error(`KG_REQUIRE_NEO4J=1 but ${tools.reason}`);
    root = tempDir();
    corpus = path.join(root, 'corpus');
    await generateCorpus(corpus, 100);
    server = await startNeo4jServer({ port: await freePort(), password: PASSWORD, quickStart: true });
  }, 300_000);
  afterAll(async () => {
    await server?.stop();
  }, 60_000);

  it('refuses a wrong password with one line naming the URI and the user', async () => {
    const r = await runKg(['ingest', corpus, '--store', 'neo4j'], root, env({ NEO4J_PASSWORD: 'not-the-password' }));
    const line = oneLine(r, server!.uri);
    expect(line).toContain('"neo4j"');
    expect(line).not.toContain('not-the-password');
  });

  it('refuses a database that does not exist with one line naming it', async () => {
    const r = await runKg(['ingest', corpus, '--store', 'neo4j'], root, env({ NEO4J_DATABASE: 'no-such-db' }));
    expect(oneLine(r, server!.uri)).toContain('"no-such-db"');
  });

  it('stops with one line saying how many articles were committed when the server dies part-way', async () => {
    const ingest = startKg(
      ['ingest', corpus, '--store', 'neo4j', '--jobs', '1', '--batch', '5', '--progress'],
      root,
      env(),
    );
    const seen = await ingest.waitFor(/progress: ([1-9]\d+) articles committed/, 240_000);
    process.kill(server!.pid!, 'SIGKILL');
    const { code } = await ingest.exited;
    expect(code).toBe(1);
    expect(ingest.stdout()).toBe(''); // no summary: the ingest did not finish
    const last = ingest.stderr().trim().split('\n').at(-1)!;
    const m = /^ingest: stopped after (\d+) articles were committed to the neo4j store (\S+) /.exec(last);
    expect(m, last).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThanOrEqual(Number(seen[1]));
    expect(Number(m![1])).toBeLessThan(100);
    expect(m![2]).toBe(server!.uri);
    expect(last).toContain('cannot reach Neo4j');
    expect(last).not.toContain(PASSWORD);
  }, 300_000);
});
