// Test helper: headless Chromium (Debian's package) driven by playwright-core. Missing locally, the browser
// tests skip; with CI=true or KG_REQUIRE_BROWSER=1 a missing browser fails them instead.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.KG_CHROMIUM ?? '/usr/bin/chromium';
export const BROWSER_REQUIRED = process.env.CI === 'true' || process.env.KG_REQUIRE_BROWSER === '1';
export const HAVE_BROWSER = fs.existsSync(CHROMIUM);
export const ARTIFACTS = path.resolve('tests/artifacts');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile each time, so no state leaks between runs. */
export async function launchBrowser(options: { acceptDownloads?: boolean } = {}): Promise<Browser> {
  if (!HAVE_BROWSER) {
    throw new Error(
      `browser tests: no Chromium at ${CHROMIUM}. Expecting Debian's chromium package (apt-get install chromium).`,
    );
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 850 },
    acceptDownloads: options.acceptDownloads ?? true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Errors the page reports: console errors, uncaught exceptions, and any dialog (alert) it opens. */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  return problems;
}

/** Opens the viewer and waits until it has drawn and the first layout has settled. */
export async function openViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  await page.waitForFunction(() => document.body.dataset.layout === 'stopped', null, { timeout: 60_000 });
}

export async function drawnEdges(page: Page): Promise<number> {
  return Number(await page.getAttribute('#status', 'data-drawn-edges'));
}

/**
 * How many pixels of the graph area differ from the white background, read from a screenshot decoded by
 * the page itself (the WebGL canvases cannot be read back after they are presented).
 */
export async function drawnPixels(page: Page): Promise<number> {
  const png = await page.locator('#graph').screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) n++;
    return n;
  }, png.toString('base64'));
}
