#!/usr/bin/env node
// `npm run eval`: scores extraction with the shared evaluation kit when ../shared is present (not part of npm test).
// Ingests the development set and PolNeAR dev into throwaway stores, exports them, and runs both scorers.
// Usage: npm run eval [-- --show-errors]    (KG_SHARED=DIR to point at the kit elsewhere)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(process.env.KG_SHARED ?? path.join(root, '..', 'shared'));
const scorer = path.join(shared, 'eval', 'score.mjs');
if (!fs.existsSync(scorer)) {
  console.log(`eval: no evaluation kit at ${shared} (set KG_SHARED); nothing to score.`);
  process.exit(0);
}
if (!fs.existsSync(path.join(root, 'dist', 'cli', 'main.js')))
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

const kg = (...args) =>
  execFileSync(process.execPath, [path.join(root, 'bin', 'kg.js'), ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  }).toString();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-eval-'));
const extra = process.argv.slice(2);

try {
  const dev = path.join(shared, 'corpus', 'dev');
  const devFiles = fs
    .readdirSync(dev)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(dev, f));
  kg('ingest', ...devFiles, '--db', path.join(tmp, 'dev'));
  kg('export', '--db', path.join(tmp, 'dev'), '--format', 'jsonl', '--out', path.join(tmp, 'dev.jsonl'));
  console.log('== development set (eval/score.mjs)');
  console.log(
    execFileSync(process.execPath, [
      scorer,
      '--export',
      path.join(tmp, 'dev.jsonl'),
      '--gold',
      dev,
      ...extra,
    ]).toString(),
  );

  const polnear = path.join(shared, 'corpus', 'polnear', 'dev');
  const polnearScorer = path.join(shared, 'eval', 'polnear.mjs');
  if (fs.existsSync(polnear) && fs.existsSync(polnearScorer)) {
    const files = fs
      .readdirSync(polnear)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => path.join(polnear, f));
    kg('ingest', ...files, '--db', path.join(tmp, 'polnear'));
    kg('export', '--db', path.join(tmp, 'polnear'), '--format', 'jsonl', '--out', path.join(tmp, 'polnear.jsonl'));
    console.log('== who said what (eval/polnear.mjs, PolNeAR dev)');
    console.log(
      execFileSync(process.execPath, [
        polnearScorer,
        '--export',
        path.join(tmp, 'polnear.jsonl'),
        '--gold',
        polnear,
      ]).toString(),
    );
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
