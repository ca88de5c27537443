// What the readers produce: an article as found in a file, before extraction, or a report of what was not read.

export interface SourceArticle {
  /** Identity of the article's origin: its url, its jsonl `id`, or its path (plus line for jsonl). */
  key: string;
  title: string;
  /** Headline, a blank line, then the body: every offset of the article's facts points into this text. */
  text: string;
  /** ISO date YYYY-MM-DD, or null. */
  date: string | null;
  url: string | null;
  source: string | null;
  path: string | null;
  /** A place line that opened the body ("KARACHI"), when there was one. */
  dateline: string | null;
}

/** Why a file or line was skipped or failed: callers and tests branch on this, never on the reason text. */
export type ReadIssueCode =
  | 'NOT_FOUND'
  | 'UNREADABLE'
  | 'NOT_A_FILE'
  | 'EMPTY'
  | 'UNSUPPORTED_FORMAT'
  | 'BINARY'
  | 'TOO_LARGE'
  | 'MALFORMED'
  | 'NO_ARTICLE_BODY'
  | 'SYMLINK_LOOP'
  | 'ALREADY_READ';

export type ReadEvent =
  | { kind: 'article'; article: SourceArticle }
  /** Not an article kg reads (unknown extension, empty file): reported, not an error. */
  | { kind: 'skipped'; path: string; reason: string; code?: ReadIssueCode }
  /** Could not be read (binary, malformed, too large, unreadable): reported, counted as a failure. */
  | { kind: 'failed'; path: string; line?: number; reason: string; code?: ReadIssueCode };
