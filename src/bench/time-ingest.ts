// End to end: `kg ingest` run as a child process on the corpus files (reading, extraction on worker threads,
// entity resolution, store writes, checkpoint), timed from outside, with its peak RSS and CPU time reported
// from inside by rss-probe.js.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { round, summarize, type Summary } from './stats.js';

const KG = fileURLToPath(new URL('../../bin/kg.js', import.meta.url));
// The built probe, also when this module runs from src/ (tests): node cannot --import TypeScript.
const PROBE = new URL('../../dist/bench/rss-probe.js', import.meta.url).href;

export interface IngestRun {
  seconds: number;
  maxRssBytes: number;
  cpuSeconds: number;
  summary: string;
}

export interface IngestTiming {
  jobs: number;
  bulk: boolean;
  articles: number;
  bytes: number;
  seconds: Summary;
  articlesPerSecond: number;
  mbPerSecond: number;
  /** Largest peak RSS over the runs. */
  peakRssMB: number;
  cpuSeconds: number;
  /** kg ingest's own summary line of the last run. */
  summary: string;
}

/** Runs `kg ingest` once into `db` (which should not exist yet). */
export async function runIngest(files: string[], db: string, jobs: number, bulk: boolean): Promise<IngestRun> {
  const probe = `${db}.probe.json`;
  const args = ['--import', PROBE, KG, 'ingest', '--db', db, '--jobs', String(jobs), ...(bulk ? ['--bulk'] : [])];
  const t0 = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, [...args, ...files], {
        env: { ...process.env, KG_BENCH_PROBE: probe },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('error', reject);
      child.on('close', (c) => resolve({ code: c, stdout: out, stderr: err }));
    },
  );
  const seconds = (performance.now() - t0) / 1000;
  if (code !== 0) {
    throw new Error(`bench: kg ingest exited with ${code}. Expecting 0.\n${stderr.slice(-2000)}`);
  }
  const usage = JSON.parse(fs.readFileSync(probe, 'utf8')) as {
    maxRssBytes: number;
    userSeconds: number;
    systemSeconds: number;
  };
  fs.rmSync(probe, { force: true });
  return {
    seconds,
    maxRssBytes: usage.maxRssBytes,
    cpuSeconds: usage.userSeconds + usage.systemSeconds,
    summary: stdout.trim().split('\n').join(' '),
  };
}

/** Times `runs` ingests into fresh stores; keeps the last store at `keep` when given. */
export async function timeIngest(
  files: string[],
  bytes: number,
  options: { jobs: number; bulk: boolean; runs: number; tempDir: string; keep?: string },
): Promise<IngestTiming> {
  const runs: IngestRun[] = [];
  for (let r = 0; r < options.runs; r++) {
    const last = r === options.runs - 1;
    const db = last && options.keep ? options.keep : path.join(options.tempDir, `ingest-${options.jobs}-${r}`);
    fs.rmSync(db, { recursive: true, force: true });
    try {
      runs.push(await runIngest(files, db, options.jobs, options.bulk));
    } finally {
      if (!(last && options.keep)) fs.rmSync(db, { recursive: true, force: true });
    }
  }
  const s = summarize(runs.map((r) => r.seconds));
  return {
    jobs: options.jobs,
    bulk: options.bulk,
    articles: files.length,
    bytes,
    seconds: s,
    articlesPerSecond: round(files.length / s.median),
    mbPerSecond: round(bytes / 1e6 / s.median),
    peakRssMB: round(Math.max(...runs.map((r) => r.maxRssBytes)) / 2 ** 20),
    cpuSeconds: round(summarize(runs.map((r) => r.cpuSeconds)).median),
    summary: runs[runs.length - 1].summary,
  };
}
