import fs from 'node:fs';
import { ArticleDoc } from '../src/pipeline/article-doc.js';
import { STEPS } from '../src/pipeline/index.js';
const dir = '/work/shared/corpus/bbc-politics/';
const texts = fs.readdirSync(dir).map((f) => fs.readFileSync(dir + f, 'utf8'));
const size = texts.reduce((a, t) => a + t.length, 0);
const times = new Map<string, number>();
for (let rep = 0; rep < 3; rep++) {
  for (const t of texts) {
    let doc = new ArticleDoc({ key: 'k', title: '', text: t, date: null, url: null, source: null, path: null, dateline: null }, 'a');
    for (const [name, step] of STEPS) {
      const c0 = process.cpuUsage();
      doc = step(doc, { lexicon: { parties: [], people: [] } });
      const c = process.cpuUsage(c0);
      if (rep > 0) times.set(name, (times.get(name) ?? 0) + (c.user + c.system) / 1000);
    }
  }
}
let total = 0;
for (const [k, v] of times) { total += v; console.log(k.padEnd(20), (v / 2).toFixed(0), 'ms cpu'); }
console.log('total', (total / 2).toFixed(0), 'ms cpu', ((size / 1e6) / (total / 2000)).toFixed(2), 'MB/s of CPU time');
