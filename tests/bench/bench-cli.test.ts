// kg bench on a tiny generated corpus, one run of each part (not the viewer or Neo4j): the JSON has every
// figure the table is made of. Timings are not asserted: this is a benchmark, not a timed test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKg } from '../cli/run-kg.js';

const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-cli-'));
afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));

const positive = expect.any(Number);

describe('kg bench', () => {
  it('runs every part on a generated corpus and writes the figures as JSON', { timeout: 600_000 }, async () => {
    const out = path.join(cwd, 'bench.json');
    const run = await runKg(
      ['bench', '--quick', '--articles', '6', '--skip', 'neo4j,viewer', '--jobs', '2', '--out', out],
      cwd,
    );
    expect(run.stderr).not.toMatch(/unexpected error/);
    expect(run.code).toBe(0);
    const r = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(r.version).toBe(1);
    expect(r.machine).toMatchObject({ cores: positive, node: process.version, loadAverage: expect.any(Array) });
    expect(r.corpus).toMatchObject({ generated: true, files: 6, bytes: positive });
    for (const t of [r.extraction.oneCore, r.extraction.allCores]) {
      expect(t).toMatchObject({ articles: 6, articlesPerSecond: positive, mbPerSecond: positive, failed: 0 });
      expect(t.firstSeconds).toBeGreaterThan(0);
      expect(t.firstCpuSeconds).toBeGreaterThan(0);
      expect(t.seconds).toMatchObject({ median: positive, runs: 1 });
    }
    expect(r.extraction.allCores.jobs).toBe(2);
    expect(r.profile.steps.map((s: { step: string }) => s.step)).toContain('segment');
    expect(r.profile.hotspots.length).toBeGreaterThan(0);
    for (const t of [r.storeWrite.transactions, r.storeWrite.bulk]) {
      expect(t).toMatchObject({
        store: 'embedded',
        articles: 6,
        relationships: positive,
        relationshipsPerSecond: positive,
      });
    }
    expect(r.storeWrite.bulk.relationships).toBe(r.storeWrite.transactions.relationships);
    for (const t of [r.ingest.oneCore, r.ingest.allCores, r.ingest.allCoresBulk]) {
      expect(t).toMatchObject({ articles: 6, mbPerSecond: positive, peakRssMB: positive, cpuSeconds: positive });
      expect(t.summary).toMatch(/6 articles written/);
    }
    expect(r.rss).toMatchObject({ half: { articles: 3 }, full: { articles: 6 }, growth: expect.any(Number) });
    const names = fs
      .readdirSync('queries')
      .filter((f) => f.split('.').length === 2)
      .map((f) => f.replace('.cypher', ''));
    expect(r.queries.map((q: { name: string }) => q.name).sort()).toEqual(names.sort());
    for (const q of r.queries)
      expect(q).toMatchObject({ medianMs: positive, p95Ms: positive, rows: expect.any(Number) });
    expect(r.neo4jWrite).toEqual({ skipped: '--skip neo4j' });
    expect(r.viewer).toEqual({ ok: false, skipped: '--skip viewer' });
    expect(r.targets.length).toBeGreaterThanOrEqual(10);
    expect(run.stdout).toMatch(/Load average at start/);
    expect(run.stdout).toMatch(/end to end \(kg ingest\), 1 core/);
  });

  it('refuses an unknown part with a usage error', async () => {
    const run = await runKg(['bench', '--skip', 'everything'], cwd);
    expect(run.code).toBe(2);
  });
});
