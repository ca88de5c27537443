// The exported file in headless Chromium, opened from file:// with no server: it must work offline.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHtmlExport } from '../../src/export/html.js';
import { PEOPLE, XSS_QUOTE } from '../fixtures/coalition-negotiation.js';
import {
  BROWSER_REQUIRED,
  HAVE_BROWSER,
  drawnPixels,
  launchBrowser,
  openViewer,
  watchPage,
  type Browser,
} from './browser-setup.js';
import { openFixtureStore, type FixtureStore } from './fixture-store.js';

describe.runIf(HAVE_BROWSER || BROWSER_REQUIRED)('the exported HTML file in a browser', () => {
  let fixture: FixtureStore;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  const requests: string[] = [];

  beforeAll(async () => {
    fixture = await openFixtureStore();
    const file = path.join(fixture.dir, 'coalition.html');
    await writeHtmlExport(fixture.store, file);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    problems = watchPage(page);
    page.on('request', (r) => requests.push(r.url()));
    await openViewer(page, pathToFileURL(file).href);
  });

  afterAll(async () => {
    await browser?.close();
    await fixture?.dispose();
  });

  it('opens from file:// with no console error, draws, and fetches nothing', async () => {
    expect(problems).toEqual([]);
    expect(await drawnPixels(page)).toBeGreaterThan(2000);
    expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
    const stats = await fixture.store.stats();
    const nodes = Object.values(stats.nodes).reduce<number>((a, b) => a + (b ?? 0), 0);
    expect(Number(await page.getAttribute('#status', 'data-loaded-nodes'))).toBe(nodes);
    expect(await page.getAttribute('body', 'data-layout-engine')).toBe('worker');
  });

  it('shows evidence sentences from the embedded texts, the quote with markup as text', async () => {
    await page.fill('#search-input', 'Keswick');
    await page.waitForSelector('#search-results li');
    await page.keyboard.press('Enter');
    const panel = page.locator(`#panel .node-panel[data-node="${PEOPLE.keswick.id}"]`);
    await panel.locator('.claim mark[data-start]').first().waitFor();
    expect((await panel.locator('.claim mark').allTextContents()).some((t) => t.includes(XSS_QUOTE))).toBe(true);
    expect(await page.locator('img').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
