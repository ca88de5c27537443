// Test helper: a real embedded store in a temporary folder, filled with the coalition negotiation through
// writeFragments, then reopened read-only the way `kg view` opens it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphFragment } from '../../src/model/types.js';
import { resolveSettings } from '../../src/settings.js';
import { openStore } from '../../src/store/open-store.js';
import type { GraphStore } from '../../src/store/types.js';
import { coalitionFragments } from '../fixtures/coalition-negotiation.js';

export interface FixtureStore {
  store: GraphStore;
  dir: string;
  dispose(): Promise<void>;
}

export async function openFixtureStore(fragments: GraphFragment[] = coalitionFragments()): Promise<FixtureStore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-viz-'));
  const settings = resolveSettings({ db: path.join(dir, 'kg-data'), store: 'embedded' }, {});
  const writer = await openStore(settings);
  await writer.writeFragments(fragments);
  await writer.flush();
  await writer.close();
  const store = await openStore(settings, { readOnly: true, mustExist: true });
  return {
    store,
    dir,
    dispose: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
