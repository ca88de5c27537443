// `kg query`: shipped queries by name from any folder, files, Cypher text, typed parameters, three output
// formats, and exit codes with one clear line when something is wrong.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE } from '../fixtures/fragments.js';
import { parseCsv } from '../export/export-helpers.js';
import { fixtureWorkdir, runKg } from './run-kg.js';

describe('kg query', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await fixtureWorkdir();
  });
  afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));

  it('runs a shipped query by name from another folder and prints an aligned table', async () => {
    const r = await runKg(['query', 'coalitions'], cwd);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^party\s+ally\s+articles\s+facts\s+latest\s+evidence$/);
    expect(lines[1]).toMatch(/^-+ {2}-+/);
    expect(lines[2]).toMatch(/^Green Harbour Party\s+People's Reform Movement\s+2\s+2\s+2031-04-10\s+The GHP/);
    expect(lines[0].indexOf('ally')).toBe(lines[2].indexOf("People's"));
    expect(lines.at(-1)).toBe('(1 row)');
  });

  it('passes typed parameters and prints JSON', async () => {
    const r = await runKg(['query', 'most-mentioned', '--param', 'limit=2', '--format', 'json'], cwd);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { name: 'Green Harbour Party', kind: 'Party', articles: 2 },
      { name: "People's Reform Movement", kind: 'Party', articles: 2 },
    ]);
  });

  it('prints CSV that reads back with quotes, commas and newlines intact', async () => {
    const r = await runKg(['query', 'person-claims', '--param', `name=${HOSTILE.name}`, '--format', 'csv'], cwd);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout.replaceAll('\r\n', '\n'));
    expect(rows[0]).toEqual(['person', 'claim', 'kind', 'date', 'article']);
    expect(rows[1].slice(0, 3)).toEqual([HOSTILE.name, HOSTILE.title, 'quote']);
  });

  it('runs a query file and Cypher text with parameters', async () => {
    const file = path.join(cwd, 'people.cypher');
    fs.writeFileSync(file, 'MATCH (p:Person) WHERE p.name STARTS WITH $prefix RETURN p.name AS name ORDER BY name\n');
    const fromFile = await runKg(['query', file, '--param', 'prefix=A', '--format', 'json'], cwd);
    expect(JSON.parse(fromFile.stdout)).toEqual([{ name: 'Amina Dovic' }, { name: HOSTILE.name }]);
    const text = await runKg(['query', 'MATCH (p:Party) RETURN count(p) AS n', '--format', 'json', '--read-only'], cwd);
    expect(text.code).toBe(0);
    expect(JSON.parse(text.stdout)).toEqual([{ n: 4 }]);
  });

  it('fails with one line naming the query and the reason when the store rejects it', async () => {
    const r = await runKg(['query', 'MATCH (p:Person RETURN p'], cwd);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^kg query: the Cypher text failed on the embedded store/);
  });

  it('refuses a writing query with --read-only and leaves the graph unchanged', async () => {
    const r = await runKg(['query', 'MATCH (p:Person) DETACH DELETE p', '--read-only'], cwd);
    expect(r.code).toBe(1);
    const count = await runKg(['query', 'MATCH (p:Person) RETURN count(p) AS n', '--format', 'json'], cwd);
    expect(JSON.parse(count.stdout)).toEqual([{ n: 4 }]);
  });

  it('exits 2 for a missing parameter, an unknown query name or format, and a malformed --param', async () => {
    for (const args of [
      ['query', 'person-claims'],
      ['query', 'no-such-query'],
      ['query', 'coalitions', '--format', 'xml'],
      ['query', 'coalitions', '--param', 'novalue'],
      ['query'],
    ]) {
      const r = await runKg(args, cwd);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.length).toBeGreaterThan(0);
    }
  });

  it('refuses a store folder that does not exist, and creates none', async () => {
    const r = await runKg(['query', 'coalitions', '--db', 'missing'], cwd);
    expect(r.code).toBe(1);
    expect(fs.existsSync(path.join(cwd, 'missing'))).toBe(false);
  });

  it('shows help listing the shipped queries', async () => {
    const r = await runKg(['query', '--help'], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('coalitions: ');
    expect(r.stdout).toContain('--param <key=value>');
  });
});
