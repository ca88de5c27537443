// Reads a plain-text article: an optional `date YYYY-MM-DD` first line (or prefix of the first line), then the
// headline, a blank line and the body; or body prose from the first line, when the title is its first sentence.
import { buildArticle } from './build-article.js';
import { normaliseDate } from './normalise-date.js';
import type { ReadEvent } from './types.js';

/** `date 2024-02-28` alone on the first line, or before the first words of the article on that line. */
const DATE_PREFIX = /^[ \t]*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?![\p{L}\p{N}])[ \t]*(?:\n|$)?/iu;

export interface DatePrefix {
  /** The date the prefix gave, or null (no prefix, or not a real day). */
  date: string | null;
  /** The article: the content without the date prefix and the blank space before the headline. */
  rest: string;
  /** Characters removed from the start of `content`: offsets into the file are offsets into `rest` plus this. */
  removed: number;
}

export function splitDatePrefix(content: string): DatePrefix {
  const match = DATE_PREFIX.exec(content);
  const afterDate = match ? content.slice(match[0].length) : content;
  const rest = afterDate.trimStart();
  return {
    date: match ? normaliseDate(match[1]) : null,
    rest,
    removed: content.length - rest.length,
  };
}

/** `content` is the decoded file (line endings already \n); `path` is absolute. */
export function readText(content: string, path: string, maxArticleChars: number): ReadEvent {
  const { date, rest } = splitDatePrefix(content);
  return buildArticle(
    'readText',
    { title: null, body: rest, date, url: null, source: null, path, fallbackKey: path },
    maxArticleChars,
  );
}
