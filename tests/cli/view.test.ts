// `kg view` as a user runs it: prints its address, serves the viewer and the API read-only, stops on Ctrl-C.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureWorkdir, KG, runKg } from './run-kg.js';

describe('kg view', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await fixtureWorkdir();
  });
  afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));

  it('prints its address on 127.0.0.1, serves the graph read-only and stops on SIGINT', async () => {
    const child = spawn(process.execPath, [KG, 'view', '--db', 'kg-data', '--port', '0'], {
      cwd,
      env: { ...process.env, KG_DB: '', KG_STORE: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`kg view printed no address: ${stdout}`)), 30_000);
      child.stdout.on('data', () => {
        const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.on('exit', () => reject(new Error(`kg view exited early: ${stdout}`)));
    });
    expect(stdout).toContain('read-only');
    const meta = (await (await fetch(new URL('api/meta', url))).json()) as { origin: string; readOnly: boolean };
    expect(meta).toMatchObject({ origin: 'embedded', readOnly: true });
    expect((await fetch(new URL('api/graph', url), { method: 'POST' })).status).toBe(405);
    expect((await fetch(url)).status).toBe(200);
    const code = await new Promise<number | null>((resolve) => {
      child.on('close', resolve);
      child.kill('SIGINT');
    });
    expect(code).toBe(0);
  });

  it('refuses a port that is not a number with exit code 2', async () => {
    const r = await runKg(['view', '--db', 'kg-data', '--port', 'eighty'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--port/);
  });

  it('fails with exit code 1 when there is no store, and creates none', async () => {
    const r = await runKg(['view', '--db', 'nowhere', '--port', '0'], cwd);
    expect(r.code).toBe(1);
    expect(fs.existsSync(path.join(cwd, 'nowhere'))).toBe(false);
  });
});
