// `kg stats`: counts as a table or JSON, a clear failure for a missing store or a store being written.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureWorkdir, runKg } from './run-kg.js';

describe('kg stats', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await fixtureWorkdir();
  });
  afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));

  it('prints counts per label, per type and messages per origin as JSON', async () => {
    const r = await runKg(['stats', '--format', 'json'], cwd);
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.stdout);
    expect(stats).toMatchObject({
      store: 'embedded',
      articles: 3,
      nodes: { Person: 4, Party: 4, Claim: 4 },
      relationships: { ACCUSED: 3, MENTIONED_IN: 17 },
      messages: { 'find-claims': 2, extract: 1, 'resolve-entities': 1 },
    });
  });

  it('prints a readable table', async () => {
    const r = await runKg(['stats', '--db', path.join(cwd, 'kg-data')], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Articles: 3$/m);
    expect(r.stdout).toMatch(/^ {2}Person\s+4$/m);
    expect(r.stdout).toMatch(/^ {2}find-claims\s+2$/m);
  });

  it('fails clearly for a missing store, a bad format, and a store another process is writing', async () => {
    expect((await runKg(['stats', '--db', 'none'], cwd)).code).toBe(1);
    expect((await runKg(['stats', '--format', 'xml'], cwd)).code).toBe(2);
    expect((await runKg(['stats', '--store', 'mongo'], cwd)).code).toBe(2);
    const holder = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, '../store/hold-store.ts'), path.join(cwd, 'kg-data')],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    await new Promise((resolve) => holder.stdout.on('data', resolve));
    const locked = await runKg(['stats'], cwd);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toContain(`pid ${holder.pid}`);
    holder.stdin.end();
    await new Promise((resolve) => holder.on('exit', resolve));
    expect((await runKg(['stats'], cwd)).code).toBe(0);
  });
});
