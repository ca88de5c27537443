// Development aid: extracts the given .txt files without a store (entities matched across articles as kg load
// would) and writes the APOC-style JSON-lines export, for a quick run of ../shared/eval/score.mjs while tuning.
// Usage: npx tsx scripts/dev-score.ts OUT.jsonl FILES...
import fs from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../src/pipeline/index.js';
import { EntityResolver } from '../src/ingest/resolve-across-articles.js';
import { splitDatePrefix } from '../src/read/index.js';
import { nodeLine, relationshipLine } from '../src/export/jsonl.js';
import type { GraphNode, GraphRelationship } from '../src/model/types.js';

const [out, ...files] = process.argv.slice(2);
const resolver = new EntityResolver();
const nodes = new Map<string, GraphNode>();
const rels: GraphRelationship[] = [];
for (const file of files) {
  const raw = fs.readFileSync(file, 'utf8');
  const { date, rest } = splitDatePrefix(raw);
  const text = rest.trim();
  const title = text.split('\n')[0].slice(0, 100);
  const frag = resolver.resolve(
    extractArticle({ key: file, title, text, date, url: null, source: null, path: path.resolve(file), dateline: null }),
  );
  nodes.set(frag.article.id, { ...frag.article, text: '' });
  for (const n of frag.nodes) {
    const prev = nodes.get(n.id);
    if (prev && 'aliases' in prev && 'aliases' in n) prev.aliases = [...new Set([...prev.aliases, ...n.aliases])];
    else nodes.set(n.id, n);
  }
  rels.push(...frag.relationships);
}
const lines = [...[...nodes.values()].map(nodeLine), ...rels.map(relationshipLine)];
fs.writeFileSync(out, lines.join('\n') + '\n');
