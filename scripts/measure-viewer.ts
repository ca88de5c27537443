// Measures the viewer in headless Chromium: time to first render and to a settled layout, for a store folder,
// a folder of articles (extracted into a temporary store first) or synthetic graphs of given sizes.
//   npx tsx scripts/measure-viewer.ts --db ./kg-data
//   npx tsx scripts/measure-viewer.ts --articles ../shared/corpus/bbc-politics
//   npx tsx scripts/measure-viewer.ts --synthetic 1000,10000 [--runs 3] [--screenshot out.png]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { GraphFragment } from '../src/model/types.js';
import { extractArticle } from '../src/pipeline/index.js';
import { readArticles } from '../src/read/index.js';
import { startViewerServer } from '../src/server/viewer-server.js';
import { resolveSettings } from '../src/settings.js';
import { openStore } from '../src/store/open-store.js';
import { launchBrowser, openViewer } from '../tests/viz/browser-setup.js';
import { syntheticFragments } from './synthetic-fragments.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    articles: { type: 'string' },
    synthetic: { type: 'string' },
    runs: { type: 'string', default: '3' },
    screenshot: { type: 'string' },
  },
});

async function storeFrom(fragments: GraphFragment[]): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-measure-'));
  const store = await openStore(resolveSettings({ db: dir, store: 'embedded' }, {}));
  const t = performance.now();
  for (let i = 0; i < fragments.length; i += 200) await store.writeFragments(fragments.slice(i, i + 200));
  await store.flush();
  await store.close();
  process.stderr.write(`  wrote ${fragments.length} articles in ${Math.round(performance.now() - t)} ms\n`);
  return dir;
}

async function extractFolder(folder: string): Promise<GraphFragment[]> {
  const fragments: GraphFragment[] = [];
  for await (const event of readArticles([folder], { maxArticleChars: 5_000_000 })) {
    if (event.kind === 'article') fragments.push(extractArticle(event.article));
  }
  return fragments;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(name: string, db: string) {
  const store = await openStore(resolveSettings({ db, store: 'embedded' }, {}), { readOnly: true, mustExist: true });
  const stats = await store.stats();
  const server = await startViewerServer({ store, port: 0 });
  const browser = await launchBrowser();
  const nodes = Object.values(stats.nodes).reduce<number>((a, b) => a + (b ?? 0), 0);
  const rels = Object.values(stats.relationships).reduce<number>((a, b) => a + (b ?? 0), 0);
  try {
    const t = performance.now();
    const body = await (await fetch(new URL('api/graph', server.url))).text();
    process.stdout.write(
      `${name}: /api/graph answered in ${Math.round(performance.now() - t)} ms, ${(body.length / 1e6).toFixed(1)} MB\n`,
    );
    for (const view of ['coalition', 'full'] as const) {
      const rows: Array<{
        data: number;
        first: number;
        started: number;
        settled: number;
        layout: number;
        drawn: string;
        engine: string;
      }> = [];
      for (let run = 0; run < Number(values.runs); run++) {
        const page = await browser.context.newPage();
        await openViewer(page, `${server.url}#view=${view}`);
        const m = await page.evaluate(() => {
          const d = document.body.dataset;
          const s = document.getElementById('status')!.dataset;
          return {
            data: Number(d.dataLoadedMs),
            first: Number(d.firstRenderMs),
            settled: Number(d.layoutSettledAt),
            layout: Number(d.layoutMs),
            started: Number(d.layoutStartedAt),
            drawn: `${s.drawnNodes} nodes, ${s.drawnEdges} edges`,
            engine: d.layoutEngine ?? '',
          };
        });
        rows.push(m);
        if (values.screenshot && run === 0 && view === 'coalition') await page.screenshot({ path: values.screenshot });
        await page.close();
      }
      const med = (k: 'data' | 'first' | 'started' | 'settled' | 'layout') => median(rows.map((r) => r[k]));
      process.stdout.write(
        `${name} (${nodes} nodes, ${rels} relationships), ${view} view drawing ${rows[0].drawn}: ` +
          `data loaded ${med('data')} ms, first render ${med('first')} ms, controls ready ${med('started')} ms, ` +
          `layout ${med('layout')} ms ` +
          `(${rows[0].engine}), settled ${med('settled')} ms after navigation; median of ${rows.length}\n`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
}

if (values.db) await measure(values.db, values.db);
if (values.articles) {
  const t = performance.now();
  const fragments = await extractFolder(values.articles);
  process.stderr.write(`  extracted ${fragments.length} articles in ${Math.round(performance.now() - t)} ms\n`);
  const dir = await storeFrom(fragments);
  await measure(values.articles, dir);
  fs.rmSync(dir, { recursive: true, force: true });
}
for (const size of (values.synthetic ?? '').split(',').filter(Boolean).map(Number)) {
  const dir = await storeFrom(syntheticFragments(size));
  await measure(`synthetic ${size}`, dir);
  fs.rmSync(dir, { recursive: true, force: true });
}
