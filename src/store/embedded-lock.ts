// The writer lock of an embedded store folder: a `kg.lock` file holding the writer's pid. LadybugDB refuses a
// second writer itself, but a reader opening the folder while a writer writes can crash its process, and the
// native refusal names no pid; this file lets both be refused with a clear StoreLockedError. A lock left by a
// process that died is removed.
import fs from 'node:fs/promises';
import path from 'node:path';
import { StoreLockedError } from '../errors.js';

export const LOCK_FILE = 'kg.lock';

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

/** Whether a native error is LadybugDB refusing a file lock held by another process. */
export function isNativeLockError(e: unknown): boolean {
  return e instanceof Error && /could not set lock/i.test(e.message);
}
