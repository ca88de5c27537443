// `kg export`: each format to a file or standard output, neo4j-admin files with the import command, usage errors.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureWorkdir, runKg } from './run-kg.js';

describe('kg export', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await fixtureWorkdir();
  });
  afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));

  it('writes JSON lines to standard output by default and the same bytes to --out', async () => {
    const toStdout = await runKg(['export'], cwd);
    expect(toStdout.code).toBe(0);
    const lines = toStdout.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(16 + 36);
    expect(JSON.parse(lines[0])).toMatchObject({ type: 'node', labels: ['Article'] });
    const toFile = await runKg(['export', '--format', 'jsonl', '--out', 'out/graph.jsonl'], cwd);
    expect(toFile.code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'out/graph.jsonl'), 'utf8')).toBe(toStdout.stdout);
    expect(toFile.stderr).toMatch(/16 nodes and 36 relationships/);
  });

  it('writes GraphML and GEXF files', async () => {
    for (const format of ['graphml', 'gexf']) {
      const r = await runKg(['export', '--format', format, '--out', `graph.${format}`], cwd);
      expect(r.code).toBe(0);
      const text = fs.readFileSync(path.join(cwd, `graph.${format}`), 'utf8');
      expect(text.startsWith('<?xml')).toBe(true);
      expect(text.trimEnd().endsWith(format === 'gexf' ? '</gexf>' : '</graphml>')).toBe(true);
    }
  });

  it('writes neo4j-admin files into a folder and prints the import command', async () => {
    const r = await runKg(['export', '--format', 'neo4j-admin', '--out', 'import'], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^neo4j-admin database import full /);
    expect(fs.readdirSync(path.join(cwd, 'import'))).toContain('nodes-Person.csv');
  });

  it('exits 2 for an unknown format or neo4j-admin without --out, and 1 for a missing store', async () => {
    expect((await runKg(['export', '--format', 'pdf'], cwd)).code).toBe(2);
    expect((await runKg(['export', '--format', 'neo4j-admin'], cwd)).code).toBe(2);
    expect((await runKg(['export', '--db', 'nowhere'], cwd)).code).toBe(1);
    expect((await runKg(['export', '--help'], cwd)).code).toBe(0);
  });
});
