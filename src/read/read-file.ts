// Reads one file into events: picks the reader by extension, and turns away what is not an article (unknown
// extension, empty, binary, over the size limit, unreadable) with a one-line reason, never an exception.
import { open, stat, type FileHandle } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeText } from './decode-text.js';
import { errorCode, failed, skipped, tooLargeProblem } from './events.js';
import { readJsonl } from './jsonl.js';
import { sniffBinary } from './sniff-binary.js';
import { readText } from './text.js';
import type { ReadEvent } from './types.js';

type WholeFileReader = (content: string, path: string, maxArticleChars: number) => ReadEvent;

// The HTML and Markdown readers are loaded when a file needs them: their parsers (a DOM, Readability, marked)
// cost tenths of a second of CPU at every start of kg, and most corpora are plain text.
const markdown = async () => (await import('./markdown.js')).readMarkdown;
const html = async () => (await import('./html.js')).readHtml;
const WHOLE_FILE_READERS = new Map<string, () => Promise<WholeFileReader> | WholeFileReader>([
  ['.txt', () => readText],
  ['.md', markdown],
  ['.markdown', markdown],
  ['.html', html],
  ['.htm', html],
]);
const LINE_READERS = new Set(['.jsonl', '.ndjson']);

export const SUPPORTED_EXTENSIONS = [...WHOLE_FILE_READERS.keys(), ...LINE_READERS];

/** `path` is absolute. */
export async function* readFile(path: string, maxArticleChars: number): AsyncGenerator<ReadEvent> {
  const extension = extname(path).toLowerCase();
  const loadReader = WHOLE_FILE_READERS.get(extension);
  if (!loadReader && !LINE_READERS.has(extension)) {
    yield skipped(
      'readArticles',
      path,
      'UNSUPPORTED_FORMAT',
      'is not a supported format. Expecting .txt, .md, .html or .jsonl.',
    );
    return;
  }
  let handle: FileHandle;
  try {
    // Stat before opening: opening a named pipe would wait for a writer.
    const stats = await stat(path);
    if (!stats.isFile()) {
      yield skipped('readArticles', path, 'NOT_A_FILE', 'is not a regular file. Expecting a file.');
      return;
    }
    if (stats.size === 0) {
      yield skipped('readArticles', path, 'EMPTY', 'is empty. Expecting an article.');
      return;
    }
    if (loadReader && stats.size > maxArticleChars * 4) {
      // More bytes than four times the limit: more characters than the limit, whatever the encoding.
      yield failed('readArticles', path, 'TOO_LARGE', tooLargeProblem(stats.size, maxArticleChars, 'bytes'));
      return;
    }
    handle = await open(path, 'r');
  } catch (e) {
    yield openFailure(path, e);
    return;
  }
  try {
    if (loadReader) yield await readWholeFile(handle, await loadReader(), path, maxArticleChars);
    else yield* readJsonl(handle, path, maxArticleChars);
  } catch (e) {
    yield failed(
      'readArticles',
      path,
      'UNREADABLE',
      `could not be read (${(e as Error).message}). Expecting a readable file.`,
    );
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function readWholeFile(
  handle: FileHandle,
  reader: WholeFileReader,
  path: string,
  maxArticleChars: number,
): Promise<ReadEvent> {
  const bytes = await handle.readFile();
  const binary = sniffBinary(bytes);
  if (binary) {
    return failed(
      'readArticles',
      path,
      'BINARY',
      `has binary content (${binary}), not text. Expecting a UTF-8 text file.`,
    );
  }
  const content = decodeText(bytes);
  if (content.length > maxArticleChars) {
    return failed('readArticles', path, 'TOO_LARGE', tooLargeProblem(content.length, maxArticleChars));
  }
  if (content.trim() === '') return skipped('readArticles', path, 'EMPTY', 'is empty. Expecting an article.');
  try {
    return reader(content, path, maxArticleChars);
  } catch (e) {
    // A reader's library failing on odd input: reported for this file, the batch goes on.
    return failed('readArticles', path, 'MALFORMED', `could not be parsed (${(e as Error).message}).`);
  }
}

function openFailure(path: string, e: unknown): ReadEvent {
  const code = errorCode(e);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return failed('readArticles', path, 'NOT_FOUND', 'was not found. Expecting a file or a folder.');
  }
  return failed(
    'readArticles',
    path,
    'UNREADABLE',
    `could not be read (${(e as Error).message}). Expecting a readable file.`,
  );
}
