// `kg export --format html`: one self-contained file, and a clear usage error without --out.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureWorkdir, runKg } from './run-kg.js';

describe('kg export --format html', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await fixtureWorkdir();
  });
  afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));

  it('writes one HTML file holding the viewer and the graph', async () => {
    const r = await runKg(['export', '--format', 'html', '--out', 'share/coalition.html'], cwd);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/16 nodes and 36 relationships/);
    const html = fs.readFileSync(path.join(cwd, 'share/coalition.html'), 'utf8');
    expect(html).toContain('<script type="application/json" id="kg-data">');
    expect(html).toContain('<title>coalition</title>');
    expect(html).not.toMatch(/<script[^>]+src=/);
  });

  it('asks for --out with exit code 2', async () => {
    const r = await runKg(['export', '--format', 'html'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out/);
  });
});
