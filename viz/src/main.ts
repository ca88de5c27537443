// The viewer: loads the graph (embedded in an exported file, or from `kg view`'s read-only API), draws it with
// sigma, and wires the controls. State changes go through the pure producers of state.ts; what is drawn
// follows from the state through the reducers; the graph's data is never changed by a filter.
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { downloadAsPNG } from '@sigma/export-image';
import type Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import {
  buildViewGraph,
  positionsOf,
  type ViewEdgeAttributes,
  type ViewGraph,
  type ViewNodeAttributes,
} from './aggregate.js';
import { detectBlocs } from './blocs.js';
import { mountSearchBox } from './controls/search-box.js';
import { renderSidebar } from './controls/sidebar.js';
import { mountTimeSlider } from './controls/time-slider.js';
import { indexData, type DataIndex } from './data-index.js';
import { clear, h } from './dom.js';
import { computeVisible, inWindow, type VisibleView } from './filters.js';
import { LayoutRunner } from './layout.js';
import { createArticleTexts, loadData } from './load-data.js';
import { edgePanel } from './panels/edge-panel.js';
import { nodePanel } from './panels/node-panel.js';
import type { PanelContext } from './panels/panel-context.js';
import { computeFocus, createEdgeReducer, createNodeReducer, type ReducerContext } from './reducers.js';
import { searchEntries } from './search-index.js';
import {
  select,
  setColorBy,
  setHovered,
  setLabelVisible,
  setPeople,
  setTypeVisible,
  setView,
  setWindow,
  type Producer,
  type ViewerState,
} from './state.js';
import { timeScale } from './time-scale.js';
import { decodeState, encodeState } from './url-state.js';
import type { ViewerData } from '../../src/server/viewer-data.js';

/** sigma is used with graphology's plain attribute types; the view graph's own types stay in aggregate.ts. */
const plain = (g: ViewGraph) => g as unknown as Graph;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function showError(message: string) {
  const loading = byId<HTMLDivElement>('loading');
  loading.hidden = false;
  loading.className = 'loading error';
  loading.textContent = message;
}

function toast(message: string) {
  const el = h('div', { className: 'toast', attrs: { role: 'status' } }, message);
  document.body.appendChild(el);
  window.setTimeout(() => el.remove(), 2500);
}

/** Drops a selection that names nothing in the graph (an old link, another store). */
function validSelection(state: ViewerState, graph: ViewGraph, index: DataIndex): ViewerState {
  const sel = state.selection;
  if (!sel) return state;
  const ok = sel.kind === 'node' ? index.nodes.has(sel.key) || index.articles.has(sel.key) : graph.hasEdge(sel.key);
  return ok ? state : { ...state, selection: null };
}

function start(data: ViewerData) {
  const index = indexData(data);
  const articleText = createArticleTexts(data);
  const container = byId<HTMLDivElement>('graph');
  const positions = new Map<string, ReturnType<typeof positionsOf>>();
  const viewKey = (s: ViewerState) => `${s.view}:${s.view === 'coalition' && s.people ? 'people' : ''}`;

  let state: ViewerState = decodeState(location.hash);
  let graph = buildViewGraph(index, state.view, { people: state.people });
  state = validSelection(state, graph, index);
  let visible: VisibleView = computeVisible(graph, index, state);
  let blocs: Map<string, number> | null = state.colorBy === 'blocs' ? detectBlocs(graph, visible) : null;
  let focus: ReducerContext['focus'] = computeFocus(graph, visible, state);
  const context = (): ReducerContext => ({ state, visible, blocs, focus });

  const nodeReducer = createNodeReducer(context);
  const edgeReducer = createEdgeReducer(context);
  const renderer = new Sigma(plain(graph), container, {
    nodeReducer: (node, attrs) => nodeReducer(node, attrs as ViewNodeAttributes),
    edgeReducer: (edge, attrs) => edgeReducer(edge, attrs as ViewEdgeAttributes),
    edgeProgramClasses: {
      line: EdgeRectangleProgram,
      arrow: EdgeArrowProgram,
      curved: EdgeCurveProgram,
      curvedArrow: EdgeCurvedArrowProgram,
    },
    defaultEdgeType: 'line',
    stagePadding: 100,
    enableEdgeEvents: true,
    zIndex: true,
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: 4,
    labelDensity: 0.6,
    labelFont: 'system-ui, sans-serif',
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    allowInvalidContainer: true,
  });
  renderer.once('afterRender', () => {
    document.body.dataset.firstRenderMs = String(Math.round(performance.now()));
  });

  const unitsPerPixel = () => {
    const a = renderer.viewportToGraph({ x: 0, y: 0 });
    const b = renderer.viewportToGraph({ x: 100, y: 0 });
    return Math.hypot(b.x - a.x, b.y - a.y) / 100;
  };
  const layoutButton = byId<HTMLButtonElement>('layout-toggle');
  const makeLayout = (g: ViewGraph) =>
    new LayoutRunner(
      g,
      { unitsPerPixel },
      {
        onRunningChange: (running) => {
          layoutButton.textContent = running ? 'Stop layout' : 'Run layout';
          layoutButton.setAttribute('aria-pressed', running ? 'true' : 'false');
          document.body.dataset.layout = running ? 'running' : 'stopped';
        },
        onSettled: (ms) => {
          document.body.dataset.layoutMs = String(Math.round(ms));
          document.body.dataset.layoutEngine = layout.engine ?? '';
          document.body.dataset.layoutSettledAt = String(Math.round(performance.now()));
          positions.set(viewKey(state), positionsOf(graph));
          // The layout may have moved the selected node away from the centre: follow it. Otherwise frame the
          // drawing with room on the right, where labels are written.
          if (state.selection?.kind === 'node') centreOn(state.selection.key, false);
          else if (state.selection === null)
            renderer.getCamera().animate({ x: 0.58, y: 0.5, ratio: 1.15 }, { duration: 300 });
        },
      },
    );
  let layout = makeLayout(graph);

  // Controls
  const sidebar = byId<HTMLElement>('sidebar');
  const panel = byId<HTMLElement>('panel');
  const status = byId<HTMLElement>('status');
  const slider = mountTimeSlider(byId('timebar'), timeScale(index.dates), (w) => dispatch(setWindow(w, index.dates)));
  mountSearchBox(byId('search'), searchEntries(index), (id) => reveal(id));

  const panelContext = (): PanelContext => ({
    index,
    graph,
    visible,
    state,
    articleText,
    selectNode: (id) => reveal(id),
    selectEdge: (key) => {
      dispatch(select({ kind: 'edge', key }));
      centreOnEdge(key);
    },
  });

  function renderPanel() {
    clear(panel);
    const sel = state.selection;
    if (sel?.kind === 'node' && (index.nodes.has(sel.key) || index.articles.has(sel.key))) {
      panel.appendChild(nodePanel(panelContext(), sel.key));
    } else if (sel?.kind === 'edge' && graph.hasEdge(sel.key)) {
      panel.appendChild(edgePanel(panelContext(), sel.key));
    } else {
      panel.appendChild(
        h(
          'div',
          { className: 'empty' },
          h(
            'p',
            null,
            'Click a node to see its names, party, claims and relationships; click an edge to read every piece of evidence behind it.',
          ),
          h('p', null, 'Article text and names are shown as text. This view is read-only.'),
        ),
      );
    }
  }

  function renderControls() {
    byId<HTMLInputElement>('view-coalition').checked = state.view === 'coalition';
    byId<HTMLInputElement>('view-full').checked = state.view === 'full';
    byId<HTMLInputElement>('people').checked = state.people;
    byId<HTMLElement>('people-switch').hidden = state.view !== 'coalition';
    byId<HTMLSelectElement>('color-by').value = state.colorBy;
    slider.update(state.window);
    renderSidebar(sidebar, {
      index,
      graph,
      visible,
      state,
      blocs,
      onLabel: (label, on) => dispatch(setLabelVisible(label, on)),
      onType: (type, on) => dispatch(setTypeVisible(type, on)),
    });
  }

  function renderStatus() {
    const loadedNodes = data.nodes.length + data.articles.length;
    status.dataset.loadedNodes = String(loadedNodes);
    status.dataset.loadedRelationships = String(data.relationships.length);
    status.dataset.drawnNodes = String(visible.nodes.size);
    status.dataset.drawnEdges = String(visible.edges.size);
    status.dataset.view = state.view;
    const origin =
      data.meta.origin === 'export' ? 'exported file' : `${data.meta.origin} store ${data.meta.location ?? ''}`;
    status.textContent =
      `${loadedNodes} nodes and ${data.relationships.length} relationships from the ${origin} (read-only) · ` +
      `drawing ${visible.nodes.size} nodes and ${visible.edges.size} edges` +
      (state.window ? ` · ${state.window.from} to ${state.window.to}` : '');
  }

  function dispatch(producer: Producer) {
    const prev = state;
    let next = producer(prev);
    if (next === prev) return;
    const structural = prev.view !== next.view || prev.people !== next.people;
    if (structural) {
      positions.set(viewKey(prev), positionsOf(graph));
      layout.kill();
      const known = positions.get(viewKey(next)) ?? new Map(positions.get(`${next.view}:`) ?? []);
      // Members start beside their party, so the layout only has to settle them.
      graph = buildViewGraph(index, next.view, { people: next.people }, known);
      let fresh = false;
      graph.forEachNode((node) => {
        if (known.has(node)) return;
        fresh = true;
        const party = index.partiesOf.get(node)?.find((p) => known.has(p));
        if (party) {
          const p = known.get(party)!;
          graph.mergeNodeAttributes(node, {
            x: p.x + (Math.random() - 0.5) * 0.5,
            y: p.y + (Math.random() - 0.5) * 0.5,
          });
        }
      });
      next = validSelection(next, graph, index);
      state = next;
      renderer.setGraph(plain(graph));
      if (prev.view !== next.view) renderer.getCamera().animatedReset({ duration: 300 });
      layout = makeLayout(graph);
      if (fresh) layout.start();
    }
    state = next;
    const hoverOnly =
      !structural &&
      prev.selection === next.selection &&
      prev.colorBy === next.colorBy &&
      prev.window === next.window &&
      prev.hiddenLabels === next.hiddenLabels &&
      prev.hiddenTypes === next.hiddenTypes;
    const filtersChanged =
      structural ||
      prev.window !== next.window ||
      prev.hiddenLabels !== next.hiddenLabels ||
      prev.hiddenTypes !== next.hiddenTypes;
    if (filtersChanged) visible = computeVisible(graph, index, state);
    if (filtersChanged || prev.colorBy !== next.colorBy) {
      blocs = state.colorBy === 'blocs' ? detectBlocs(graph, visible) : null;
    }
    focus = computeFocus(graph, visible, state);
    renderer.refresh({ skipIndexation: hoverOnly });
    if (hoverOnly) return;
    history.replaceState(null, '', `#${encodeState(state)}`);
    if (filtersChanged || prev.selection !== next.selection) renderPanel();
    renderControls();
    renderStatus();
  }

  /** Shows a node wherever it is: switches view or people on, shows its label, clears the window if needed. */
  function reveal(id: string) {
    const node = index.nodes.get(id);
    const label = node?.label ?? 'Article';
    const steps: Producer[] = [];
    if (!graph.hasNode(id)) {
      if (state.view === 'coalition' && node?.label === 'Person' && index.partiesOf.has(id))
        steps.push(setPeople(true));
      else steps.push(setView('full'));
    }
    if (state.hiddenLabels.includes(label)) steps.push(setLabelVisible(label, true));
    const dates = index.nodeDates.get(id) ?? [];
    if (state.window && !dates.some((d) => inWindow(d, state.window))) steps.push(setWindow(null, index.dates));
    for (const step of steps) dispatch(step);
    if (state.view === 'coalition' && !graph.hasNode(id)) dispatch(setView('full'));
    dispatch(select({ kind: 'node', key: id }));
    centreOn(id, true);
  }

  /** Moves the camera to a node; zooms in a little when asked (search), never out. */
  function centreOn(id: string, zoom: boolean) {
    const display = renderer.getNodeDisplayData(id);
    if (!display) return;
    const camera = renderer.getCamera();
    const ratio = zoom ? Math.min(camera.ratio, 0.7) : camera.ratio;
    camera.animate({ x: display.x, y: display.y, ratio }, { duration: 500 });
  }

  /** Moves the camera to the middle of an edge, keeping the zoom. */
  function centreOnEdge(key: string) {
    if (!graph.hasEdge(key)) return;
    const a = renderer.getNodeDisplayData(graph.source(key));
    const b = renderer.getNodeDisplayData(graph.target(key));
    if (!a || !b) return;
    const camera = renderer.getCamera();
    camera.animate({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, ratio: camera.ratio }, { duration: 500 });
  }

  // Graph events
  renderer.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer';
    dispatch(setHovered(node));
  });
  renderer.on('leaveNode', () => {
    container.style.cursor = '';
    dispatch(setHovered(null));
  });
  renderer.on('enterEdge', () => {
    container.style.cursor = 'pointer';
  });
  renderer.on('leaveEdge', () => {
    container.style.cursor = '';
  });
  renderer.on('clickNode', ({ node }) => dispatch(select({ kind: 'node', key: node })));
  renderer.on('clickEdge', ({ edge }) => dispatch(select({ kind: 'edge', key: edge })));
  renderer.on('clickStage', () => dispatch(select(null)));

  // Toolbar
  byId('view-coalition').addEventListener('change', () => dispatch(setView('coalition')));
  byId('view-full').addEventListener('change', () => dispatch(setView('full')));
  byId<HTMLInputElement>('people').addEventListener('change', (e) =>
    dispatch(setPeople((e.target as HTMLInputElement).checked)),
  );
  byId<HTMLSelectElement>('color-by').addEventListener('change', (e) =>
    dispatch(setColorBy((e.target as HTMLSelectElement).value === 'blocs' ? 'blocs' : 'type')),
  );
  layoutButton.addEventListener('click', () => (layout.running ? layout.stop() : layout.start()));
  byId('export-png').addEventListener('click', () => {
    void downloadAsPNG(renderer, { fileName: `kg-${state.view}`, backgroundColor: '#ffffff' }).catch((e: unknown) =>
      toast(`Export failed: ${e instanceof Error ? e.message : String(e)}`),
    );
  });
  byId('copy-link').addEventListener('click', () => {
    const link = location.href;
    if (!navigator.clipboard) return toast(link);
    navigator.clipboard.writeText(link).then(
      () => toast('Link copied: it reopens this view.'),
      () => toast(link),
    );
  });
  window.addEventListener('hashchange', () => {
    const wanted = decodeState(location.hash, state);
    if (encodeState(wanted) !== encodeState(state)) dispatch(() => validSelection(wanted, graph, index));
  });

  byId('loading').hidden = true;
  renderPanel();
  renderControls();
  renderStatus();
  document.body.dataset.ready = 'true';
  layout.start();
  if (state.selection?.kind === 'node') {
    const display = renderer.getNodeDisplayData(state.selection.key);
    if (display) renderer.getCamera().setState({ x: display.x, y: display.y });
  }
}

loadData().then(start, (e: unknown) => {
  showError(`The graph could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
  document.body.dataset.ready = 'error';
});
