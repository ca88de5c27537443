// The sidebar: the legend (what colours and thickness mean in this view), a switch for each node label and
// each relationship type, with counts, and the list of blocs when colouring by bloc.
import { NODE_LABELS, REL_TYPES, type NodeLabel, type RelType } from '../../../src/model/types.js';
import { COALITION_KIND_OF, type ViewGraph } from '../aggregate.js';
import {
  ALLIANCE_COLOR,
  BLOC_COLORS,
  FORMER_ALLIANCE_COLOR,
  KIND_COLORS,
  LABEL_COLORS,
  REL_COLORS,
} from '../colors.js';
import type { DataIndex } from '../data-index.js';
import { append, clear, h } from '../dom.js';
import type { VisibleView } from '../filters.js';
import type { ViewerState } from '../state.js';

export interface SidebarModel {
  index: DataIndex;
  graph: ViewGraph;
  visible: VisibleView;
  state: ViewerState;
  blocs: Map<string, number> | null;
  onLabel(label: NodeLabel, visible: boolean): void;
  onType(type: RelType, visible: boolean): void;
}

const LABEL_NAMES: Record<NodeLabel, string> = {
  Party: 'Parties',
  Person: 'People',
  Event: 'Events',
  Claim: 'Claims',
  Article: 'Articles',
};

const swatch = (color: string, line = false) =>
  h('span', { className: line ? 'swatch line' : 'swatch', attrs: { style: null }, dataset: { color } });

/** Swatch colours are set through the style property (CSSOM), never through markup. */
function paint(root: HTMLElement) {
  root.querySelectorAll<HTMLElement>('.swatch').forEach((el) => {
    el.style.background = el.dataset.color ?? '';
  });
}

export function renderSidebar(root: HTMLElement, m: SidebarModel): void {
  clear(root);
  const coalition = m.state.view === 'coalition';
  const labelCounts = new Map<NodeLabel, { total: number; shown: number }>();
  m.graph.forEachNode((node, attrs) => {
    const c = labelCounts.get(attrs.nodeLabel) ?? { total: 0, shown: 0 };
    c.total++;
    if (m.visible.nodes.has(node)) c.shown++;
    labelCounts.set(attrs.nodeLabel, c);
  });
  const typeCounts = new Map<RelType, { total: number; shown: number }>();
  m.graph.forEachEdge((edge, attrs) => {
    const shown = new Set(m.visible.edges.get(edge)?.relIds ?? []);
    for (const id of attrs.relIds) {
      const type = m.index.relationships.get(id)?.type;
      if (!type) continue;
      const c = typeCounts.get(type) ?? { total: 0, shown: 0 };
      c.total++;
      if (shown.has(id)) c.shown++;
      typeCounts.set(type, c);
    }
  });

  append(root, h('h2', null, 'Nodes'));
  for (const label of NODE_LABELS) {
    const count = labelCounts.get(label);
    if (!count) continue;
    append(
      root,
      h(
        'label',
        { className: 'toggle' },
        h('input', {
          attrs: { type: 'checkbox', id: `label-${label}`, checked: !m.state.hiddenLabels.includes(label) },
          dataset: { label },
          on: { change: (e) => m.onLabel(label, (e.target as HTMLInputElement).checked) },
        }),
        swatch(LABEL_COLORS[label]),
        LABEL_NAMES[label],
        h('span', { className: 'count' }, `${count.shown}/${count.total}`),
      ),
    );
    if (label === 'Party' && coalition) {
      append(
        root,
        h('div', { className: 'toggle' }, h('span', { attrs: { style: null } }), swatch(ALLIANCE_COLOR), 'Alliances'),
      );
    }
  }

  append(root, h('h2', null, 'Relationships'));
  const types = REL_TYPES.filter((t) => typeCounts.has(t) || (!coalition && m.state.hiddenTypes.includes(t)));
  for (const type of types) {
    const count = typeCounts.get(type) ?? { total: 0, shown: 0 };
    const kind = COALITION_KIND_OF[type];
    const color = coalition && kind ? KIND_COLORS[kind] : REL_COLORS[type];
    append(
      root,
      h(
        'label',
        { className: 'toggle' },
        h('input', {
          attrs: { type: 'checkbox', id: `type-${type}`, checked: !m.state.hiddenTypes.includes(type) },
          dataset: { type },
          on: { change: (e) => m.onType(type, (e.target as HTMLInputElement).checked) },
        }),
        swatch(color, true),
        type,
        h('span', { className: 'count' }, `${count.shown}/${count.total}`),
      ),
    );
  }

  append(root, h('h2', null, 'Legend'));
  if (coalition) {
    append(
      root,
      h('div', { className: 'toggle' }, swatch(KIND_COLORS.cooperation, true), 'Cooperation (ALLIED_WITH)'),
      h(
        'div',
        { className: 'toggle' },
        swatch(FORMER_ALLIANCE_COLOR, true),
        'Former alliance (all evidence says past)',
      ),
      h('div', { className: 'toggle' }, swatch(KIND_COLORS.conflict, true), 'Conflict (ACCUSED, OPPOSED)'),
      h('div', { className: 'toggle' }, swatch(KIND_COLORS.meeting, true), 'Meeting (MET_WITH)'),
      m.state.people
        ? h('div', { className: 'toggle' }, swatch(KIND_COLORS.membership, true), 'Membership (MEMBER_OF)')
        : null,
      h(
        'p',
        { className: 'facts' },
        'An edge is as thick as the number of articles behind it in the time window. Without people, what members do counts for their party.',
      ),
    );
  } else {
    append(
      root,
      h(
        'p',
        { className: 'facts' },
        'Arrows show who did what to whom. An edge is as thick as the number of articles behind it.',
      ),
    );
  }

  if (m.state.colorBy === 'blocs' && m.blocs) {
    append(root, h('h2', null, 'Blocs'));
    const members = new Map<number, string[]>();
    for (const [node, bloc] of m.blocs) {
      const list = members.get(bloc) ?? [];
      list.push(m.graph.hasNode(node) ? m.graph.getNodeAttribute(node, 'label') : node);
      members.set(bloc, list);
    }
    if (members.size === 0)
      append(
        root,
        h('p', { className: 'facts' }, 'No blocs: nothing in view is tied by cooperation, meetings or membership.'),
      );
    for (const [bloc, names] of [...members.entries()].sort((a, b) => a[0] - b[0])) {
      append(
        root,
        h(
          'div',
          { className: 'toggle', dataset: { bloc } },
          swatch(BLOC_COLORS[bloc] ?? '#c7c7c7'),
          `${names.slice(0, 4).join(', ')}${names.length > 4 ? ` and ${names.length - 4} more` : ''}`,
        ),
      );
    }
    append(
      root,
      h(
        'p',
        { className: 'facts' },
        'Louvain communities over cooperation, meetings and membership in view; conflict is left out.',
      ),
    );
  }
  paint(root);
}
