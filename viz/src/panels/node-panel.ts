// The evidence panel for a node: its names, titles and party, counts, its claims (text, date, article,
// source link, the quote marked in its sentence), its edges in the current view, and all its stored
// relationships grouped by type, each with its evidence.
import { REL_TYPES, type ClaimNode, type GraphRelationship, type RelType } from '../../../src/model/types.js';
import { nodeName } from '../data-index.js';
import { h } from '../dom.js';
import { articleLine, endpointName, evidenceItem, nodeButton } from './evidence-item.js';
import type { PanelContext } from './panel-context.js';
import { spanQuote } from './span-quote.js';

const GROUP_TITLES: Record<RelType, string> = {
  ACCUSED: 'Accusations',
  ALLIED_WITH: 'Alliances',
  OPPOSED: 'Opposition',
  MET_WITH: 'Meetings',
  MEMBER_OF: 'Membership',
  SAID: 'Claims made',
  ABOUT: 'Claims about',
  PARTICIPATED_IN: 'Took part in',
  MENTIONED_IN: 'Mentioned in articles',
};

function claimItem(ctx: PanelContext, claim: ClaimNode): HTMLElement {
  const article = ctx.index.articles.get(claim.articleId);
  return h(
    'li',
    { className: 'evidence claim', dataset: { claimId: claim.id } },
    claim.polarity === 'denies' ? h('div', { className: 'badge' }, 'denial') : null,
    spanQuote(ctx.articleText, claim.articleId, claim.start, claim.end, claim.text),
    articleLine(ctx, claim.articleId),
    claim.date && claim.date !== article?.date ? h('div', { className: 'source' }, `claim dated ${claim.date}`) : null,
  );
}

function relationshipGroups(ctx: PanelContext, id: string, rels: GraphRelationship[]): HTMLElement[] {
  const byType = new Map<RelType, GraphRelationship[]>();
  for (const rel of rels) {
    const list = byType.get(rel.type) ?? [];
    list.push(rel);
    byType.set(rel.type, list);
  }
  const dateOf = (r: GraphRelationship) => ctx.index.relDate.get(r.id) ?? '9999';
  return REL_TYPES.filter((t) => byType.has(t) && t !== 'SAID').map((type) => {
    const list = byType.get(type)!.sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0));
    const others = new Set(list.map((r) => (r.from.id === id ? r.to.id : r.from.id)));
    const body = h('ul', { className: 'evidence-list' });
    const details = h(
      'details',
      { className: 'group', dataset: { type } },
      h(
        'summary',
        null,
        `${GROUP_TITLES[type]} (${list.length})`,
        others.size <= 3 ? ` · ${[...others].map((o) => endpointName(ctx, o)).join(', ')}` : '',
      ),
      body,
    );
    // Evidence is built when the group is opened: a well-connected node can have hundreds.
    details.addEventListener('toggle', () => {
      if (!details.open || body.childElementCount > 0) return;
      for (const rel of list) body.appendChild(evidenceItem(ctx, rel, { showArticle: true }));
    });
    return details;
  });
}

export function nodePanel(ctx: PanelContext, id: string): HTMLElement {
  const node = ctx.index.nodes.get(id);
  const article = node ? undefined : ctx.index.articles.get(id);
  const rels = (ctx.index.relsByNode.get(id) ?? []).map((r) => ctx.index.relationships.get(r)!).filter(Boolean);
  const articles = new Set(rels.map((r) => r.articleId));
  const facts: Array<HTMLElement | null> = [];
  let badge = node?.label ?? 'Article';
  if (node?.label === 'Person') {
    if (node.aliases.length) facts.push(h('div', null, `Also called: ${node.aliases.join(', ')}`));
    if (node.titles.length) facts.push(h('div', null, `Titles: ${node.titles.join(', ')}`));
    const parties = rels.filter((r) => r.type === 'MEMBER_OF' && r.from.id === id);
    const seen = new Map<string, string>();
    for (const r of parties) seen.set(r.to.id, r.status ?? 'current');
    if (seen.size) {
      facts.push(
        h(
          'div',
          null,
          'Party: ',
          ...[...seen.entries()].flatMap(([p, status], i) => [
            i ? ', ' : '',
            nodeButton(ctx, p),
            status !== 'current' ? ` (${status})` : '',
          ]),
        ),
      );
    }
  } else if (node?.label === 'Party') {
    if (node.kind === 'alliance') badge = 'Alliance';
    const names = [node.acronym, ...node.aliases].filter((n): n is string => !!n && n !== node.name);
    if (names.length) facts.push(h('div', null, `Also called: ${[...new Set(names)].join(', ')}`));
    const members = new Set(rels.filter((r) => r.type === 'MEMBER_OF' && r.to.id === id).map((r) => r.from.id));
    if (members.size) {
      facts.push(h('div', null, 'Members: ', ...[...members].flatMap((m, i) => [i ? ', ' : '', nodeButton(ctx, m)])));
    }
  } else if (node?.label === 'Event') {
    facts.push(
      h('div', null, `${node.kind}${node.date ? `, ${node.date}` : ''}${node.place ? `, ${node.place}` : ''}`),
    );
  } else if (article) {
    facts.push(articleLine(ctx, article.id));
  }
  const typeCounts = REL_TYPES.map((t) => [t, rels.filter((r) => r.type === t).length] as const).filter(
    ([, n]) => n > 0,
  );
  facts.push(
    h(
      'div',
      { className: 'counts' },
      `${rels.length} relationship${rels.length === 1 ? '' : 's'} in ${articles.size} article${articles.size === 1 ? '' : 's'}`,
    ),
  );
  if (typeCounts.length) facts.push(h('div', null, typeCounts.map(([t, n]) => `${t} ${n}`).join(' · ')));

  const claims: ClaimNode[] = [];
  if (node?.label === 'Claim') claims.push(node);
  for (const r of rels) {
    if (r.type !== 'SAID' || r.from.id !== id) continue;
    const c = ctx.index.nodes.get(r.to.id);
    if (c?.label === 'Claim') claims.push(c);
  }
  claims.sort((a, b) => ((a.date ?? '9999') < (b.date ?? '9999') ? -1 : 1));
  const speaker = node?.label === 'Claim' ? rels.find((r) => r.type === 'SAID' && r.to.id === id) : undefined;

  const connections: HTMLElement[] = [];
  if (ctx.graph.hasNode(id)) {
    ctx.graph.forEachEdge(id, (edge, attrs, source, target) => {
      const inView = ctx.visible.edges.get(edge);
      if (!inView) return;
      const other = source === id ? target : source;
      connections.push(
        h(
          'li',
          null,
          h(
            'button',
            {
              className: 'linklike',
              attrs: { type: 'button' },
              dataset: { edge },
              on: { click: () => ctx.selectEdge(edge) },
            },
            `${attrs.kind} · ${endpointName(ctx, other)}`,
          ),
          h('span', { className: 'count' }, `${inView.articles} article${inView.articles === 1 ? '' : 's'}`),
        ),
      );
    });
  }

  return h(
    'div',
    { className: 'node-panel', dataset: { node: id } },
    h(
      'h3',
      null,
      node ? nodeName(node) : article ? nodeName(article) : id,
      ' ',
      h('span', { className: 'badge' }, badge),
    ),
    speaker ? h('div', { className: 'facts' }, 'Said by ', nodeButton(ctx, speaker.from.id)) : null,
    h('div', { className: 'facts' }, ...facts),
    claims.length
      ? h(
          'section',
          null,
          h('h2', null, `Claims (${claims.length})`),
          h('ul', { className: 'evidence-list' }, ...claims.map((c) => claimItem(ctx, c))),
        )
      : null,
    connections.length
      ? h('section', null, h('h2', null, 'In this view'), h('ul', { className: 'connections' }, ...connections))
      : null,
    h('section', null, h('h2', null, 'Relationships'), ...relationshipGroups(ctx, id, rels)),
  );
}
