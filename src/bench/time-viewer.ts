// The viewer's timings in headless Chromium (Debian's, driven by playwright-core): for synthetic graphs of
// several sizes, served by `kg view`'s server from an embedded store, the time from navigation to the first
// frame drawn, and how long the ForceAtlas2 layout runs until it settles (the viewer stops it when nodes stop
// moving, or at its time limit). The full view, so that every node is drawn.
import fs from 'node:fs';
import path from 'node:path';
import { ingest } from '../ingest/ingest.js';
import { EMPTY_LEXICON } from '../lexicon/user-lexicon.js';
import { DEFAULT_VIEWER_DIR, startViewerServer } from '../server/viewer-server.js';
import { EmbeddedStore } from '../store/embedded.js';
import { round, summarize, type Summary } from './stats.js';
import { syntheticFragments } from './synthetic-graph.js';

export const CHROMIUM = process.env.KG_CHROMIUM ?? '/usr/bin/chromium';

export interface ViewerTiming {
  nodes: number;
  relationships: number;
  drawnNodes: number;
  drawnEdges: number;
  firstRenderMs: Summary;
  layoutMs: Summary;
  /** From navigation until the layout settled. */
  settledMs: Summary;
  /**
   * The server's read of the graph (store to JSON), which it starts when it starts: a store opened read-only
   * cannot change under it. Timed from the server's start to the end of a first /api/graph answer, before the
   * browser opens the page.
   */
  serverReadMs: number;
  layoutEngine: string;
}

export type ViewerResult = { ok: true; timings: ViewerTiming[] } | { ok: false; skipped: string };

async function buildStore(dir: string, nodes: number): Promise<number> {
  const fragments = syntheticFragments(nodes);
  const store = await EmbeddedStore.open({ dir });
  try {
    const report = await ingest(
      (async function* () {
        for (const fragment of fragments) yield { kind: 'fragment' as const, fragment };
      })(),
      store,
      { jobs: 1, lexicon: EMPTY_LEXICON, articlesPerTransaction: 1000, bulk: true },
    );
    return report.relationships;
  } finally {
    await store.close();
  }
}

export async function timeViewer(
  sizes: number[],
  runs: number,
  tempDir: string,
  log: (line: string) => void,
): Promise<ViewerResult> {
  if (!fs.existsSync(CHROMIUM)) return { ok: false, skipped: `no Chromium at ${CHROMIUM} (apt-get install chromium)` };
  if (!fs.existsSync(path.join(DEFAULT_VIEWER_DIR, 'index.html'))) {
    return { ok: false, skipped: `the viewer is not built in ${DEFAULT_VIEWER_DIR} (npm run build)` };
  }
  const { chromium } = await import('playwright-core');
  const timings: ViewerTiming[] = [];
  for (const nodes of sizes) {
    const dir = path.join(tempDir, `viewer-${nodes}`);
    log(`viewer: ${nodes} nodes...`);
    const relationships = await buildStore(dir, nodes);
    const store = await EmbeddedStore.open({ dir, readOnly: true });
    const serverStart = performance.now();
    const server = await startViewerServer({ store, port: 0 });
    await (await fetch(`${server.url}api/graph`)).arrayBuffer();
    const serverReadMs = Math.round(performance.now() - serverStart);
    const profile = fs.mkdtempSync(path.join(tempDir, 'chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
      viewport: { width: 1400, height: 850 },
    });
    try {
      const first: number[] = [];
      const layout: number[] = [];
      const settled: number[] = [];
      let drawn = { nodes: 0, edges: 0, engine: '' };
      for (let r = 0; r < runs; r++) {
        const page = await context.newPage();
        await page.goto(`${server.url}#view=full`);
        await page.waitForSelector('body[data-ready="true"]', { timeout: 300_000 });
        await page.waitForSelector('body[data-layout-settled-at]', { state: 'attached', timeout: 300_000 });
        const attr = async (selector: string, name: string) => (await page.getAttribute(selector, name)) ?? '';
        const d = {
          first: Number(await attr('body', 'data-first-render-ms')),
          layout: Number(await attr('body', 'data-layout-ms')),
          settled: Number(await attr('body', 'data-layout-settled-at')),
          engine: await attr('body', 'data-layout-engine'),
          nodes: Number(await attr('#status', 'data-drawn-nodes')),
          edges: Number(await attr('#status', 'data-drawn-edges')),
        };
        first.push(d.first);
        layout.push(d.layout);
        settled.push(d.settled);
        drawn = { nodes: d.nodes, edges: d.edges, engine: d.engine };
        await page.close();
      }
      timings.push({
        nodes,
        relationships,
        drawnNodes: drawn.nodes,
        drawnEdges: drawn.edges,
        firstRenderMs: roundSummary(summarize(first)),
        layoutMs: roundSummary(summarize(layout)),
        settledMs: roundSummary(summarize(settled)),
        layoutEngine: drawn.engine,
        serverReadMs,
      });
    } finally {
      await context.close();
      await server.close();
      await store.close();
      fs.rmSync(profile, { recursive: true, force: true });
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return { ok: true, timings };
}

const roundSummary = (s: Summary): Summary => ({ ...s, median: round(s.median), min: round(s.min), max: round(s.max) });
