// The readers: files and folders to SourceArticles (see read-articles.ts).
export { readArticles, type ReadOptions } from './read-articles.js';
export { splitDatePrefix, type DatePrefix } from './text.js';
export type { ReadEvent, ReadIssueCode, SourceArticle } from './types.js';
