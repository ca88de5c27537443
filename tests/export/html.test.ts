import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/errors.js';
import { jsonForScript, renderHtmlExport, writeHtmlExport } from '../../src/export/html.js';
import type { ViewerData } from '../../src/server/viewer-data.js';
import { XSS_QUOTE } from '../fixtures/coalition-negotiation.js';
import { openFixtureStore, type FixtureStore } from '../viz/fixture-store.js';

let fixture: FixtureStore;
let html: string;

beforeAll(async () => {
  fixture = await openFixtureStore();
  html = (await renderHtmlExport(fixture.store, { title: 'Coalition <talks>' })).html;
});

afterAll(async () => {
  await fixture?.dispose();
});

const embedded = (page: string): ViewerData => {
  const m = /<script type="application\/json" id="kg-data">([\s\S]*?)<\/script>/.exec(page);
  return JSON.parse(m![1]) as ViewerData;
};

describe('renderHtmlExport', () => {
  it('inlines the viewer: no script, stylesheet or other file is loaded from elsewhere', () => {
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(html).toContain('<script type="module">');
    expect(html).toContain('<style>');
  });

  it('embeds every node, relationship and article text of the store', async () => {
    const data = embedded(html);
    const stats = await fixture.store.stats();
    const nodes = Object.values(stats.nodes).reduce<number>((a, b) => a + (b ?? 0), 0);
    expect(data.nodes.length + data.articles.length).toBe(nodes);
    expect(data.articles.every((a) => typeof a.text === 'string' && a.text.length > 0)).toBe(true);
    expect(data.meta).toMatchObject({ origin: 'export', location: null });
  });

  it('escapes every < of the data, so a quote with markup cannot close the script or open a tag', () => {
    const block = /id="kg-data">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(block).not.toContain('<');
    expect(JSON.stringify(embedded(html))).toContain(XSS_QUOTE);
    expect(jsonForScript({ q: '</script><img src=x>' })).toBe('{"q":"\\u003c/script>\\u003cimg src=x>"}');
  });

  it('allows only its own inline script and style, by hash', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("default-src 'none'");
  });

  it('writes the title as text', () => {
    expect(html).toContain('<title>Coalition &lt;talks&gt;</title>');
  });

  it('writes one file and reports what it holds', async () => {
    const out = path.join(fixture.dir, 'coalition.html');
    const report = await writeHtmlExport(fixture.store, out);
    expect(fs.statSync(out).size).toBe(report.bytes);
    expect(report).toMatchObject({ nodes: 27, articles: 6 });
  });

  it('says the viewer is not built when its folder is empty', async () => {
    await expect(renderHtmlExport(fixture.store, { viewerDir: fixture.dir })).rejects.toBeInstanceOf(NotFoundError);
  });
});
