// Development aid: extracts the given .txt files without a store and writes an APOC-style JSON-lines export,
// for a quick run of ../shared/eval/score.mjs while tuning extraction.
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../src/pipeline/index.js';
import type { GraphNode, GraphRelationship } from '../src/model/types.js';

const [out, ...files] = process.argv.slice(2);
const nodes = new Map<string, GraphNode>();
const rels: GraphRelationship[] = [];
for (const file of files) {
  let text = fs.readFileSync(file, 'utf8');
  const m = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/.exec(text);
  if (m) text = text.slice(m[0].length);
  const title = text.split('\n')[0].slice(0, 100);
  const frag = extractArticle({
    key: file,
    title,
    text,
    date: m ? m[1] : null,
    url: null,
    source: null,
    path: path.resolve(file),
    dateline: null,
  });
  nodes.set(frag.article.id, { ...frag.article, text: '' });
  for (const n of frag.nodes) {
    const prev = nodes.get(n.id);
    if (prev && 'aliases' in prev && 'aliases' in n) prev.aliases = [...new Set([...prev.aliases, ...n.aliases])];
    else nodes.set(n.id, n);
  }
  rels.push(...frag.relationships);
}
const lines: string[] = [];
for (const n of nodes.values()) {
  const { label, ...props } = n;
  lines.push(JSON.stringify({ type: 'node', id: n.id, labels: [label], properties: props }));
}
for (const r of rels) {
  const { from, to, type, ...props } = r;
  lines.push(
    JSON.stringify({
      type: 'relationship',
      id: r.id,
      label: type,
      properties: props,
      start: { id: from.id, labels: [from.label] },
      end: { id: to.id, labels: [to.label] },
    }),
  );
}
fs.writeFileSync(out, lines.join('\n') + '\n');
