// Opening the embedded store: folders created or required, read-only use, one writer process at a time,
// stale locks of dead writers, and data surviving a close or a killed writer.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, READERS_DIR } from '../../src/store/embedded-lock.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { articleA, articleB } from '../fixtures/fragments.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-embedded-open-'));
let n = 0;
const freshDir = () => path.join(root, `store-${n++}`);
const children: ChildProcess[] = [];

/** Starts a separate process that holds `dir` open for writing; resolves once it has written. */
function holdStore(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'hold-store.ts'), dir], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`hold-store exited with ${code}`)));
  });
}

const exited = (child: ChildProcess) => new Promise((resolve) => child.once('exit', resolve));

afterEach(async () => {
  for (const c of children.splice(0)) {
    if (c.exitCode === null && c.signalCode === null) {
      c.kill('SIGKILL');
      await exited(c);
    }
  }
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('EmbeddedStore.open', () => {
  it('creates the folder when it is missing', async () => {
    const dir = path.join(freshDir(), 'nested', 'kg-data');
    const store = await EmbeddedStore.open({ dir });
    await store.close();
    expect(fs.existsSync(dir)).toBe(true);
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses to open a missing store read-only with NotFoundError, and creates nothing', async () => {
    const dir = freshDir();
    await expect(EmbeddedStore.open({ dir, readOnly: true })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(EmbeddedStore.open({ dir, mustExist: true })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('keeps what was written across close and reopen, read-only included', async () => {
    const dir = freshDir();
    const writer = await EmbeddedStore.open({ dir });
    await writer.writeFragments([articleA, articleB]);
    const stats = await writer.stats();
    await writer.close();
    const reader = await EmbeddedStore.open({ dir, readOnly: true });
    expect(await reader.stats()).toEqual(stats);
    await expect(reader.writeFragments([articleA])).rejects.toMatchObject({ code: 'QUERY_FAILED' });
    await expect(reader.query('MATCH (n:Person) DETACH DELETE n')).rejects.toMatchObject({ code: 'QUERY_FAILED' });
    await reader.close();
  });

  it('lets several readers open the store at once', async () => {
    const dir = freshDir();
    await (await EmbeddedStore.open({ dir })).close();
    const a = await EmbeddedStore.open({ dir, readOnly: true });
    const b = await EmbeddedStore.open({ dir, readOnly: true });
    expect((await a.stats()).articles).toBe(0);
    expect((await b.stats()).articles).toBe(0);
    await a.close();
    await b.close();
  });

  it('refuses a second writer in the same process with StoreLockedError', async () => {
    const dir = freshDir();
    const first = await EmbeddedStore.open({ dir });
    await expect(EmbeddedStore.open({ dir })).rejects.toMatchObject({ code: 'STORE_LOCKED' });
    await first.close();
    const again = await EmbeddedStore.open({ dir });
    await again.close();
  });

  it('refuses a writer and a reader while another process writes, naming its pid', async () => {
    const dir = freshDir();
    const child = await holdStore(dir);
    const writer = EmbeddedStore.open({ dir });
    await expect(writer).rejects.toMatchObject({ code: 'STORE_LOCKED' });
    await expect(writer).rejects.toThrow(`pid ${child.pid}`);
    await expect(EmbeddedStore.open({ dir, readOnly: true })).rejects.toMatchObject({ code: 'STORE_LOCKED' });
    child.stdin!.end();
    await exited(child);
    const store = await EmbeddedStore.open({ dir, readOnly: true });
    expect((await store.stats()).articles).toBe(1);
    await store.close();
  });

  it('turns LadybugDB refusing its file lock into StoreLockedError when the lock file is gone', async () => {
    const dir = freshDir();
    await holdStore(dir);
    fs.rmSync(path.join(dir, LOCK_FILE));
    await expect(EmbeddedStore.open({ dir })).rejects.toMatchObject({ code: 'STORE_LOCKED' });
  });

  it('releases the database file on close, so that another process can write after a transaction and a query', async () => {
    const dir = freshDir();
    const store = await EmbeddedStore.open({ dir });
    await store.writeFragments([articleB]);
    await store.query('MATCH (p:Person) RETURN p');
    await store.close();
    const child = await holdStore(dir);
    child.stdin!.end();
    expect(await exited(child)).toBe(0);
  });

  it('clears the lock of a writer that was killed and recovers what it had written', async () => {
    const dir = freshDir();
    const child = await holdStore(dir);
    child.kill('SIGKILL');
    await exited(child);
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(true);
    const store = await EmbeddedStore.open({ dir });
    expect((await store.findArticles([articleA.article.id], [])).length).toBe(1);
    await store.close();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a writer while a reader has the store open, and lets it in once the reader closes', async () => {
    const dir = freshDir();
    await (await EmbeddedStore.open({ dir })).close();
    const reader = await EmbeddedStore.open({ dir, readOnly: true });
    await expect(EmbeddedStore.open({ dir })).rejects.toMatchObject({ code: 'STORE_LOCKED' });
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false); // the refused writer gave its lock back
    await reader.close();
    expect(fs.existsSync(path.join(dir, READERS_DIR))).toBe(false);
    await (await EmbeddedStore.open({ dir })).close();
  });

  it('removes the reader file of a process that died', async () => {
    const dir = freshDir();
    await (await EmbeddedStore.open({ dir })).close();
    fs.mkdirSync(path.join(dir, READERS_DIR));
    fs.writeFileSync(path.join(dir, READERS_DIR, '999999999-1'), '999999999\n'); // no such pid
    const writer = await EmbeddedStore.open({ dir });
    await writer.close();
    expect(fs.readdirSync(path.join(dir, READERS_DIR))).toEqual([]);
  });
});
