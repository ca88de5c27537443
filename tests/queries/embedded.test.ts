// The shipped queries on the embedded store over the fixture graph.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { queryContract } from './query-contract.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-queries-'));
queryContract('embedded (LadybugDB)', () => EmbeddedStore.open({ dir: path.join(root, 'store') }));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
