// One piece of evidence for a relationship: who did what to whom, the sentence with the exact span marked,
// the article, its date and source, the extractor's confidence; faded when outside the time window.
import type { GraphRelationship, RelType } from '../../../src/model/types.js';
import { nodeName } from '../data-index.js';
import { h, sourceLink } from '../dom.js';
import { inWindow } from '../filters.js';
import type { PanelContext } from './panel-context.js';
import { spanQuote } from './span-quote.js';

export const VERBS: Record<RelType, string> = {
  ACCUSED: 'accused',
  ALLIED_WITH: 'allied with',
  OPPOSED: 'opposed',
  MET_WITH: 'met',
  MEMBER_OF: 'member of',
  SAID: 'said',
  ABOUT: 'is about',
  PARTICIPATED_IN: 'took part in',
  MENTIONED_IN: 'mentioned in',
};

export function endpointName(ctx: PanelContext, id: string): string {
  const node = ctx.index.nodes.get(id) ?? ctx.index.articles.get(id);
  return node ? nodeName(node) : id;
}

/** A button that selects a node, or plain text when the node is not in the view. */
export function nodeButton(ctx: PanelContext, id: string): HTMLElement {
  const name = endpointName(ctx, id);
  if (!ctx.index.nodes.has(id)) return h('span', null, name);
  return h(
    'button',
    { className: 'linklike', attrs: { type: 'button' }, on: { click: () => ctx.selectNode(id) } },
    name,
  );
}

export function articleLine(ctx: PanelContext, articleId: string): HTMLElement {
  const article = ctx.index.articles.get(articleId);
  if (!article) return h('div', { className: 'source' }, `Article ${articleId}`);
  return h(
    'div',
    { className: 'source' },
    sourceLink(article.url, article.title || article.key),
    article.date ? ` · ${article.date}` : ' · undated',
    article.source ? ` · ${article.source}` : '',
  );
}

export function evidenceItem(
  ctx: PanelContext,
  rel: GraphRelationship,
  options: { showArticle: boolean; lifted?: boolean },
): HTMLElement {
  const date = ctx.index.relDate.get(rel.id) ?? null;
  const outside = !inWindow(date, ctx.state.window);
  const status = rel.status && rel.status !== 'current' ? h('span', { className: 'badge' }, rel.status) : null;
  return h(
    'li',
    { className: outside ? 'evidence outside' : 'evidence', dataset: { relId: rel.id, type: rel.type } },
    h(
      'div',
      { className: 'what' },
      nodeButton(ctx, rel.from.id),
      ` ${VERBS[rel.type]} `,
      nodeButton(ctx, rel.to.id),
      ' ',
      status,
    ),
    spanQuote(ctx.articleText, rel.articleId, rel.start, rel.end, rel.evidence),
    options.showArticle ? articleLine(ctx, rel.articleId) : null,
    h(
      'div',
      { className: 'source' },
      `confidence ${Math.round(rel.confidence * 100)}%`,
      options.lifted ? ' · counted for the party of a member' : '',
      outside ? ' · outside the time window' : '',
    ),
  );
}

/** Evidence items grouped by article, oldest first; undated articles last. */
export function evidenceByArticle(ctx: PanelContext, rels: GraphRelationship[], lifted: Set<string>): HTMLElement {
  const groups = new Map<string, GraphRelationship[]>();
  for (const rel of rels) {
    const list = groups.get(rel.articleId) ?? [];
    list.push(rel);
    groups.set(rel.articleId, list);
  }
  const dateOf = (id: string) => ctx.index.articles.get(id)?.date ?? '9999';
  const ordered = [...groups.entries()].sort(([a], [b]) =>
    dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0,
  );
  return h(
    'div',
    { className: 'evidence-groups' },
    ...ordered.map(([articleId, list]) =>
      h(
        'section',
        { className: 'article-group', dataset: { articleId } },
        h('div', { className: 'article-head' }, articleLine(ctx, articleId)),
        h(
          'ul',
          { className: 'evidence-list' },
          ...list
            .sort((a, b) => a.start - b.start)
            .map((rel) => evidenceItem(ctx, rel, { showArticle: false, lifted: lifted.has(rel.id) })),
        ),
      ),
    ),
  );
}
