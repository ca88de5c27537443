// Constructors for the events the readers yield, so every reason reads the same way:
// where it came from, the file (and line), what was wrong, and what was expected.
import type { ReadEvent, ReadIssueCode, SourceArticle } from './types.js';

export type SkippedEvent = Extract<ReadEvent, { kind: 'skipped' }>;
export type FailedEvent = Extract<ReadEvent, { kind: 'failed' }>;
export type ArticleEvent = Extract<ReadEvent, { kind: 'article' }>;

export function articleEvent(article: SourceArticle): ArticleEvent {
  return { kind: 'article', article };
}

/** `problem` continues the sentence `<origin>: "<path>" ...`, e.g. "is empty." */
export function skipped(origin: string, path: string, code: ReadIssueCode, problem: string): SkippedEvent {
  return { kind: 'skipped', path, code, reason: `${origin}: "${path}" ${problem}` };
}

export function failed(origin: string, path: string, code: ReadIssueCode, problem: string, line?: number): FailedEvent {
  const where = line === undefined ? `"${path}"` : `"${path}" line ${line}`;
  const event: FailedEvent = { kind: 'failed', path, code, reason: `${origin}: ${where} ${problem}` };
  if (line !== undefined) event.line = line;
  return event;
}

const count = (n: number) => n.toLocaleString('en-US');

/** The reason for a file or article over `maxArticleChars`. */
export function tooLargeProblem(size: number, max: number, unit: 'characters' | 'bytes' = 'characters'): string {
  return `is ${count(size)} ${unit}, over the limit of ${count(max)} characters (maxArticleChars). Expecting at most ${count(max)} characters.`;
}

export function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}
