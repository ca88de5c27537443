// The viewer's server and the viewer over a real Neo4j (`kg view --store neo4j`), filled with the coalition
// negotiation through writeFragments. Runs where the Neo4j tests run (see tests/setup/neo4j-env.ts).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ViewerArticle, ViewerData } from '../../src/server/viewer-data.js';
import { startViewerServer, type ViewerServer } from '../../src/server/viewer-server.js';
import type { Neo4jStore } from '../../src/store/neo4j.js';
import { coalitionFragments, PEOPLE } from '../fixtures/coalition-negotiation.js';
import { describeNeo4j, openEmptyNeo4jStore } from '../setup/neo4j-env.js';
import { BROWSER_REQUIRED, HAVE_BROWSER, launchBrowser, openViewer, watchPage } from './browser-setup.js';

describeNeo4j('the viewer over Neo4j', (config) => {
  let store: Neo4jStore;
  let server: ViewerServer;

  beforeAll(async () => {
    store = await openEmptyNeo4jStore(config);
    await store.writeFragments(coalitionFragments());
    server = await startViewerServer({ store, port: 0 });
  });

  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  it('gives every node and relationship the store holds', async () => {
    const data = (await (await fetch(new URL('api/graph', server.url))).json()) as ViewerData;
    const stats = await store.stats();
    const sum = (o: Partial<Record<string, number>>) => Object.values(o).reduce<number>((a, b) => a + (b ?? 0), 0);
    expect(data.meta.origin).toBe('neo4j');
    expect(data.nodes.length + data.articles.length).toBe(sum(stats.nodes));
    expect(data.relationships.length).toBe(sum(stats.relationships));
  });

  it('gives an article text in which every stored span is its evidence', async () => {
    const fragment = coalitionFragments()[3];
    const res = await fetch(new URL(`api/articles/${encodeURIComponent(fragment.article.id)}`, server.url));
    const article = (await res.json()) as ViewerArticle;
    for (const rel of fragment.relationships) expect(article.text!.slice(rel.start, rel.end)).toBe(rel.evidence);
  });

  it.runIf(HAVE_BROWSER || BROWSER_REQUIRED)('shows a claim with its span marked, with no console error', async () => {
    const browser = await launchBrowser();
    try {
      const page: Page = await browser.context.newPage();
      const problems = watchPage(page);
      await openViewer(page, `${server.url}#node=${encodeURIComponent(PEOPLE.varnhagen.id)}`);
      const mark = page.locator('#panel .claim mark[data-start]').first();
      await mark.waitFor();
      expect(await mark.textContent()).toBe('We are ready to govern with anyone who respects the result,');
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
