// The server of `kg view`: serves the built viewer (viz/dist) and the read-only JSON API over a store.
// GET and HEAD only; binds 127.0.0.1 unless told otherwise; every response carries the security headers.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { NotFoundError, errorMessage } from '../errors.js';
import type { GraphStore } from '../store/types.js';
import { SECURITY_HEADERS } from './security-headers.js';
import { contentTypeFor, resolveStaticPath } from './static-files.js';
import { createViewerApi } from './viewer-api.js';

/** The viewer's build folder: viz/dist beside src/ and dist/ in the package. */
export const DEFAULT_VIEWER_DIR = fileURLToPath(new URL('../../viz/dist/', import.meta.url));

export interface ViewerServerOptions {
  store: GraphStore;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  viewerDir?: string;
}

export interface ViewerServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const MAX_URL_LENGTH = 2048;
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|\[::1\]|localhost)$/i;

export async function startViewerServer(options: ViewerServerOptions): Promise<ViewerServer> {
  const host = options.host ?? '127.0.0.1';
  const viewerDir = options.viewerDir ?? DEFAULT_VIEWER_DIR;
  try {
    await stat(`${viewerDir}/index.html`);
  } catch {
    throw new NotFoundError(`kg view: the viewer is not built in ${viewerDir}. Expecting \`npm run build\` first.`);
  }
  const api = createViewerApi(options.store);
  // On a loopback address, only requests naming this server by a loopback name are answered.
  let allowedHosts: Set<string> | null = null;

  const server = http.createServer({ maxHeaderSize: 16 * 1024, requestTimeout: 30_000 }, (req, res) => {
    const send = (status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
      res.writeHead(status, {
        ...SECURITY_HEADERS,
        'Content-Type': type,
        'Content-Length': String(Buffer.byteLength(body)),
        ...extra,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const sendJsonText = (status: number, json: string) =>
      send(status, 'application/json; charset=utf-8', json, { 'Cache-Control': 'no-store' });
    const sendJson = (status: number, body: unknown) => sendJsonText(status, JSON.stringify(body));

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      // Answer and close: a request body is never read.
      res.once('finish', () => req.socket.destroy());
      send(
        405,
        'application/json; charset=utf-8',
        JSON.stringify({
          error: `kg view: ${req.method} is not allowed. Expecting GET or HEAD (the viewer is read-only).`,
        }),
        { Allow: 'GET, HEAD', Connection: 'close' },
      );
      return;
    }
    if (allowedHosts && !allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
      // A page on another site that rebinds its name to 127.0.0.1 must not read the graph.
      return sendJson(421, { error: 'kg view: unexpected Host header. Expecting the address kg view printed.' });
    }
    const rawUrl = req.url ?? '/';
    if (rawUrl.length > MAX_URL_LENGTH) return sendJson(414, { error: 'kg view: the URL is too long.' });
    const pathname = rawUrl.split(/[?#]/, 1)[0];

    if (pathname.startsWith('/api/')) {
      api.handle(pathname).then(
        (r) => sendJsonText(r.status, r.json),
        (e: unknown) => sendJson(500, { error: `kg view: ${errorMessage(e)}` }),
      );
      return;
    }
    const file = resolveStaticPath(viewerDir, pathname);
    if (!file) return sendJson(400, { error: 'kg view: the path is not valid. Expecting a file of the viewer.' });
    stat(file).then(
      (s) => {
        if (!s.isFile()) return sendJson(404, { error: 'kg view: not found.' });
        res.writeHead(200, {
          ...SECURITY_HEADERS,
          'Content-Type': contentTypeFor(file),
          'Content-Length': String(s.size),
          'Cache-Control': 'no-cache',
        });
        if (req.method === 'HEAD') return res.end();
        createReadStream(file).pipe(res);
      },
      () => sendJson(404, { error: 'kg view: not found.' }),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4173, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  if (LOOPBACK.test(host)) {
    allowedHosts = new Set(
      ['127.0.0.1', 'localhost', '[::1]', address.family === 'IPv6' ? `[${address.address}]` : address.address].map(
        (name) => `${name}:${address.port}`,
      ),
    );
  }
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
