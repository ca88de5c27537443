// Provenance of extracted graph fragments: every relationship's evidence is the article text between its
// offsets, claims point inside the text, ids are stable across runs, and every edge joins nodes of the fragment.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';
import type { GraphFragment } from '../../src/model/types.js';
import type { SourceArticle } from '../../src/read/types.js';
import { EXAMPLES_DIR, REGRESSION_DIR, readFolderArticles } from '../fixtures/articles.js';
import { CLAIM_CASES } from './cases/quotes-and-claims.js';
import { SPEAKER_CASES } from './cases/speakers.js';
import { ENTITY_CASES } from './cases/entities.js';
import { RELATION_CASES } from './cases/relations.js';
import { EVENT_CASES } from './cases/events.js';
import { sourceOf, words } from './helpers.js';

/** Every article the extraction tests know: the examples, the regression articles and each table case. */
let articles: SourceArticle[] = [];
let fragments: GraphFragment[] = [];

beforeAll(async () => {
  const cases = [...CLAIM_CASES, ...SPEAKER_CASES, ...ENTITY_CASES, ...RELATION_CASES, ...EVENT_CASES];
  articles = [
    ...(await readFolderArticles(EXAMPLES_DIR)),
    ...(await readFolderArticles(REGRESSION_DIR)),
    ...cases.map((c, i) => sourceOf(c.text, { key: `case:${i}` })),
  ];
  fragments = articles.map((a) => extractArticle(a));
});

/** True when the words of `part` occur in `whole` in the same order (other words may come between). */
function inOrder(whole: string[], part: string[]): boolean {
  let i = 0;
  for (const w of whole) if (i < part.length && w === part[i]) i++;
  return i === part.length;
}

describe('buildGraph provenance', () => {
  it('runs over the examples, the regression articles and every table case', () => {
    expect(articles.length).toBeGreaterThan(150);
    const scored = fragments.flatMap((f) => f.relationships.filter((r) => r.type !== 'MENTIONED_IN'));
    expect(scored.length).toBeGreaterThan(200);
  });

  it('gives every relationship evidence equal to the article text between its offsets', () => {
    const bad: string[] = [];
    for (const f of fragments) {
      for (const r of f.relationships) {
        const inside = r.start >= 0 && r.start <= r.end && r.end <= f.article.text.length;
        if (!inside || f.article.text.slice(r.start, r.end) !== r.evidence || r.articleId !== f.article.id) {
          bad.push(`${f.article.key} ${r.type} [${r.start}, ${r.end}) "${r.evidence}"`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives every scored relationship non-empty evidence', () => {
    const scored = new Set(['ACCUSED', 'ALLIED_WITH', 'MEMBER_OF', 'OPPOSED', 'MET_WITH', 'SAID']);
    const empty = fragments.flatMap((f) =>
      f.relationships
        .filter((r) => scored.has(r.type) && r.evidence.trim() === '')
        .map((r) => `${f.article.key} ${r.type}`),
    );
    expect(empty).toEqual([]);
  });

  it('places every claim inside the text, its words in order within its span', () => {
    const bad: string[] = [];
    for (const f of fragments) {
      for (const n of f.nodes) {
        if (n.label !== 'Claim') continue;
        const inside = n.start >= 0 && n.start < n.end && n.end <= f.article.text.length;
        const span = inside ? f.article.text.slice(n.start, n.end) : '';
        if (!inside || !inOrder(words(span), words(n.text)) || n.articleId !== f.article.id) {
          bad.push(`${f.article.key} [${n.start}, ${n.end}) "${n.text}" vs "${span}"`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('joins every relationship to nodes of its own fragment or to its article', () => {
    const bad: string[] = [];
    for (const f of fragments) {
      const ids = new Map<string, string>(f.nodes.map((n) => [n.id, n.label]));
      ids.set(f.article.id, 'Article');
      for (const r of f.relationships) {
        if (ids.get(r.from.id) !== r.from.label || ids.get(r.to.id) !== r.to.label) {
          bad.push(`${f.article.key} ${r.type} ${r.from.id} -> ${r.to.id}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives every node and relationship of a fragment a distinct id', () => {
    for (const f of fragments) {
      const nodeIds = f.nodes.map((n) => n.id);
      const relIds = f.relationships.map((r) => r.id);
      expect(new Set(nodeIds).size, f.article.key).toBe(nodeIds.length);
      expect(new Set(relIds).size, f.article.key).toBe(relIds.length);
    }
  });

  it('keeps every MENTIONED_IN edge pointing at its own article', () => {
    for (const f of fragments) {
      for (const r of f.relationships.filter((x) => x.type === 'MENTIONED_IN')) {
        expect(r.to).toEqual({ label: 'Article', id: f.article.id });
      }
    }
  });

  it('gives the same fragment, ids included, when the same article is extracted twice', () => {
    // the example and regression articles, and every fifth table case (extraction is the slow part)
    articles.forEach((a, i) => {
      if (a.key.startsWith('case:') && i % 5 !== 0) return;
      expect(extractArticle(a)).toEqual(fragments[i]);
    });
  });

  it('gives the same ids when the same text comes under another key', () => {
    for (const a of articles.slice(0, 10)) {
      const first = extractArticle(a);
      const again = extractArticle({ ...a, key: `${a.key}#copy`, path: null });
      expect(again.article.id).toBe(first.article.id);
      expect(again.nodes.map((n) => n.id)).toEqual(first.nodes.map((n) => n.id));
      expect(again.relationships.map((r) => r.id)).toEqual(first.relationships.map((r) => r.id));
    }
  });
});
