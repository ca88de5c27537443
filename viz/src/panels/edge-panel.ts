// The evidence panel for an edge: what it stands for, how many articles and when, who did what to whom,
// and every piece of evidence grouped by article with the exact span marked in its sentence.
import type { ViewEdgeKind } from '../aggregate.js';
import { h } from '../dom.js';
import { endpointName, evidenceByArticle, nodeButton, VERBS } from './evidence-item.js';
import type { PanelContext } from './panel-context.js';
import type { GraphRelationship, RelType } from '../../../src/model/types.js';

const KIND_TITLES: Record<string, string> = {
  cooperation: 'Cooperation',
  conflict: 'Conflict',
  meeting: 'Meetings',
  membership: 'Membership',
};

function title(kind: ViewEdgeKind): string {
  return KIND_TITLES[kind] ?? VERBS[kind as RelType];
}

export function edgePanel(ctx: PanelContext, edge: string): HTMLElement {
  const attrs = ctx.graph.getEdgeAttributes(edge);
  const source = ctx.graph.source(edge);
  const target = ctx.graph.target(edge);
  const rels = attrs.relIds
    .map((id) => ctx.index.relationships.get(id))
    .filter((r): r is GraphRelationship => r !== undefined);
  const inView = ctx.visible.edges.get(edge);
  const articles = new Set(rels.map((r) => r.articleId));
  const dates = rels
    .map((r) => ctx.index.relDate.get(r.id))
    .filter((d): d is string => !!d)
    .sort();
  const who = new Map<string, number>();
  for (const r of rels) {
    const key = `${endpointName(ctx, r.from.id)} ${VERBS[r.type]} ${endpointName(ctx, r.to.id)}`;
    who.set(key, (who.get(key) ?? 0) + 1);
  }
  const joiner = attrs.directed ? ' → ' : ' and ';
  return h(
    'div',
    { className: 'edge-panel', dataset: { edge } },
    h('h3', null, title(attrs.kind)),
    h('div', { className: 'endpoints' }, nodeButton(ctx, source), joiner, nodeButton(ctx, target)),
    h(
      'div',
      { className: 'facts' },
      h(
        'div',
        { className: 'summary' },
        `${rels.length} piece${rels.length === 1 ? '' : 's'} of evidence in ${articles.size} article${articles.size === 1 ? '' : 's'}`,
        dates.length
          ? `, ${dates[0]}${dates[dates.length - 1] !== dates[0] ? ` to ${dates[dates.length - 1]}` : ''}`
          : '',
      ),
      inView && inView.relIds.length !== rels.length
        ? h('div', null, `${inView.relIds.length} of them pass the current filters and time window.`)
        : null,
      inView?.former ? h('div', null, 'Every piece of evidence in view says this alliance is over.') : null,
      attrs.lifted.length
        ? h('div', null, `${attrs.lifted.length} of them are acts of members, counted for their party.`)
        : null,
    ),
    who.size > 1
      ? h(
          'ul',
          { className: 'connections' },
          ...[...who.entries()]
            .sort((a, b) => b[1] - a[1])
            .map(([text, n]) => h('li', null, text, h('span', { className: 'count' }, String(n)))),
        )
      : null,
    h('h2', null, 'Evidence'),
    evidenceByArticle(ctx, rels, new Set(attrs.lifted)),
  );
}
