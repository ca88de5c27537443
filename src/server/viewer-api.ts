// The viewer's read-only JSON API over a GraphStore: /api/meta, /api/graph, /api/articles/:id.
// Nothing here writes; the one query it runs is fixed, takes its value as a parameter and runs read-only.
import { errorMessage } from '../errors.js';
import type { GraphStore, PlainValue } from '../store/types.js';
import { collectViewerData, type ViewerArticle } from './viewer-data.js';

export interface ApiResponse {
  status: number;
  /** The body as JSON text. */
  json: string;
}

const ARTICLE_QUERY =
  'MATCH (a:Article) WHERE a.id = $id ' +
  'RETURN a.id AS id, a.key AS key, a.title AS title, a.date AS date, a.url AS url, a.source AS source, a.text AS text';

const str = (v: PlainValue | undefined): string | null => (v === null || v === undefined ? null : String(v));

export function createViewerApi(store: GraphStore) {
  // Concurrent requests for the graph share one read of the store. A store nobody can change while it is open
  // is read once, from the start: the page's request finds it read or under way (on 10,000 nodes the read is
  // about a second, most of the viewer's time to its first drawing).
  let pendingGraph: Promise<string> | null = null;
  const keep = store.unchanging;

  function readGraph(): Promise<string> {
    if (!pendingGraph) {
      const meta = { origin: store.kind, location: store.location, generatedAt: new Date().toISOString() };
      const read = collectViewerData(store.readGraph(), meta, { withText: false }).then((d) => JSON.stringify(d));
      pendingGraph = keep
        ? read.catch((e: unknown) => {
            pendingGraph = null; // a failed read is tried again by the next request
            throw e;
          })
        : read.finally(() => {
            pendingGraph = null;
          });
    }
    return pendingGraph;
  }
  if (keep) readGraph().catch(() => undefined); // its error reaches the request that asks for it

  async function readArticle(id: string): Promise<ViewerArticle | null> {
    const { rows } = await store.query(ARTICLE_QUERY, { id }, { readOnly: true });
    const row = rows[0];
    if (!row) return null;
    return {
      id: String(row.id),
      key: str(row.key) ?? '',
      title: str(row.title) ?? '',
      date: str(row.date),
      url: str(row.url),
      source: str(row.source),
      text: str(row.text) ?? '',
    };
  }

  async function handle(pathname: string): Promise<ApiResponse> {
    if (pathname === '/api/graph') {
      try {
        return { status: 200, json: await readGraph() };
      } catch (e) {
        return failed(e);
      }
    }
    const r = await answer(pathname);
    return { status: r.status, json: JSON.stringify(r.body) };
  }

  const failed = (e: unknown) => ({
    status: 500,
    json: JSON.stringify({ error: `viewer-api: the store failed: ${errorMessage(e)}` }),
  });

  async function answer(pathname: string): Promise<{ status: number; body: unknown }> {
    try {
      if (pathname === '/api/meta') {
        const stats = await store.stats();
        return { status: 200, body: { origin: store.kind, location: store.location, readOnly: true, stats } };
      }
      if (pathname.startsWith('/api/articles/')) {
        let id: string;
        try {
          id = decodeURIComponent(pathname.slice('/api/articles/'.length));
        } catch {
          return {
            status: 400,
            body: { error: 'viewer-api: the article id is not valid. Expecting a URL-encoded id.' },
          };
        }
        if (id.length === 0 || id.length > 256 || id.includes('/')) {
          return { status: 400, body: { error: 'viewer-api: the article id is not valid. Expecting an article id.' } };
        }
        const article = await readArticle(id);
        if (!article) return { status: 404, body: { error: `viewer-api: no article "${id}". Expecting a stored id.` } };
        return { status: 200, body: article };
      }
      return {
        status: 404,
        body: { error: `viewer-api: no endpoint ${pathname}. Expecting /api/meta, /api/graph or /api/articles/:id.` },
      };
    } catch (e) {
      return { status: 500, body: { error: `viewer-api: the store failed: ${errorMessage(e)}` } };
    }
  }

  return { handle };
}
