// Reads JSON Lines (.jsonl, .ndjson), one article an object a line: `text`, optional `title`, `date`, `url`,
// `source`, `id`. Streamed line by line; a malformed line is reported with its number and the others still read.
import type { FileHandle } from 'node:fs/promises';
import { z } from 'zod';
import { buildArticle, emptyEvent } from './build-article.js';
import { decodeText } from './decode-text.js';
import { failed, skipped, tooLargeProblem } from './events.js';
import { normaliseDate } from './normalise-date.js';
import { readLines } from './read-lines.js';
import { sniffBinary } from './sniff-binary.js';
import type { ReadEvent } from './types.js';

const optionalText = z.string().nullish();
const JsonlArticle = z.object({
  text: z.string(),
  title: optionalText,
  date: optionalText,
  url: optionalText,
  source: optionalText,
  id: z.union([z.string(), z.number()]).nullish(),
});

const EXPECTING =
  'Expecting one JSON object a line with "text" (a string) and optional "title", "date", "url", "source" (strings) and "id".';

/** Bytes at the start of the file checked for binary content. */
const SNIFF_BYTES = 4096;

const present = (s: string | null | undefined) => (s === null || s === undefined || s.trim() === '' ? null : s.trim());

/** `handle` is open on the file at `path` (absolute); the caller closes it. */
export async function* readJsonl(handle: FileHandle, path: string, maxArticleChars: number): AsyncGenerator<ReadEvent> {
  const head = Buffer.alloc(SNIFF_BYTES);
  const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
  const binary = sniffBinary(head.subarray(0, bytesRead));
  if (binary) {
    yield failed('readJsonl', path, 'BINARY', `has binary content (${binary}), not text. Expecting UTF-8 JSON Lines.`);
    return;
  }
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    yield failed('readJsonl', path, 'MALFORMED', 'is UTF-16 text. Expecting UTF-8 JSON Lines.');
    return;
  }
  // A line longer than this many bytes is over the limit whatever its characters (UTF-8 uses at most 4 a character).
  const maxLineBytes = maxArticleChars * 4 + 1024;
  const stream = handle.createReadStream({ start: 0, highWaterMark: 1 << 16, autoClose: false });
  let lines = 0;
  for await (const line of readLines(stream, maxLineBytes)) {
    if (line.tooLong) {
      lines++;
      yield failed(
        'readJsonl',
        path,
        'TOO_LARGE',
        tooLargeProblem(line.byteLength, maxArticleChars, 'bytes'),
        line.number,
      );
      continue;
    }
    const text = decodeText(line.bytes);
    if (text.trim() === '') continue;
    lines++;
    yield readLine(text, line.number, path, maxArticleChars);
  }
  if (lines === 0) yield skipped('readJsonl', path, 'EMPTY', 'is empty. Expecting JSON Lines, one article a line.');
}

function readLine(line: string, number: number, path: string, maxArticleChars: number): ReadEvent {
  if (line.length > maxArticleChars) {
    return failed('readJsonl', path, 'TOO_LARGE', tooLargeProblem(line.length, maxArticleChars), number);
  }
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : 'syntax error';
    return failed('readJsonl', path, 'MALFORMED', `is not valid JSON (${why}). ${EXPECTING}`, number);
  }
  const parsed = JsonlArticle.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the line';
    return failed('readJsonl', path, 'MALFORMED', `has ${field} not valid (${issue.message}). ${EXPECTING}`, number);
  }
  const { text, title, date, url, source, id } = parsed.data;
  if (text.trim() === '') return emptyEvent('readJsonl', path, number);
  const key = id === null || id === undefined || String(id).trim() === '' ? `${path}#${number}` : `jsonl:${id}`;
  return buildArticle(
    'readJsonl',
    {
      title: present(title),
      body: text.replace(/\r\n?/g, '\n'),
      date: normaliseDate(date),
      url: present(url),
      source: present(source),
      path,
      fallbackKey: key,
      line: number,
    },
    maxArticleChars,
  );
}
