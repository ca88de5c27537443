// The locks of an embedded store folder: a `kg.lock` file holding the writer's pid, and one `kg.readers/PID-N`
// file per open reader. LadybugDB refuses a second writer itself, but a reader opening the folder while a writer
// writes can crash its process, and so can a reader that opened first when a writer then changes the file under
// it (SIGFPE, measured); the native refusal names no pid. These files let all three be refused with a clear
// StoreLockedError: many readers or one writer. Files left by a process that died are removed.
import fs from 'node:fs/promises';
import path from 'node:path';
import { StoreLockedError } from '../errors.js';

export const LOCK_FILE = 'kg.lock';
/** The folder of reader files (`PID-N`), inside the store folder. */
export const READERS_DIR = 'kg.readers';

/** Folders this process holds the writer lock of. */
const heldHere = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readPid(file: string): Promise<number | null> {
  try {
    const pid = Number.parseInt((await fs.readFile(file, 'utf8')).trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export function lockedError(location: string, pid: number | null, cause?: unknown): StoreLockedError {
  const who =
    pid === null
      ? 'another process'
      : pid === process.pid
        ? `this kg process (pid ${pid})`
        : `another kg process (pid ${pid})`;
  const stale =
    pid === null ? '' : ` If no kg process has pid ${pid} any more, delete ${path.join(location, LOCK_FILE)}.`;
  return new StoreLockedError(
    `embedded store ${location} is in use by ${who}. Expecting one writer at a time; wait for it to finish, ` +
      `or stop it (a lock left by a process that died is cleared by itself).${stale}`,
    { cause },
  );
}

/** The pid of the live writer of `dir`, or null; a stale lock (dead pid) is removed on the way. */
export async function liveWriter(dir: string): Promise<number | null> {
  const file = path.join(dir, LOCK_FILE);
  const pid = await readPid(file);
  if (pid === null) return null;
  if (pid === process.pid ? heldHere.has(path.resolve(dir)) : isAlive(pid)) return pid;
  await fs.rm(file, { force: true });
  return null;
}

/** Takes the writer lock of `dir`, or throws StoreLockedError naming the live writer. Returns the release. */
export async function acquireWriterLock(dir: string, location: string): Promise<() => Promise<void>> {
  const file = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.writeFile(file, `${process.pid}\n`, { flag: 'wx' });
      const key = path.resolve(dir);
      heldHere.add(key);
      return async () => {
        heldHere.delete(key);
        if ((await readPid(file)) === process.pid) await fs.rm(file, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = await liveWriter(dir);
      if (pid !== null) throw lockedError(location, pid);
    }
  }
  throw lockedError(location, await readPid(file));
}

/** Readers open in this process, by reader file. */
const readersHere = new Set<string>();
let readerCount = 0;

/**
 * Records an open reader of `dir` (a file named after this process) and returns its release. A folder kg may
 * not write to (a read-only copy) takes no reader file: no kg writer can change it either.
 */
export async function registerReader(dir: string): Promise<() => Promise<void>> {
  const file = path.resolve(dir, READERS_DIR, `${process.pid}-${++readerCount}`);
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return async () => undefined;
      // the last reader of another process removed the folder between our mkdir and our write: make it again
      if (code === 'ENOENT' && attempt < 10) continue;
      throw e;
    }
  }
  readersHere.add(file);
  return async () => {
    readersHere.delete(file);
    await fs.rm(file, { force: true });
    await fs.rmdir(path.dirname(file)).catch(() => undefined); // the last reader leaves no folder behind
  };
}

/** The pids of the live readers of `dir`; files of readers that died are removed on the way. */
export async function liveReaders(dir: string): Promise<number[]> {
  const folder = path.join(dir, READERS_DIR);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  const pids: number[] = [];
  for (const name of names) {
    const file = path.resolve(folder, name);
    const pid = Number.parseInt(name, 10);
    const live = Number.isSafeInteger(pid) && pid > 0 && (pid === process.pid ? readersHere.has(file) : isAlive(pid));
    if (live) pids.push(pid);
    else await fs.rm(file, { force: true });
  }
  return [...new Set(pids)];
}

export function readLockedError(location: string, pids: number[]): StoreLockedError {
  const who = pids.length === 1 ? `pid ${pids[0]}` : `pids ${pids.join(', ')}`;
  return new StoreLockedError(
    `embedded store ${location} is open for reading by ${pids.includes(process.pid) ? 'this or ' : ''}another kg ` +
      `process (${who}: kg view, export, query or stats). Expecting no reader while a writer writes (a reader ` +
      `could crash when the file changes under it): stop it, or wait for it to finish. If no kg process has ` +
      `${who} any more, delete ${path.join(location, READERS_DIR)}.`,
  );
}

/** Whether a native error is LadybugDB refusing a file lock held by another process. */
export function isNativeLockError(e: unknown): boolean {
  return e instanceof Error && /could not set lock/i.test(e.message);
}
