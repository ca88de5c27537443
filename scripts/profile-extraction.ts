// Development aid: CPU time of each extraction step over a folder of .txt articles (default: the BBC corpus).
// Usage: npx tsx scripts/profile-extraction.ts [FOLDER]
import fs from 'node:fs';
import path from 'node:path';
import { ArticleDoc } from '../src/pipeline/article-doc.js';
import { STEPS } from '../src/pipeline/index.js';

const dir = process.argv[2] ?? '../shared/corpus/bbc-politics';
const texts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const size = texts.reduce((a, t) => a + t.length, 0);
const times = new Map<string, number>();
const runs = 3;
for (let rep = 0; rep < runs; rep++) {
  for (const text of texts) {
    let doc = new ArticleDoc(
      { key: 'k', title: '', text, date: null, url: null, source: null, path: null, dateline: null },
      'a',
    );
    for (const [name, step] of STEPS) {
      const c0 = process.cpuUsage();
      doc = step(doc, { lexicon: { parties: [], people: [] } });
      const c = process.cpuUsage(c0);
      if (rep > 0) times.set(name, (times.get(name) ?? 0) + (c.user + c.system) / 1000);
    }
  }
}
let total = 0;
for (const [k, v] of times) {
  total += v;
  console.log(k.padEnd(20), `${(v / (runs - 1)).toFixed(0)} ms CPU`);
}
const ms = total / (runs - 1);
console.log(
  `total ${ms.toFixed(0)} ms CPU for ${(size / 1e6).toFixed(2)} MB: ${(size / 1e6 / (ms / 1000)).toFixed(2)} MB/s of CPU time`,
);
