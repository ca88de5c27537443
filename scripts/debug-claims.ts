// Development aid: prints the claims and relations extraction finds in the given text files.
import fs from 'node:fs';
import path from 'node:path';
import { analyseArticle } from '../src/pipeline/index.js';

for (const file of process.argv.slice(2)) {
  let text = fs.readFileSync(file, 'utf8');
  const m = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/.exec(text);
  if (m) text = text.slice(m[0].length);
  const doc = analyseArticle({
    key: file,
    title: '',
    text,
    date: m ? m[1] : null,
    url: null,
    source: null,
    path: path.resolve(file),
    dateline: null,
  });
  console.log(`== ${file}`);
  for (const c of doc.claims) console.log(`  CLAIM ${c.kind} [${c.speaker}] (${c.cue}) ${c.text.slice(0, 110)}`);
  for (const r of doc.relations)
    console.log(
      `  ${r.type} ${r.from} -> ${r.to} (${r.rule}, ${r.status}) | ${text.slice(r.start, r.end).slice(0, 90)}`,
    );
  if (process.env.QUOTES)
    for (const q of doc.quotes)
      console.log(`  Q${q.i}${q.continued ? '+' : ''} ${text.slice(q.start, q.end).slice(0, 80)}`);
  for (const e of doc.events)
    console.log(`  EVENT ${e.kind} "${e.name}" date=${e.date} place=${e.place} [${[...e.participants].join(', ')}]`);
  if (process.env.ENTS)
    for (const e of doc.entities.values()) console.log(`  ENT ${e.key} [${[...e.aliases].join(' | ')}]`);
  for (const msg of doc.messages) console.log(`  ! ${msg.origin}: ${msg.reason}`);
}
