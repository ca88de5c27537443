// Helpers of the robustness tests: temporary folders, the built `kg` started as a child process that can be
// watched line by line and signalled, the ingest summary parsed, and a stored graph read back by article.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphNode, GraphRelationship } from '../../src/model/types.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import type { GraphStore } from '../../src/store/types.js';
import { KG } from '../cli/run-kg.js';

export { KG, runKg } from '../cli/run-kg.js';

const made: string[] = [];

/** A new temporary folder; `removeTempDirs` (in afterAll) removes every one made. */
export function tempDir(prefix = 'kg-robust-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A running `kg` command: its output so far, a wait for a line, its end. */
export interface KgProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first match of `pattern` in stdout or stderr (already written or to come). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resolves when the process has exited, with its code or signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startKg(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): KgProcess {
  const child = spawn(process.execPath, [KG, ...args], {
    cwd,
    env: { ...process.env, KG_DB: '', KG_STORE: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters = new Set<() => void>();
  const wake = () => waiters.forEach((w) => w());
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
    wake();
  });
  child.stderr!.on('data', (d: Buffer) => {
    err += d.toString();
    wake();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => {
      resolve({ code, signal });
      wake();
    }),
  );
  const waitFor = (pattern: RegExp, timeoutMs = 120_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const m = out.match(pattern) ?? err.match(pattern);
        if (m) return done(() => resolve(m));
        if (child.exitCode !== null || child.signalCode !== null) {
          done(() => reject(new Error(`kg ${args[0]} exited before ${pattern}:\n${out}\n${err}`)));
        }
      };
      const timer = setTimeout(
        () => done(() => reject(new Error(`kg ${args[0]}: no ${pattern} after ${timeoutMs} ms:\n${out}\n${err}`))),
        timeoutMs,
      );
      const done = (settle: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        settle();
      };
      waiters.add(check);
      check();
    });
  return { child, stdout: () => out, stderr: () => err, waitFor, exited };
}

/** The counts of an ingest summary line (stdout of kg ingest / kg load). */
export interface Summary {
  written: number;
  new: number;
  replaced: number;
  unchanged: number;
  skipped: number;
  failed: number;
  interrupted: boolean;
}

export function parseSummary(stdout: string): Summary {
  const m =
    /(\d+) articles written \((\d+) new, (\d+) replaced\), (\d+) unchanged, (\d+) skipped, (\d+) failed(, stopped early)?/.exec(
      stdout,
    );
  if (!m) throw new Error(`no ingest summary in:\n${stdout}`);
  const [written, fresh, replaced, unchanged, skipped, failed] = m.slice(1, 7).map(Number);
  return { written, new: fresh, replaced, unchanged, skipped, failed, interrupted: m[7] !== undefined };
}

/** Lines of stderr that report a problem: "skipped ..." or "failed ...". */
export function problemLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => /^(skipped|failed) /.test(l));
}

/** A whole stored graph, read through the store interface. */
export interface StoredGraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

export async function readStoredGraph(store: GraphStore): Promise<StoredGraph> {
  const graph: StoredGraph = { nodes: [], relationships: [] };
  for await (const r of store.readGraph()) {
    if (r.kind === 'node') graph.nodes.push(r.node);
    else graph.relationships.push(r.relationship);
  }
  return graph;
}

/** Opens an embedded store read-only (as kg export does), reads it whole and closes it. */
export async function readEmbedded(dir: string): Promise<StoredGraph> {
  const store = await EmbeddedStore.open({ dir, readOnly: true });
  try {
    return await readStoredGraph(store);
  } finally {
    await store.close();
  }
}

/** For each article id: the sorted ids of its relationships and claims (what one transaction wrote for it). */
export function factsByArticle(graph: StoredGraph): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const n of graph.nodes) if (n.label === 'Article') out.set(n.id, []);
  const add = (articleId: string, id: string) => {
    if (!out.has(articleId)) out.set(articleId, []);
    out.get(articleId)!.push(id);
  };
  for (const n of graph.nodes) if (n.label === 'Claim') add(n.articleId, n.id);
  for (const r of graph.relationships) add(r.articleId, r.id);
  for (const ids of out.values()) ids.sort();
  return out;
}

export const articlesOf = (g: StoredGraph) =>
  g.nodes.filter((n): n is Extract<GraphNode, { label: 'Article' }> => n.label === 'Article');
