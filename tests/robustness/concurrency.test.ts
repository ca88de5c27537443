// Several kg processes on one embedded store: many readers or one writer. A second writer, and every reader
// (kg stats, export, query, view) while `kg ingest` writes, gets one line naming the store and the writer's pid,
// exit code 1, and the store is left intact; `kg ingest` while `kg view` reads is refused the same way (a reader
// that opened first crashed when a writer changed the file under it); locks of killed processes are cleared.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/bench/generate-corpus.js';
import { READERS_DIR } from '../../src/store/embedded-lock.js';
import {
  articlesOf,
  parseSummary,
  readEmbedded,
  removeTempDirs,
  runKg,
  startKg,
  tempDir,
  type KgProcess,
} from './helpers.js';

const ARTICLES = 200;
let root: string;
let corpus: string;
const running: KgProcess[] = [];

beforeAll(async () => {
  root = tempDir();
  corpus = path.join(root, 'corpus');
  await generateCorpus(corpus, ARTICLES);
}, 120_000);

afterEach(async () => {
  for (const p of running.splice(0)) {
    if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await p.exited;
  }
});
afterAll(removeTempDirs);

const start = (args: string[]) => {
  const p = startKg(args, root);
  running.push(p);
  return p;
};

/** One stderr line, naming the store folder and the pid that holds it. */
function expectRefusal(r: { code: number | null; stderr: string }, db: string, pid: number) {
  expect(r.code).toBe(1);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toContain(db);
  expect(lines[0]).toContain(`pid ${pid}`);
}

describe('while kg ingest writes', () => {
  it('refuses a second kg ingest and every reader with one line naming the writer, and the ingest completes', async () => {
    const db = path.join(root, 'busy');
    const writer = start(['ingest', corpus, '--db', db, '--jobs', '1', '--batch', '5', '--progress']);
    await writer.waitFor(/progress: \d+ articles committed/);
    const pid = writer.child.pid!;
    const [second, stats, exported, query, view] = await Promise.all([
      runKg(['ingest', path.join(corpus, 'gen-00001.txt'), '--db', db], root),
      runKg(['stats', '--db', db], root),
      runKg(['export', '--db', db, '--out', path.join(root, 'busy.jsonl')], root),
      runKg(['query', 'coalitions', '--db', db, '--read-only'], root),
      runKg(['view', '--db', db, '--port', '0'], root),
    ]);
    expect(writer.child.exitCode, 'the ingest should still be writing: a bigger corpus is needed').toBeNull();
    for (const r of [second, stats, exported, query, view]) expectRefusal(r, db, pid);
    expect(fs.existsSync(path.join(root, 'busy.jsonl'))).toBe(false);

    expect((await writer.exited).code).toBe(0);
    expect(parseSummary(writer.stdout())).toMatchObject({ new: ARTICLES, failed: 0 });
    expect(articlesOf(await readEmbedded(db))).toHaveLength(ARTICLES);
    const again = await runKg(['ingest', corpus, '--db', db], root);
    expect(parseSummary(again.stdout)).toMatchObject({ written: 0, unchanged: ARTICLES });
  }, 300_000);
});

describe('while kg view reads', () => {
  it('refuses kg ingest with one line naming the viewer, keeps serving, and lets other readers in', async () => {
    const db = path.join(root, 'viewed');
    const first = await runKg(['ingest', path.join(corpus, 'gen-00001.txt'), '--db', db], root);
    expect(first.code).toBe(0);
    const view = start(['view', '--db', db, '--port', '0']);
    const url = (await view.waitFor(/at (http:\/\/127\.0\.0\.1:\d+\/)/))[1];

    const ingest = await runKg(['ingest', corpus, '--db', db], root);
    expectRefusal(ingest, db, view.child.pid!);
    expect(ingest.stdout).toBe('');
    const stats = await runKg(['stats', '--db', db], root); // another reader is fine
    expect(stats.code).toBe(0);
    expect(stats.stdout).toContain('Articles: 1');
    const graph = await fetch(`${url}api/graph`);
    expect(graph.status).toBe(200);
    expect(((await graph.json()) as { articles: unknown[] }).articles).toHaveLength(1);

    view.child.kill('SIGINT');
    expect((await view.exited).code).toBe(0);
    expect(fs.existsSync(path.join(db, READERS_DIR))).toBe(false);
    const after = await runKg(['ingest', corpus, '--db', db, '--jobs', '1'], root);
    expect(after.code).toBe(0);
    expect(parseSummary(after.stdout)).toMatchObject({ new: ARTICLES - 1, unchanged: 1 });
  }, 300_000);

  it('clears the reader file of a viewer that was killed, so that kg ingest can write', async () => {
    const db = path.join(root, 'viewer-killed');
    await runKg(['ingest', path.join(corpus, 'gen-00001.txt'), '--db', db], root);
    const view = start(['view', '--db', db, '--port', '0']);
    await view.waitFor(/at http:/);
    view.child.kill('SIGKILL');
    await view.exited;
    expect(fs.readdirSync(path.join(db, READERS_DIR))).toHaveLength(1); // left behind
    const r = await runKg(['ingest', path.join(corpus, 'gen-00002.txt'), '--db', db], root);
    expect(r.code).toBe(0);
    expect(parseSummary(r.stdout)).toMatchObject({ new: 1 });
  }, 120_000);
});
