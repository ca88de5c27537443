// The readers' entry point: files and folders (walked recursively) to a stream of articles, and of reports of
// what was skipped or failed. Bad input never throws: each problem is an event, and the batch goes on.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { errorCode, failed, skipped } from './events.js';
import { readFile } from './read-file.js';
import type { ReadEvent } from './types.js';
import { walk } from './walk.js';

export interface ReadOptions {
  /** Files and articles longer than this (characters) fail with a reason naming the limit. */
  maxArticleChars: number;
}

export async function* readArticles(inputs: string[], options: ReadOptions): AsyncGenerator<ReadEvent> {
  const { maxArticleChars } = options;
  if (!Number.isInteger(maxArticleChars) || maxArticleChars < 1) {
    throw new ConfigError(`readArticles: maxArticleChars is ${maxArticleChars}. Expecting a positive integer.`);
  }
  const visitedFolders = new Set<string>();
  for (const input of inputs) {
    const path = resolve(input);
    let stats;
    try {
      stats = await stat(path);
    } catch (e) {
      const code = errorCode(e);
      yield code === 'ENOENT' || code === 'ENOTDIR'
        ? failed('readArticles', path, 'NOT_FOUND', 'was not found. Expecting a file or a folder.')
        : failed('readArticles', path, 'UNREADABLE', `could not be read (${(e as Error).message}).`);
      continue;
    }
    if (stats.isDirectory()) {
      for await (const entry of walk(path, visitedFolders)) {
        if (entry.kind === 'file') yield* readFile(entry.path, maxArticleChars);
        else yield entry;
      }
    } else if (stats.isFile()) {
      yield* readFile(path, maxArticleChars);
    } else {
      yield skipped('readArticles', path, 'NOT_A_FILE', 'is not a regular file. Expecting a file or a folder.');
    }
  }
}
