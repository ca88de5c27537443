// Walks a folder recursively in sorted order (by name, code point order), one folder listing in memory at a time.
// Hidden files and folders are skipped; symbolic links are followed, and a link back into a folder being walked is
// reported once as a loop instead of being followed again.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { failed, skipped, type FailedEvent, type SkippedEvent } from './events.js';

export type WalkEntry = { kind: 'file'; path: string } | SkippedEvent | FailedEvent;

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The files under `root` (an absolute path to a folder). `visited` holds the real paths of the folders already
 * walked in this run, so a folder reached twice (through a link, or named twice) is read once.
 */
export async function* walk(root: string, visited: Set<string> = new Set()): AsyncGenerator<WalkEntry> {
  yield* walkFolder(root, visited, new Set());
}

async function* walkFolder(folder: string, visited: Set<string>, ancestors: Set<string>): AsyncGenerator<WalkEntry> {
  let real: string;
  let entries: Dirent[];
  try {
    real = await realpath(folder);
    if (ancestors.has(real)) {
      yield skipped(
        'walk',
        folder,
        'SYMLINK_LOOP',
        `links back to "${real}", a folder being read. Expecting no loops.`,
      );
      return;
    }
    if (visited.has(real)) {
      yield skipped('walk', folder, 'ALREADY_READ', `is "${real}", a folder already read.`);
      return;
    }
    visited.add(real);
    entries = await readdir(folder, { withFileTypes: true });
  } catch (e) {
    yield failed(
      'walk',
      folder,
      'UNREADABLE',
      `could not be listed (${(e as Error).message}). Expecting a readable folder.`,
    );
    return;
  }
  entries.sort(byName);
  const inside = new Set(ancestors).add(real);
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch {
        yield failed('walk', path, 'NOT_FOUND', 'is a symbolic link to nothing. Expecting a file or a folder.');
        continue;
      }
    }
    if (isDirectory) yield* walkFolder(path, visited, inside);
    else if (isFile) yield { kind: 'file', path };
    else
      yield skipped('walk', path, 'NOT_A_FILE', 'is not a regular file (a device, socket or pipe). Expecting a file.');
  }
}
