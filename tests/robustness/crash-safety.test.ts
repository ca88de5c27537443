// Crash safety of `kg ingest` on the embedded store: each transaction holds whole articles, so a process killed
// with SIGKILL part-way through a batch leaves a store that opens (the dead writer's lock is cleared, the
// write-ahead log replayed) and holds only whole articles, each with exactly the facts a full ingest gives it;
// running the same command again completes the batch with no duplicates, to the same graph as an ingest that
// was never interrupted. Ctrl-C stops after the current batch (exit code 1); a second Ctrl-C quits at once (130).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/bench/generate-corpus.js';
import { LOCK_FILE } from '../../src/store/embedded-lock.js';
import {
  articlesOf,
  factsByArticle,
  parseSummary,
  readEmbedded,
  removeTempDirs,
  runKg,
  startKg,
  tempDir,
  type StoredGraph,
} from './helpers.js';

afterAll(removeTempDirs);

/** Articles in the generated corpus, and per write transaction: many transactions, a few seconds in all. */
const ARTICLES = 150;
const BATCH = '10';

let root: string;
let corpus: string;
let files: string[];
let reference: StoredGraph;
let referenceFacts: Map<string, string[]>;

const ingestArgs = (db: string, batch = BATCH) => [
  'ingest',
  corpus,
  '--db',
  db,
  '--jobs',
  '1',
  '--batch',
  batch,
  '--progress',
];

beforeAll(async () => {
  root = tempDir();
  corpus = path.join(root, 'corpus');
  files = (await generateCorpus(corpus, ARTICLES)).sort();
  // every fifth article twice as long (over 4 KB, as real ones are: LadybugDB's checksummed log could not replay
  // such texts after a kill)
  for (const file of files.filter((_, i) => i % 5 === 0)) {
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, `${text}\n${text.slice(text.indexOf('\n\n') + 2)}`);
  }
  const r = await runKg(ingestArgs(path.join(root, 'reference')), root);
  expect(r.code).toBe(0);
  reference = await readEmbedded(path.join(root, 'reference'));
  referenceFacts = factsByArticle(reference);
  expect(articlesOf(reference)).toHaveLength(ARTICLES);
}, 300_000);

/**
 * The store holds whole articles only: each stored article has exactly the claims and relationships the
 * uninterrupted ingest gave it, every node is one the full graph has, and the articles are the first ones read.
 */
function expectWholeArticles(partial: StoredGraph): number {
  const facts = factsByArticle(partial);
  const articles = articlesOf(partial);
  for (const a of articles) expect(facts.get(a.id), a.key).toEqual(referenceFacts.get(a.id));
  expect([...facts.keys()].sort()).toEqual(articles.map((a) => a.id).sort()); // no fact without its article
  const known = new Set(reference.nodes.map((n) => n.id));
  expect(partial.nodes.filter((n) => !known.has(n.id))).toEqual([]);
  expect(articles.map((a) => a.key).sort()).toEqual(files.slice(0, articles.length));
  return articles.length;
}

/** Runs the same command again: it completes the batch, writes nothing twice, and gives the reference graph. */
async function expectRerunCompletes(db: string, stored: number): Promise<void> {
  const again = await runKg(ingestArgs(db), root);
  expect(again.code).toBe(0);
  expect(parseSummary(again.stdout)).toMatchObject({ new: ARTICLES - stored, unchanged: stored, failed: 0 });
  expect(await readEmbedded(db)).toEqual(reference);
}

describe('kg ingest killed with SIGKILL part-way', () => {
  // [articles per transaction, delay after a commit]: right after one, and later, most likely inside the next
  // (40 articles take about 200 ms on a fast 2-core machine, the 110 left after the first commit about 600 ms: a
  // longer delay let the whole ingest finish before the kill there)
  it.each([
    ['10', 0],
    ['40', 100],
  ])(
    '(--batch %s, %i ms after a commit) leaves a store that opens and holds only whole articles; the same command then completes it',
    async (batch, delay) => {
      const db = path.join(root, `killed-${batch}`);
      const p = startKg(ingestArgs(db, batch), root);
      const seen = await p.waitFor(/progress: ([3-9]\d|\d{3,}) articles committed/);
      if (delay) await new Promise((r) => setTimeout(r, delay));
      p.child.kill('SIGKILL');
      expect((await p.exited).signal).toBe('SIGKILL');
      expect(fs.existsSync(path.join(db, LOCK_FILE))).toBe(true); // the dead writer's lock is still there

      const partial = await readEmbedded(db);
      const stored = expectWholeArticles(partial);
      expect(stored).toBeGreaterThanOrEqual(Number(seen[1]));
      expect(stored).toBeLessThan(ARTICLES);
      expect(fs.existsSync(path.join(db, LOCK_FILE))).toBe(false); // cleared on opening

      await expectRerunCompletes(db, stored);
    },
    300_000,
  );
});

describe('a committed transaction', () => {
  /** Runs write-then-die.ts; returns what it wrote. */
  function writeThenDie(db: string, nodes: number, when: 'now' | 'in-checkpoint') {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'write-then-die.ts'), db, String(nodes), when],
      { encoding: 'utf8' },
    );
    expect(child.signal).toBe('SIGKILL');
    expect(child.stdout).not.toContain('checkpoint finished');
    return JSON.parse(child.stdout.split('\n')[0]) as { written: number; relationships: number };
  }

  it('survives SIGKILL before any checkpoint, however many rows it wrote', async () => {
    const db = path.join(root, 'big-transaction');
    const written = writeThenDie(db, 2000, 'now');
    expect(written.relationships).toBeGreaterThan(1000);
    const g = await readEmbedded(db);
    expect(articlesOf(g)).toHaveLength(written.written);
    expect(g.relationships).toHaveLength(written.relationships);
  }, 120_000);

  it('survives SIGKILL during the checkpoint after it, and the store opens for reading', async () => {
    const db = path.join(root, 'killed-in-checkpoint');
    const written = writeThenDie(db, 10000, 'in-checkpoint');
    expect(fs.readdirSync(db).some((f) => f.includes('checkpoint'))).toBe(true); // LadybugDB's unfinished checkpoint
    const g = await readEmbedded(db);
    expect(articlesOf(g)).toHaveLength(written.written);
    expect(g.relationships).toHaveLength(written.relationships);
    expect(fs.readdirSync(db).filter((f) => f !== 'kg.readers')).toEqual(['graph.lbug']);
  }, 180_000);
});

describe('kg ingest interrupted with Ctrl-C', () => {
  it('stops after the current batch, says so, exits with 1 and leaves only whole articles', async () => {
    const db = path.join(root, 'interrupted');
    const p = startKg(ingestArgs(db), root);
    await p.waitFor(/progress: \d+ articles committed/);
    p.child.kill('SIGINT');
    const { code } = await p.exited;
    expect(code).toBe(1);
    expect(p.stderr()).toContain('stopping after the current batch');
    const summary = parseSummary(p.stdout());
    expect(summary.interrupted).toBe(true);

    const partial = await readEmbedded(db);
    const stored = expectWholeArticles(partial);
    expect(stored).toBe(summary.written);
    expect(stored).toBeLessThan(ARTICLES);
    expect(fs.existsSync(path.join(db, LOCK_FILE))).toBe(false); // closed properly

    await expectRerunCompletes(db, stored);
  }, 300_000);

  it('quits at once on a second Ctrl-C with exit code 130, and the store still holds only whole articles', async () => {
    const db = path.join(root, 'quit');
    const p = startKg(ingestArgs(db), root);
    await p.waitFor(/progress: \d+ articles committed/);
    p.child.kill('SIGINT');
    await p.waitFor(/stopping after the current batch/);
    p.child.kill('SIGINT');
    expect((await p.exited).code).toBe(130);
    expect(p.stdout()).toBe(''); // no summary: it did not finish

    const stored = expectWholeArticles(await readEmbedded(db));
    await expectRerunCompletes(db, stored);
  }, 300_000);
});
