import { describe, expect, it } from 'vitest';
import { buildCoalitionGraph } from '../../viz/src/aggregate.js';
import { BLOC_COLORS, DIMMED_EDGE, DIMMED_NODE, FORMER_ALLIANCE_COLOR } from '../../viz/src/colors.js';
import { indexData } from '../../viz/src/data-index.js';
import { computeVisible } from '../../viz/src/filters.js';
import {
  computeFocus,
  createEdgeReducer,
  createNodeReducer,
  edgeSize,
  type ReducerContext,
} from '../../viz/src/reducers.js';
import {
  DEFAULT_STATE,
  pipe,
  select,
  setColorBy,
  setHovered,
  setWindow,
  type ViewerState,
} from '../../viz/src/state.js';
import { coalitionFragments, PARTIES } from '../fixtures/coalition-negotiation.js';
import { viewerDataFromFragments } from '../fixtures/viewer-data-from-fragments.js';

const index = indexData(viewerDataFromFragments(coalitionFragments()));
const graph = buildCoalitionGraph(index, { people: false });
const { nhp, cru, bmp, unity } = PARTIES;
const pair = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function context(state: ViewerState, blocs: Map<string, number> | null = null): ReducerContext {
  const visible = computeVisible(graph, index, state);
  return { state, visible, blocs, focus: computeFocus(graph, visible, state) };
}
const nodeDisplay = (state: ViewerState, node: string, blocs?: Map<string, number>) =>
  createNodeReducer(() => context(state, blocs))(node, graph.getNodeAttributes(node));
const edgeDisplay = (state: ViewerState, edge: string) =>
  createEdgeReducer(() => context(state))(edge, graph.getEdgeAttributes(edge));

describe('reducers', () => {
  it('never change the graph', () => {
    const before = JSON.stringify(graph.export());
    const state = pipe(select({ kind: 'node', key: nhp.id }), setColorBy('blocs'))(DEFAULT_STATE);
    graph.forEachNode((n) => nodeDisplay(state, n, new Map([[n, 0]])));
    graph.forEachEdge((e) => edgeDisplay(state, e));
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it('hide what the filters leave out', () => {
    const firstWeek = setWindow({ from: '2025-03-03', to: '2025-03-03' }, index.dates)(DEFAULT_STATE);
    expect(nodeDisplay(firstWeek, bmp.id).hidden).toBe(true);
    expect(nodeDisplay(firstWeek, nhp.id).hidden).toBe(false);
    expect(edgeDisplay(firstWeek, `cooperation:${pair(nhp.id, cru.id)}`).hidden).toBe(true);
  });

  it('make an edge as thick as the articles behind it in view', () => {
    const edge = `cooperation:${pair(nhp.id, cru.id)}`;
    expect(edgeDisplay(DEFAULT_STATE, edge).size).toBe(edgeSize(2));
    const late = setWindow({ from: '2025-03-20', to: '2025-04-04' }, index.dates)(DEFAULT_STATE);
    expect(edgeDisplay(late, edge)).toMatchObject({ size: edgeSize(1), color: FORMER_ALLIANCE_COLOR });
  });

  it('highlight the selected node and its neighbourhood, and dim the rest', () => {
    const state = select({ kind: 'node', key: unity.id })(DEFAULT_STATE);
    expect(nodeDisplay(state, unity.id)).toMatchObject({ highlighted: true, forceLabel: true });
    expect(nodeDisplay(state, cru.id)).toMatchObject({ forceLabel: true, highlighted: false });
    expect(nodeDisplay(state, bmp.id)).toMatchObject({ color: DIMMED_NODE, label: '' });
    expect(edgeDisplay(state, `cooperation:${pair(nhp.id, cru.id)}`).color).toBe(DIMMED_EDGE);
    expect(edgeDisplay(state, `cooperation:${pair(unity.id, cru.id)}`).color).not.toBe(DIMMED_EDGE);
  });

  it('let hover take the focus over the selection', () => {
    const state = pipe(select({ kind: 'node', key: unity.id }), setHovered(bmp.id))(DEFAULT_STATE);
    expect(nodeDisplay(state, bmp.id).color).not.toBe(DIMMED_NODE);
    expect(nodeDisplay(state, unity.id).color).toBe(DIMMED_NODE);
  });

  it('focus a selected edge and its two ends', () => {
    const edge = `meeting:${pair(nhp.id, cru.id)}`;
    const state = select({ kind: 'edge', key: edge })(DEFAULT_STATE);
    expect(edgeDisplay(state, edge).zIndex).toBe(3);
    expect(nodeDisplay(state, nhp.id).color).not.toBe(DIMMED_NODE);
    expect(nodeDisplay(state, bmp.id).color).toBe(DIMMED_NODE);
  });

  it('colour by bloc when asked, and grey nodes outside any bloc', () => {
    const state = setColorBy('blocs')(DEFAULT_STATE);
    expect(nodeDisplay(state, nhp.id, new Map([[nhp.id, 1]])).color).toBe(BLOC_COLORS[1]);
    expect(nodeDisplay(state, nhp.id, new Map()).color).not.toBe(graph.getNodeAttribute(nhp.id, 'color'));
  });
});
