// Where the viewer's data comes from: embedded in the page by `kg export --format html`, or the read-only
// API of `kg view`. Article texts are fetched one at a time when the evidence panel needs them.
import type { ViewerArticle, ViewerData } from '../../src/server/viewer-data.js';

export function embeddedData(): ViewerData | null {
  const el = document.getElementById('kg-data');
  if (!el || el.getAttribute('type') !== 'application/json') return null;
  return JSON.parse(el.textContent ?? '') as ViewerData;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    let detail = '';
    try {
      detail = ((await res.json()) as { error?: string }).error ?? '';
    } catch {
      // no JSON body
    }
    throw new Error(`${url}: the server answered ${res.status}. ${detail}`.trim());
  }
  return (await res.json()) as T;
}

export async function loadData(): Promise<ViewerData> {
  return embeddedData() ?? getJson<ViewerData>('api/graph');
}

/** Article texts by id, fetched once each; an exported file already holds them. */
export function createArticleTexts(data: ViewerData) {
  const cache = new Map<string, Promise<string | null>>();
  for (const a of data.articles) if (typeof a.text === 'string') cache.set(a.id, Promise.resolve(a.text));
  return (id: string): Promise<string | null> => {
    let text = cache.get(id);
    if (!text) {
      text = getJson<ViewerArticle>(`api/articles/${encodeURIComponent(id)}`).then(
        (a) => a.text ?? null,
        () => null,
      );
      cache.set(id, text);
    }
    return text;
  };
}
