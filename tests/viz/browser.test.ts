// The viewer in headless Chromium against a real embedded store served by the viewer's server.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startViewerServer, type ViewerServer } from '../../src/server/viewer-server.js';
import { coalitionFragments, PARTIES, PEOPLE, XSS_QUOTE } from '../fixtures/coalition-negotiation.js';
import {
  ARTIFACTS,
  BROWSER_REQUIRED,
  HAVE_BROWSER,
  drawnEdges,
  drawnPixels,
  launchBrowser,
  openViewer,
  watchPage,
  type Browser,
} from './browser-setup.js';
import { openFixtureStore, type FixtureStore } from './fixture-store.js';

const run = HAVE_BROWSER || BROWSER_REQUIRED;

describe.runIf(run)('the viewer in a browser', () => {
  let fixture: FixtureStore;
  let server: ViewerServer;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fixture = await openFixtureStore();
    server = await startViewerServer({ store: fixture.store, port: 0 });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    problems = watchPage(page);
    await openViewer(page, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await fixture?.dispose();
  });

  it('loads with no console errors and draws the coalition view on the canvas', async () => {
    expect(problems).toEqual([]);
    expect(await page.getAttribute('#status', 'data-view')).toBe('coalition');
    expect(await drawnPixels(page)).toBeGreaterThan(2000);
    expect(await drawnEdges(page)).toBeGreaterThan(0);
    expect(await page.getAttribute('body', 'data-layout-engine')).toBe('worker');
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(ARTIFACTS, 'coalition-view.png') });
  });

  it('reports as many nodes and relationships as the store holds', async () => {
    const stats = await fixture.store.stats();
    const sum = (o: Partial<Record<string, number>>) => Object.values(o).reduce<number>((a, b) => a + (b ?? 0), 0);
    expect(Number(await page.getAttribute('#status', 'data-loaded-nodes'))).toBe(sum(stats.nodes));
    expect(Number(await page.getAttribute('#status', 'data-loaded-relationships'))).toBe(sum(stats.relationships));
  });

  it('search completes an alias, selects the person and shows their claim with the exact span marked', async () => {
    await page.fill('#search-input', 'varnh');
    await page.waitForSelector('#search-results li');
    expect(await page.textContent('#search-results li >> nth=0')).toContain('Ilsa Varnhagen');
    await page.keyboard.press('Enter');
    const panel = page.locator(`#panel .node-panel[data-node="${PEOPLE.varnhagen.id}"]`);
    await panel.waitFor();
    expect(await panel.locator('h3').textContent()).toContain('Ilsa Varnhagen');
    expect(await panel.textContent()).toContain('Northern Harvest Party');
    const mark = panel.locator('.claim mark[data-start]').first();
    await mark.waitFor();
    expect(await mark.textContent()).toBe('We are ready to govern with anyone who respects the result,');
    expect(await mark.locator('xpath=..').textContent()).toContain('Varnhagen told reporters after the meeting.');
    expect(new URL(page.url()).hash).toContain(`node=${encodeURIComponent(PEOPLE.varnhagen.id)}`);
  });

  it('an edge opened from the panel lists every piece of evidence, the span marked in its sentence', async () => {
    await page.locator('#panel .connections button', { hasText: 'conflict' }).first().click();
    const edgePanel = page.locator('#panel .edge-panel');
    await edgePanel.waitFor();
    const items = edgePanel.locator('.evidence');
    const count = await items.count();
    expect(count).toBeGreaterThan(0);
    expect(await edgePanel.locator('.summary').textContent()).toContain(`${count} piece`);
    await edgePanel.locator('mark[data-start]').first().waitFor();
    const fragments = coalitionFragments();
    const all = fragments.flatMap((f) => f.relationships);
    for (let i = 0; i < count; i++) {
      const id = await items.nth(i).getAttribute('data-rel-id');
      const rel = all.find((r) => r.id === id)!;
      const mark = items.nth(i).locator('mark');
      await items.nth(i).locator('mark[data-start]').waitFor();
      expect(await mark.textContent()).toBe(rel.evidence);
      expect(Number(await mark.getAttribute('data-start'))).toBe(rel.start);
    }
    expect(problems).toEqual([]);
  });

  it('switching off a relationship type changes the number of drawn edges, and back', async () => {
    await page.click('#time-all');
    await page.evaluate(() => history.replaceState(null, '', '#view=coalition'));
    await page.goto(`${server.url}#view=coalition`);
    await openViewer(page, `${server.url}#view=coalition`);
    const before = await drawnEdges(page);
    await page.uncheck('#type-ALLIED_WITH');
    const without = await drawnEdges(page);
    expect(without).toBeLessThan(before);
    expect(new URL(page.url()).hash).toContain('types=ALLIED_WITH');
    await page.check('#type-ALLIED_WITH');
    expect(await drawnEdges(page)).toBe(before);
  });

  it('moving the time window with the keyboard changes the number of drawn edges', async () => {
    const before = await drawnEdges(page);
    await page.focus('#time-to');
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowLeft');
    expect(await page.getAttribute('#time-label', 'data-to')).toBe('2025-03-15');
    const early = await drawnEdges(page);
    expect(early).toBeLessThan(before);
    expect(new URL(page.url()).hash).toContain('to=2025-03-15');
    await page.click('#time-all');
    expect(await drawnEdges(page)).toBe(before);
  });

  it('plays the time window forward until the last date', async () => {
    await page.click('#time-play');
    await page.waitForFunction(() => document.getElementById('time-label')?.dataset.from !== '', null, {
      timeout: 5000,
    });
    const first = await page.getAttribute('#time-label', 'data-to');
    await page.waitForFunction(
      () => document.getElementById('time-play')?.getAttribute('aria-pressed') === 'false',
      null,
      {
        timeout: 30_000,
      },
    );
    expect(await page.getAttribute('#time-label', 'data-to')).toBe('2025-04-04');
    expect(first! < '2025-04-04').toBe(true);
    await page.click('#time-all');
  });

  it('shows a quote carrying HTML as text, and runs none of it', async () => {
    await page.fill('#search-input', 'Keswick');
    await page.waitForSelector('#search-results li');
    await page.keyboard.press('Enter');
    const panel = page.locator(`#panel .node-panel[data-node="${PEOPLE.keswick.id}"]`);
    await panel.waitFor();
    const marks = panel.locator('.claim mark[data-start]');
    await marks.first().waitFor();
    const texts = await marks.allTextContents();
    expect(texts.some((t) => t.includes(XSS_QUOTE))).toBe(true);
    expect(await page.locator('img').count()).toBe(0);
    expect(await panel.textContent()).toContain(XSS_QUOTE);
    expect(problems.filter((p) => p.startsWith('dialog'))).toEqual([]);
  });

  it('the full graph shows every label with a switch, and a switched-off label removes its nodes', async () => {
    await page.click('#view-full');
    await page.waitForFunction(() => document.getElementById('status')?.dataset.view === 'full');
    const nodesBefore = Number(await page.getAttribute('#status', 'data-drawn-nodes'));
    for (const label of ['Person', 'Party', 'Event', 'Claim', 'Article']) {
      expect(await page.locator(`#label-${label}`).count()).toBe(1);
    }
    await page.uncheck('#label-Claim');
    expect(Number(await page.getAttribute('#status', 'data-drawn-nodes'))).toBe(nodesBefore - 5);
    await page.check('#label-Claim');
  });

  it('a link reopens the same view: selection, filters and time window', async () => {
    await page.click('#view-coalition');
    await page.check('#people');
    await page.focus('#time-from');
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
    await page.fill('#search-input', 'Quillon');
    await page.waitForSelector('#search-results li');
    await page.keyboard.press('Enter');
    await page.locator('#panel .node-panel').waitFor();
    const link = page.url();
    const edges = await drawnEdges(page);
    const other = await browser.context.newPage();
    const otherProblems = watchPage(other);
    await openViewer(other, link);
    expect(await other.locator(`#panel .node-panel[data-node="${PEOPLE.quillon.id}"]`).count()).toBe(1);
    expect(await other.isChecked('#people')).toBe(true);
    expect(await other.getAttribute('#time-label', 'data-from')).toBe('2025-03-10');
    expect(await drawnEdges(other)).toBe(edges);
    expect(otherProblems).toEqual([]);
    await other.close();
  });

  it('an edge link opens its evidence: the alliance that held, then broke, and the conflict between them', async () => {
    const [a, b] = [PARTIES.cru.id, PARTIES.nhp.id].sort();
    const other = await browser.context.newPage();
    const otherProblems = watchPage(other);
    const link = (kind: string) => `${server.url}#view=coalition&edge=${encodeURIComponent(`${kind}:${a}|${b}`)}`;
    await openViewer(other, link('cooperation'));
    const cooperation = other.locator('#panel .edge-panel');
    await cooperation.waitFor();
    expect(await cooperation.locator('h3').textContent()).toBe('Cooperation');
    expect(await cooperation.locator('.evidence .badge').allTextContents()).toEqual(['past']);
    expect(await cooperation.locator('.article-group').count()).toBe(2);
    await openViewer(other, link('conflict'));
    const conflict = other.locator('#panel .edge-panel');
    await conflict.locator('mark[data-start]').first().waitFor();
    expect(await conflict.textContent()).toContain('acts of members, counted for their party');
    await other.waitForTimeout(600);
    await other.locator('#panel').screenshot({ path: path.join(ARTIFACTS, 'evidence-panel.png') });
    expect(otherProblems).toEqual([]);
    await other.close();
  });

  it('colours by bloc and lists the blocs in the legend', async () => {
    await page.selectOption('#color-by', 'blocs');
    expect(await page.locator('#sidebar [data-bloc]').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).hash).toContain('color=blocs');
    await page.selectOption('#color-by', 'type');
  });

  it('exports the current view as a PNG file', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const file = path.join(ARTIFACTS, 'export.png');
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.length).toBeGreaterThan(5000);
    expect(problems).toEqual([]);
  });
});
