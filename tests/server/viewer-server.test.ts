import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NotFoundError } from '../../src/errors.js';
import { startViewerServer, type ViewerServer } from '../../src/server/viewer-server.js';
import type { ViewerArticle, ViewerData } from '../../src/server/viewer-data.js';
import { coalitionFragments } from '../fixtures/coalition-negotiation.js';
import { openFixtureStore, type FixtureStore } from '../viz/fixture-store.js';

let fixture: FixtureStore;
let server: ViewerServer;

beforeAll(async () => {
  fixture = await openFixtureStore();
  server = await startViewerServer({ store: fixture.store, port: 0 });
});

afterAll(async () => {
  await server?.close();
  await fixture?.dispose();
});

const get = (path: string, init?: RequestInit) => fetch(new URL(path, server.url), init);

/** Sends a request as written (fetch would normalise the path and set the Host header itself). */
function rawStatus(request: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const socket = net.connect(Number(new URL(server.url).port), '127.0.0.1', () => socket.write(request));
    let reply = '';
    socket.on('data', (d) => (reply += d.toString()));
    socket.on('end', () => resolve(Number(reply.split(' ')[1])));
    socket.on('error', reject);
  });
}

describe('startViewerServer', () => {
  it('listens on 127.0.0.1 by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the built viewer with a strict content security policy and no sniffing', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await res.text()).toContain('<div id="graph"');
  });

  it('gives every node and relationship of the store, without article texts', async () => {
    const data = (await (await get('/api/graph')).json()) as ViewerData;
    const stats = await fixture.store.stats();
    const storeNodes = Object.values(stats.nodes).reduce((a, b) => a + (b ?? 0), 0);
    const storeRels = Object.values(stats.relationships).reduce((a, b) => a + (b ?? 0), 0);
    expect(data.nodes.length + data.articles.length).toBe(storeNodes);
    expect(data.relationships.length).toBe(storeRels);
    expect(data.articles.every((a) => a.text === undefined)).toBe(true);
    expect(data.meta.origin).toBe('embedded');
  });

  it('gives one article with its text, so evidence spans can be shown in their sentence', async () => {
    const fragment = coalitionFragments()[0];
    const res = await get(`/api/articles/${encodeURIComponent(fragment.article.id)}`);
    expect(res.status).toBe(200);
    const article = (await res.json()) as ViewerArticle;
    expect(article).toMatchObject({ id: fragment.article.id, title: fragment.article.title, date: '2025-03-03' });
    expect(article.text).toBe(fragment.article.text);
    const rel = fragment.relationships.find((r) => r.type === 'ACCUSED')!;
    expect(article.text!.slice(rel.start, rel.end)).toBe(rel.evidence);
  });

  it('answers 404 for an unknown article or endpoint, and 400 for a malformed id', async () => {
    expect((await get('/api/articles/article%3Anope')).status).toBe(404);
    expect((await get('/api/nothing')).status).toBe(404);
    expect((await get('/api/articles/%E0%A4%A')).status).toBe(400);
  });

  it('gives the store kind and counts', async () => {
    const meta = (await (await get('/api/meta')).json()) as { origin: string; readOnly: boolean };
    expect(meta).toMatchObject({ origin: 'embedded', readOnly: true });
  });

  it('refuses every method but GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await get('/api/graph', { method, body: method === 'DELETE' ? undefined : '{}' });
      expect(res.status).toBe(405);
    }
    const head = await get('/api/meta', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers only requests that name it by a loopback address (no DNS rebinding)', async () => {
    const port = new URL(server.url).port;
    const request = (host: string) => `GET /api/meta HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`;
    expect(await rawStatus(request(`localhost:${port}`))).toBe(200);
    expect(await rawStatus(request(`evil.example:${port}`))).toBe(421);
  });

  it('refuses a request with a body, saying what it allows', async () => {
    const res = await get('/api/graph', { method: 'POST', body: 'x'.repeat(1000) });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('refuses paths that would leave the viewer folder', async () => {
    const host = new URL(server.url).host;
    const targets = ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/%00', '/.env'];
    for (const target of targets) {
      const status = await rawStatus(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
      expect([400, 404]).toContain(status);
    }
  });

  it('says the viewer is not built when its folder has no index.html', async () => {
    await expect(startViewerServer({ store: fixture.store, port: 0, viewerDir: fixture.dir })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('reads a read-only embedded store once, from its start, and serves that read to every request', async () => {
    const other = await openFixtureStore();
    // a spy on the real store's method (it still reads the real database), to count the reads
    const reads = vi.spyOn(other.store, 'readGraph');
    const own = await startViewerServer({ store: other.store, port: 0 });
    try {
      expect(other.store.unchanging).toBe(true);
      expect(reads).toHaveBeenCalledTimes(1); // before any request
      const [a, b] = await Promise.all([1, 2].map(() => fetch(new URL('/api/graph', own.url)).then((r) => r.text())));
      const c = await (await fetch(new URL('/api/graph', own.url))).text();
      expect(reads).toHaveBeenCalledTimes(1);
      expect(b).toBe(a);
      expect(c).toBe(a);
      expect((JSON.parse(a) as ViewerData).relationships.length).toBeGreaterThan(0);
    } finally {
      await own.close();
      await other.dispose();
    }
  });
});
