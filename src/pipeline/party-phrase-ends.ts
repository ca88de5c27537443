// Which words may end a phrase that names one of an article's parties. find-people and find-mentions look up every
// sub-phrase of every name chunk in the article's party names; a phrase's party key ends with its last word's own
// key (lowercased, singular, a nickname mapped), unless that word is "party", which a longer key drops. So a
// sub-phrase whose last word's key ends in no party key's last word cannot match, and is not built or looked up.
import type { ArticleDoc, ChunkWord } from './article-doc.js';
import { partyKeyLastWord } from './names.js';

/** Per article: the last words of its party keys, and how many keys they were taken from. */
const lastWords = new WeakMap<ArticleDoc, { keys: number; words: Set<string> }>();

function partyLastWords(doc: ArticleDoc): Set<string> {
  let entry = lastWords.get(doc);
  if (!entry || entry.keys !== doc.partyNames.size) {
    const words = new Set<string>();
    for (const key of doc.partyNames.keys()) words.add(key.slice(key.lastIndexOf(' ') + 1));
    entry = { keys: doc.partyNames.size, words };
    lastWords.set(doc, entry);
  }
  return entry.words;
}

/** The answers for a chunk's words, kept while the article's party names stay as many (asked by two steps). */
const answered = new WeakMap<readonly ChunkWord[], { keys: number; ends: boolean[] }>();

/** For each word of `words`, whether a phrase of the article's party names may end with it. */
export function partyPhraseEnds(doc: ArticleDoc, words: readonly ChunkWord[]): boolean[] {
  const known = answered.get(words);
  if (known && known.keys === doc.partyNames.size) return known.ends;
  const ends = partyLastWords(doc);
  const out: boolean[] = [];
  for (let k = 0; k < words.length; k++) {
    const last = partyKeyLastWord(words[k].text);
    out.push(last === 'party' || ends.has(last));
  }
  answered.set(words, { keys: doc.partyNames.size, ends: out });
  return out;
}
