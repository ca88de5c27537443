// Runs the built command line (`node bin/kg.js`, built by `npm test`'s pretest) in a chosen folder and
// collects its exit code and output.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { FIXTURE_FRAGMENTS } from '../fixtures/fragments.js';

export const KG = fileURLToPath(new URL('../../bin/kg.js', import.meta.url));

export interface KgRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runKg(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<KgRun> {
  if (!fs.existsSync(fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url)))) {
    throw new Error('runKg: dist/ is missing. Expecting `npm run build` first (npm test does it).');
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KG, ...args], {
      cwd,
      env: { ...process.env, KG_DB: '', KG_STORE: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A temporary working folder holding a store `kg-data` written through the store API with the fixtures. */
export async function fixtureWorkdir(): Promise<string> {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cli-'));
  const store = await EmbeddedStore.open({ dir: path.join(cwd, 'kg-data') });
  await store.writeFragments(FIXTURE_FRAGMENTS);
  await store.close();
  return cwd;
}
