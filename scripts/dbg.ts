import { analyseArticle } from '../src/pipeline/index.js';
const text = process.argv[2];
const doc = analyseArticle({
  key: 'x',
  title: '',
  text,
  date: null,
  url: null,
  source: null,
  path: null,
  dateline: null,
});
console.log(doc.chunks.map((c) => c.words.map((w) => w.text).join(' ') + (c.possessive ? "'s" : '')).join(' | '));
for (const e of doc.entities.values()) console.log(e.label, e.key, [...e.aliases], [...e.titles], e.firstMention?.text);
for (const m of doc.mentions) console.log('  ', m.kind, JSON.stringify(m.text), m.entity, m.sentence);
for (const c of doc.claims) console.log('  CLAIM', c.speaker, c.text);
console.log(doc.messages);
