// Choosing the store from the settings.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/settings.js';
import { openStore } from '../../src/store/open-store.js';

describe('openStore', () => {
  it('opens the embedded store in the settings folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-open-store-'));
    const store = await openStore(resolveSettings({ db: path.join(dir, 'db') }, {}));
    expect(store.kind).toBe('embedded');
    expect(store.location).toBe(path.join(dir, 'db'));
    await store.close();
    await expect(
      openStore(resolveSettings({ db: path.join(dir, 'none') }, {}), { readOnly: true }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reports a clear error for neo4j when this build has no neo4j store', async () => {
    const hasNeo4j = fs.existsSync(new URL('../../src/store/neo4j.ts', import.meta.url));
    if (hasNeo4j) return; // the neo4j store's own tests cover opening it
    await expect(openStore(resolveSettings({ store: 'neo4j' }, {}))).rejects.toMatchObject({ code: 'CONFIG' });
  });
});
