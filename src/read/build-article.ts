// The last step of every reader: headline + blank line + body as the article text, a derived title when the file
// states none, the dateline of the body's first paragraph, the key, and the checks every article passes.
import { deriveTitle } from './derive-title.js';
import { articleEvent, failed, skipped, tooLargeProblem } from './events.js';
import { findDateline } from './find-dateline.js';
import type { ReadEvent } from './types.js';

export interface ArticleParts {
  /** The title the file states (front matter, <title>, a jsonl field), or null to derive one from the body. */
  title: string | null;
  /** Paragraphs separated by blank lines. */
  body: string;
  date: string | null;
  url: string | null;
  source: string | null;
  /** Absolute path of the file. */
  path: string;
  /** The key when there is no url: the path, `jsonl:<id>` or `<path>#<line>`. */
  fallbackKey: string;
  /** For jsonl, the line the article came from. */
  line?: number;
}

export const PARAGRAPH_BREAK = /\n[ \t]*\n/;
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

export function buildArticle(origin: string, parts: ArticleParts, maxArticleChars: number): ReadEvent {
  const body = parts.body.trim();
  const paragraphs = body === '' ? [] : body.split(PARAGRAPH_BREAK);
  const stated = parts.title === null ? '' : collapse(parts.title);
  let title: string;
  let text: string;
  let bodyStart: string | undefined;
  if (stated !== '') {
    title = stated;
    const repeatsTitle = paragraphs.length > 0 && collapse(paragraphs[0]) === stated;
    text = repeatsTitle ? body : paragraphs.length > 0 ? `${stated}\n\n${body}` : stated;
    bodyStart = repeatsTitle ? paragraphs[1] : paragraphs[0];
  } else {
    if (paragraphs.length === 0) return emptyEvent(origin, parts.path, parts.line);
    const derived = deriveTitle(paragraphs[0]);
    title = derived.title;
    text = body;
    bodyStart = derived.isHeadline ? paragraphs[1] : paragraphs[0];
  }
  return finishArticle(
    origin,
    {
      key: parts.url ?? parts.fallbackKey,
      title,
      text,
      date: parts.date,
      url: parts.url,
      source: parts.source,
      path: parts.path,
      dateline: bodyStart === undefined ? null : (findDateline(bodyStart.trimStart())?.place ?? null),
    },
    maxArticleChars,
    parts.line,
  );
}

/** The checks every article passes before it is yielded: some text, and not over the size limit. */
export function finishArticle(
  origin: string,
  article: Parameters<typeof articleEvent>[0],
  maxArticleChars: number,
  line?: number,
): ReadEvent {
  const path = article.path ?? article.key;
  if (article.text.trim() === '') return emptyEvent(origin, path, line);
  if (article.text.length > maxArticleChars) {
    return failed(origin, path, 'TOO_LARGE', tooLargeProblem(article.text.length, maxArticleChars), line);
  }
  return articleEvent(article);
}

/** An empty file is skipped; an empty line of a jsonl file that claims to be an article fails. */
export function emptyEvent(origin: string, path: string, line?: number): ReadEvent {
  return line === undefined
    ? skipped(origin, path, 'EMPTY', 'is empty. Expecting an article.')
    : failed(origin, path, 'EMPTY', 'has no text. Expecting an article with some text.', line);
}
