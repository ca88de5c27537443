// Splits YAML front matter (between `---` lines at the top of a Markdown file) from the body and parses it with
// `yaml`, which runs no code (unlike gray-matter's `---js` engine) and caps alias expansion.
import { parse as parseYaml } from 'yaml';

export type FrontMatter = { ok: true; data: Record<string, unknown>; body: string } | { ok: false; error: string };

const OPENING = /^---[ \t]*\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

export function splitFrontMatter(content: string): FrontMatter {
  const opening = OPENING.exec(content);
  if (!opening) return { ok: true, data: {}, body: content };
  let lineStart = opening[0].length;
  while (lineStart <= content.length) {
    const newline = content.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? content.length : newline;
    if (CLOSING.test(content.slice(lineStart, lineEnd))) {
      const yamlText = content.slice(opening[0].length, lineStart);
      const body = newline === -1 ? '' : content.slice(newline + 1);
      return parseFrontMatter(yamlText, body, content);
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  // No closing line: the opening `---` was a thematic break, not front matter.
  return { ok: true, data: {}, body: content };
}

function parseFrontMatter(yamlText: string, body: string, content: string): FrontMatter {
  let data: unknown;
  try {
    data = parseYaml(yamlText, { schema: 'core', uniqueKeys: false, prettyErrors: false });
  } catch (e) {
    const first = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    return { ok: false, error: first };
  }
  if (data === null || data === undefined) return { ok: true, data: {}, body };
  // A scalar or a list between two `---` lines is Markdown (a setext heading, rules), not front matter.
  if (typeof data !== 'object' || Array.isArray(data)) return { ok: true, data: {}, body: content };
  return { ok: true, data: data as Record<string, unknown>, body };
}
