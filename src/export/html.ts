// `kg export --format html`: one self-contained file to share. The built viewer's script and stylesheet are
// inlined, the graph (with article texts, for the evidence panel) is embedded as JSON, and a
// Content-Security-Policy allows only those inline blocks (by hash): it works offline, from file://.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NotFoundError } from '../errors.js';
import { DEFAULT_VIEWER_DIR } from '../server/viewer-server.js';
import { collectViewerData } from '../server/viewer-data.js';
import type { GraphStore } from '../store/types.js';

export interface HtmlExportOptions {
  /** The viewer's build folder (viz/dist). */
  viewerDir?: string;
  /** Shown as the page title. */
  title?: string;
}

export interface HtmlExportReport {
  nodes: number;
  relationships: number;
  articles: number;
  bytes: number;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** JSON safe inside a <script> element: no `<` can open a tag or close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Script or style text that cannot close its element early. */
function inlineSafe(code: string, tag: 'script' | 'style'): string {
  return code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

const escapeHtmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function readAsset(viewerDir: string, ref: string): Promise<string> {
  const file = path.resolve(viewerDir, ref);
  if (!file.startsWith(path.resolve(viewerDir) + path.sep)) {
    throw new NotFoundError(`html export: "${ref}" is outside the viewer build. Expecting files under ${viewerDir}.`);
  }
  return readFile(file, 'utf8');
}

/** Builds the self-contained page for the store's whole graph. */
export async function renderHtmlExport(
  store: GraphStore,
  options: HtmlExportOptions = {},
): Promise<{ html: string; report: Omit<HtmlExportReport, 'bytes'> }> {
  const viewerDir = options.viewerDir ?? DEFAULT_VIEWER_DIR;
  let page: string;
  try {
    page = await readFile(path.join(viewerDir, 'index.html'), 'utf8');
  } catch {
    throw new NotFoundError(`html export: the viewer is not built in ${viewerDir}. Expecting \`npm run build\` first.`);
  }
  const scriptTag = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/.exec(page);
  const styleTag = /<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/.exec(page);
  if (!scriptTag || !styleTag) {
    throw new NotFoundError(
      `html export: ${viewerDir}/index.html names no script or stylesheet. Expecting a vite build.`,
    );
  }
  const script = inlineSafe(await readAsset(viewerDir, scriptTag[1]), 'script');
  const style = inlineSafe(await readAsset(viewerDir, styleTag[1]), 'style');
  const data = await collectViewerData(
    store.readGraph(),
    { origin: 'export', location: null, generatedAt: new Date().toISOString() },
    { withText: true },
  );
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    'img-src data: blob:',
    'worker-src blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const title = options.title ? `<title>${escapeHtmlText(options.title)}</title>` : '<title>kg viewer</title>';
  // Replacements are functions so that `$` in the inlined code is never read as a replacement pattern.
  const html = page
    .replace(/<title>[^<]*<\/title>/, () => title)
    .replace(
      '<meta charset="utf-8" />',
      () => `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
    )
    .replace(styleTag[0], () => `<style>${style}</style>`)
    .replace(
      scriptTag[0],
      () =>
        `<script type="application/json" id="kg-data">${jsonForScript(data)}</script>\n    <script type="module">${script}</script>`,
    );
  return {
    html,
    report: {
      nodes: data.nodes.length + data.articles.length,
      relationships: data.relationships.length,
      articles: data.articles.length,
    },
  };
}

export async function writeHtmlExport(
  store: GraphStore,
  out: string,
  options: HtmlExportOptions = {},
): Promise<HtmlExportReport> {
  const { html, report } = await renderHtmlExport(store, options);
  await writeFile(out, html, 'utf8');
  return { ...report, bytes: Buffer.byteLength(html) };
}
