// When the text says when an alliance or a membership held ("since 2019", "from 2008 to 2013", "until 2020",
// "(2010-2015)"), record it on the relationship as validFrom / validTo.
import type { ArticleDoc } from '../article-doc.js';

const YEAR = String.raw`((?:19|20)\d\d)`;
const FROM_TO = new RegExp(
  String.raw`\b(?:from|between)\s+${YEAR}\s+(?:to|and|until|till)\s+${YEAR}\b|\(${YEAR}\s*[-–]\s*${YEAR}\)`,
);
const SINCE = new RegExp(String.raw`\bsince\s+${YEAR}\b`);
const UNTIL = new RegExp(String.raw`\b(?:until|till|up to)\s+${YEAR}\b`);

export function findTiePeriods(doc: ArticleDoc): ArticleDoc {
  for (const r of doc.relations) {
    if (r.type !== 'ALLIED_WITH' && r.type !== 'MEMBER_OF') continue;
    const s = doc.sentences[r.sentence];
    if (!s) continue;
    const text = doc.text.slice(s.start, s.end);
    const span = FROM_TO.exec(text);
    if (span) {
      r.validFrom = span[1] ?? span[3];
      r.validTo = span[2] ?? span[4];
    } else {
      r.validFrom = SINCE.exec(text)?.[1] ?? r.validFrom;
      r.validTo = UNTIL.exec(text)?.[1] ?? r.validTo;
    }
    if (r.validTo && r.status === 'current' && Number(r.validTo) < Number((doc.source.date ?? '9999').slice(0, 4)))
      r.status = 'past';
  }
  return doc;
}
