// Lays the graph out: ForceAtlas2 in a web worker (graphology's supervisor) until the nodes stop moving or a
// time limit passes, then noverlap so no two nodes overlap. Falls back to running ForceAtlas2 in slices on
// the page when a worker cannot be started.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { ViewGraph } from './aggregate.js';

export interface LayoutEvents {
  onRunningChange(running: boolean): void;
  /** Called once a run ends (settled, stopped or timed out), after noverlap. */
  onSettled(ms: number): void;
}

export interface LayoutOptions {
  /** Graph units per screen pixel, to turn node sizes (pixels) into distances noverlap understands. */
  unitsPerPixel(): number;
  /** Longest run before stopping by itself. */
  maxMs?: number;
}

function settings(graph: ViewGraph) {
  return {
    ...forceAtlas2.inferSettings(graph),
    gravity: 1,
    scalingRatio: graph.order > 500 ? 2 : 10,
    slowDown: 1 + Math.log10(1 + graph.order),
    barnesHutOptimize: graph.order > 1000,
    adjustSizes: false,
  };
}

const weight = (_edge: string, attrs: { relIds: string[] }) => Math.log2(1 + attrs.relIds.length);

/** Mean movement of the nodes since the last sample, relative to the size of the drawing. */
function movement(graph: ViewGraph, previous: Float64Array): number {
  let moved = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  let i = 0;
  graph.forEachNode((_n, a) => {
    moved += Math.hypot(a.x - previous[i], a.y - previous[i + 1]);
    previous[i] = a.x;
    previous[i + 1] = a.y;
    i += 2;
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  return moved / Math.max(1, graph.order) / extent;
}

export class LayoutRunner {
  private worker: FA2Layout | null = null;
  private timer: number | null = null;
  private startedAt = 0;
  private sliceHandle: number | null = null;
  running = false;
  /** Where ForceAtlas2 runs: a web worker, or slices of the page's own frames when no worker can start. */
  engine: 'worker' | 'page' | null = null;

  constructor(
    private graph: ViewGraph,
    private readonly options: LayoutOptions,
    private readonly events: LayoutEvents,
  ) {}

  start(): void {
    if (this.running || this.graph.order === 0) return;
    this.running = true;
    this.startedAt = performance.now();
    this.events.onRunningChange(true);
    try {
      this.worker ??= new FA2Layout(this.graph, { settings: settings(this.graph), getEdgeWeight: weight });
      this.worker.start();
      this.engine = 'worker';
    } catch {
      this.worker = null;
      this.engine = 'page';
      this.runInSlices();
    }
    const previous = new Float64Array(this.graph.order * 2);
    movement(this.graph, previous);
    const maxMs = this.options.maxMs ?? Math.min(20_000, 3_000 + this.graph.order * 2);
    this.timer = window.setInterval(() => {
      const elapsed = performance.now() - this.startedAt;
      const still = movement(this.graph, previous) < 0.0015;
      if ((still && elapsed > 600) || elapsed > maxMs) this.stop();
    }, 250);
  }

  /** Without a worker: a few iterations per frame so the page stays responsive. */
  private runInSlices(): void {
    const s = settings(this.graph);
    const step = () => {
      if (!this.running) return;
      forceAtlas2.assign(this.graph, {
        iterations: this.graph.order > 2000 ? 1 : 5,
        settings: s,
        getEdgeWeight: weight,
      });
      this.sliceHandle = requestAnimationFrame(step);
    };
    this.sliceHandle = requestAnimationFrame(step);
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.worker?.stop();
    if (this.sliceHandle !== null) cancelAnimationFrame(this.sliceHandle);
    if (this.timer !== null) window.clearInterval(this.timer);
    this.timer = null;
    this.sliceHandle = null;
    this.removeOverlaps();
    this.events.onRunningChange(false);
    this.events.onSettled(performance.now() - this.startedAt);
  }

  removeOverlaps(): void {
    const scale = this.options.unitsPerPixel();
    if (!Number.isFinite(scale) || scale <= 0 || this.graph.order > 20_000) return;
    noverlap.assign(this.graph, {
      maxIterations: 60,
      settings: { margin: 2 * scale, ratio: 1.1, expansion: 1.05 },
      inputReducer: (_key, attrs) => ({ x: attrs.x, y: attrs.y, size: (attrs.size ?? 4) * scale }),
    });
  }

  kill(): void {
    this.stop();
    this.worker?.kill();
    this.worker = null;
  }
}
