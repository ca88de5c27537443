// A corpus made from our own example articles (examples/articles, invented people and parties): each generated
// article joins the bodies of a few examples and gives their people other invented names, drawn from a pool so
// that people recur across articles as they do in real coverage. Deterministic for a given count.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticles } from '../read/index.js';
import type { SourceArticle } from '../read/types.js';
import { extractArticle } from '../pipeline/index.js';

const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/articles/', import.meta.url));
const FIRST = [
  'Arlen',
  'Beda',
  'Corvin',
  'Dasha',
  'Elio',
  'Farra',
  'Gideon',
  'Halla',
  'Ivo',
  'Jessa',
  'Kiran',
  'Liesl',
];
const SYLLABLES = ['mar', 'tel', 'vos', 'quin', 'dra', 'lo', 'ben', 'sk', 'ar', 'ith', 'ov', 'enn'];

/** An invented surname for pool index i: two or three syllables, capitalised. */
function surname(i: number): string {
  const a = SYLLABLES[i % SYLLABLES.length];
  const b = SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length];
  const c = i >= SYLLABLES.length ** 2 ? SYLLABLES[Math.floor(i / SYLLABLES.length ** 2) % SYLLABLES.length] : '';
  const s = `${a}${b}${c}`;
  return s[0].toUpperCase() + s.slice(1);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function readExamples(): Promise<SourceArticle[]> {
  const out: SourceArticle[] = [];
  for await (const ev of readArticles([EXAMPLES_DIR], { maxArticleChars: 1_000_000 })) {
    if (ev.kind === 'article') out.push(ev.article);
  }
  return out;
}

/** Writes `count` article files (date line, headline, blank line, body) into `dir`; returns their paths. */
export async function generateCorpus(dir: string, count: number): Promise<string[]> {
  const examples = await readExamples();
  if (examples.length === 0) throw new Error(`generateCorpus: no example articles in ${EXAMPLES_DIR}.`);
  const people = examples.map((a) =>
    extractArticle(a).nodes.flatMap((n) => (n.label === 'Person' && n.name.includes(' ') ? [n.name] : [])),
  );
  const pool = Math.max(40, Math.round(count / 2));
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    let k = 0;
    for (let j = 0; j < 4; j++) {
      const e = (i + j * 2) % examples.length;
      let body = examples[e].text.slice(examples[e].text.indexOf('\n\n') + 2);
      for (const name of people[e]) {
        const words = name.split(' ');
        const n = (i * 7 + k++ * 13) % pool;
        const first = FIRST[n % FIRST.length];
        const last = surname(n);
        body = body.replace(new RegExp(escape(name), 'g'), `${first} ${last}`);
        body = body.replace(new RegExp(`\\b${escape(words[words.length - 1])}\\b`, 'g'), last);
      }
      parts.push(body.trim());
    }
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    const title = `${examples[i % examples.length].title} (${i + 1})`;
    const file = path.join(dir, `gen-${String(i + 1).padStart(5, '0')}.txt`);
    fs.writeFileSync(file, `date 2031-${month}-${day}\n${title}\n\n${parts.join('\n\n')}\n`);
    files.push(file);
  }
  return files;
}
