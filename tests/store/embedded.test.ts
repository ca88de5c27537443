// The embedded LadybugDB store: the shared contract on a fresh temporary folder per test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { storeContract } from './store-contract.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-embedded-contract-'));
let n = 0;

storeContract('embedded (LadybugDB)', () => EmbeddedStore.open({ dir: path.join(root, `store-${n++}`) }));
// every relationship through a temporary Parquet file (LOAD FROM), the path of large transactions
storeContract('embedded (LadybugDB), relationships written from files', () =>
  EmbeddedStore.open({ dir: path.join(root, `store-${n++}`), fileRows: 1 }),
);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
