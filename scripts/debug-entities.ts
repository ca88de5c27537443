// Development aid: prints the entities and mentions extraction finds in the given text files.
import fs from 'node:fs';
import path from 'node:path';
import { analyseArticle } from '../src/pipeline/index.js';

for (const file of process.argv.slice(2)) {
  let text = fs.readFileSync(file, 'utf8');
  const m = /^\s*date\s+\d{4}-\d{2}-\d{2}\s*/.exec(text);
  if (m) text = text.slice(m[0].length);
  const doc = analyseArticle({
    key: file,
    title: '',
    text,
    date: null,
    url: null,
    source: null,
    path: path.resolve(file),
    dateline: null,
  });
  console.log(`== ${file}`);
  for (const e of doc.entities.values()) {
    console.log(
      `  ${e.label} ${e.key} "${e.name}" aliases=[${[...e.aliases].join(', ')}] titles=[${[...e.titles].join(', ')}] ${e.gender ?? ''}`,
    );
  }
  if (process.env.MENTIONS) for (const mm of doc.mentions) console.log(`    ${mm.kind} "${mm.text}" -> ${mm.entity}`);
  for (const msg of doc.messages) console.log(`  ! ${msg.origin}: ${msg.reason}`);
}
