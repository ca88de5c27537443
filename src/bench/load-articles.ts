// Reads a corpus's articles into memory once, so that extraction and store timings leave file reading out.
import { readArticles } from '../read/index.js';
import type { SourceArticle } from '../read/types.js';
import { DEFAULT_SETTINGS } from '../settings.js';

export async function loadArticles(files: string[]): Promise<SourceArticle[]> {
  const out: SourceArticle[] = [];
  for await (const ev of readArticles(files, { maxArticleChars: DEFAULT_SETTINGS.maxArticleChars })) {
    if (ev.kind === 'article') out.push(ev.article);
  }
  return out;
}

/** The UTF-8 size of the articles' texts. */
export function textBytes(articles: SourceArticle[]): number {
  return articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
}
