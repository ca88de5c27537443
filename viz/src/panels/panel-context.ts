// What the panels need from the viewer: the data, the current view, article texts and ways to select.
import type { ViewGraph } from '../aggregate.js';
import type { DataIndex } from '../data-index.js';
import type { VisibleView } from '../filters.js';
import type { ViewerState } from '../state.js';

export interface PanelContext {
  index: DataIndex;
  graph: ViewGraph;
  visible: VisibleView;
  state: ViewerState;
  articleText(id: string): Promise<string | null>;
  selectNode(id: string): void;
  selectEdge(key: string): void;
}
