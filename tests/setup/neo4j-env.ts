// What Neo4j test files use to decide whether they run: against NEO4J_URI (or the server the global setup
// started) when there is one; skipped otherwise, unless KG_REQUIRE_NEO4J=1 (CI), where a missing Neo4j fails.
// Neo4j Community has one user database, so test files that use it take turns (a lock across worker processes)
// and each test starts from an emptied database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import type { Settings } from '../../src/settings.js';
import { openNeo4jStore, type Neo4jStore } from '../../src/store/neo4j.js';

export type Neo4jConfig = Settings['neo4j'];

export interface Neo4jAvailability {
  config: Neo4jConfig | null;
  reason: string;
}

/** The Neo4j to test against: the user's NEO4J_* variables, or the local server of the global setup. */
export function neo4jAvailability(): Neo4jAvailability {
  const env = process.env;
  if (env.NEO4J_URI) {
    return {
      config: {
        uri: env.NEO4J_URI,
        username: env.NEO4J_USERNAME || env.NEO4J_USER || null,
        password: env.NEO4J_PASSWORD || null,
        database: env.NEO4J_DATABASE || null,
      },
      reason: '',
    };
  }
  const uri = inject('neo4jUri');
  if (uri) return { config: { uri, username: null, password: null, database: null }, reason: '' };
  return { config: null, reason: inject('neo4jUnavailable') || 'NEO4J_URI is not set' };
}

export const neo4jRequired = () => process.env.KG_REQUIRE_NEO4J === '1';

/**
 * A describe block that runs when a Neo4j is available, is skipped when not, and fails when KG_REQUIRE_NEO4J=1
 * and none is. Its tests hold the test database alone while they run.
 */
export function describeNeo4j(name: string, fn: (config: Neo4jConfig) => void): void {
  const { config, reason } = neo4jAvailability();
  if (!config) {
    if (neo4jRequired()) {
      describe(name, () => {
        it('has a Neo4j to run against (KG_REQUIRE_NEO4J=1)', () => {
          throw new Error(`No Neo4j for the tests: ${reason}. Set NEO4J_URI or install Java 17+ and Maven.`);
        });
      });
    } else {
      describe.skip(`${name} (skipped: ${reason})`, () =>
        fn({ uri: '', username: null, password: null, database: null }));
    }
    return;
  }
  describe(name, () => {
    const lock = new DatabaseLock(config);
    beforeAll(() => lock.acquire(), 20 * 60_000);
    afterAll(() => lock.release());
    fn(config);
  });
}

/** Opens a store on the test database and empties it (schema kept). */
export async function openEmptyNeo4jStore(config: Neo4jConfig, batchSize = 1000): Promise<Neo4jStore> {
  const store = await openNeo4jStore({ neo4j: config, batchSize });
  await store.query('MATCH (n) DETACH DELETE n');
  return store;
}

/** A lock directory per server and database, owned by one test process at a time; a dead owner's is taken over. */
class DatabaseLock {
  private readonly dir: string;
  private held = false;

  constructor(config: Neo4jConfig) {
    const key = createHash('sha256')
      .update(`${config.uri}\u0000${config.database ?? ''}`)
      .digest('hex')
      .slice(0, 16);
    this.dir = path.join(os.tmpdir(), `kg-neo4j-tests-${key}.lock`);
  }

  async acquire(): Promise<void> {
    for (;;) {
      try {
        fs.mkdirSync(this.dir);
        fs.writeFileSync(path.join(this.dir, 'owner'), String(process.pid));
        this.held = true;
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const owner = this.owner();
      if (owner !== null ? !alive(owner) : this.age() > 30_000) fs.rmSync(this.dir, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  release(): void {
    if (!this.held) return;
    this.held = false;
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private age(): number {
    try {
      return Date.now() - fs.statSync(this.dir).mtimeMs;
    } catch {
      return 0;
    }
  }

  private owner(): number | null {
    try {
      const pid = Number(fs.readFileSync(path.join(this.dir, 'owner'), 'utf8'));
      return Number.isInteger(pid) && pid > 0 ? pid : null;
    } catch {
      return null; // being written right now, or just released
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
