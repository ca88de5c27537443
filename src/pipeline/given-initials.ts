// Given names written as capital initials without dots ("KP Sharma Olani", "MK Varadan"), common in South Asian
// news, told apart from an organisation's acronym before a name ("ODM chairman John Mbadi", "NDP Leader X").
import type { ArticleDoc, ChunkWord } from './article-doc.js';
import { NON_PARTY_ACRONYMS, ORG_NOUNS } from '../lexicon/organisations.js';
import { ROLE_ABBREVIATIONS } from '../lexicon/titles.js';
import { actsAsPerson } from './acts-as-person.js';
import { joinText } from './join-text.js';
import { acronymKey, isPlace, low } from './names.js';
import { charAt } from './text-at.js';

/** Two or three capitals, no dots, digits or hyphens: the shape of undotted initials. */
const INITIALS = /^\p{Lu}{2,3}$/u;
/** A name word after the initials: a capital and lowercase letters ("Sharma", "O'Neill", "Rao-Patel"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*$/u;

/**
 * Whether the first of `words` is a person's given initials: two or three capitals followed by one to three
 * capitalised name words no lowercase word of the article repeats, where the capitals are no known party,
 * outlet or office abbreviation, and every other time the article writes them alone they stand before the same
 * name word. An acronym the article uses on its own ("told PTI", "(UML)", "PTI chief X", "the BJP said") is an
 * organisation's, not initials. And the article must treat the name as a person's somewhere (see `actsAsPerson`):
 * "RAF Northolt", "GE Capital" and "UC Irvine" pass the other tests. An office or honorific before the name
 * ("Former Prime Minister KP Sharma Olani") is enough.
 */
export function isGivenInitials(
  doc: ArticleDoc,
  words: ChunkWord[],
  titled: boolean,
  common: () => Set<string>,
): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const initials = words[0].text;
  if (!INITIALS.test(initials)) return false;
  const l = initials.toLowerCase();
  if (NON_PARTY_ACRONYMS.has(l) || ROLE_ABBREVIATIONS.has(l) || doc.partyAcronyms.has(acronymKey(initials)))
    return false;
  if (isPlace(words[words.length - 1].text)) return false;
  const lower = common();
  for (let i = 1; i < words.length; i++) {
    if (!NAME_WORD.test(words[i].text) || lower.has(low(words[i].text))) return false;
  }
  const next = words[1].text;
  const text = doc.text;
  for (let at = text.indexOf(initials); at >= 0; at = text.indexOf(initials, at + initials.length)) {
    const end = at + initials.length;
    if (/[\p{L}\p{N}]/u.test(charAt(text, at - 1)) || /[\p{L}\p{N}]/u.test(charAt(text, end))) continue;
    const after = /^[ \t]+(\S+)/u.exec(text.slice(end, end + next.length + 4));
    if (!after || !after[1].startsWith(next)) return false;
  }
  const name = joinText(words);
  // "the bank JP Morgan", "the data firm TF Cornerstone": a company's initials
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const noun = /(?:^|[^\p{L}])(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1];
    if (noun && ORG_NOUNS.has(noun)) return false;
  }
  // "ODM Ruto Kamau ... Ruto Kamau said": the name stands without the capitals elsewhere, which belong to a body
  if (words.length >= 3) {
    const rest = joinText(words, 1);
    for (let at = text.indexOf(rest); at >= 0; at = text.indexOf(rest, at + rest.length)) {
      if (text.slice(Math.max(0, at - initials.length - 1), at) !== `${initials} `) return false;
    }
  }
  if (titled) return true;
  // "MK Varadan said" is not enough ("GE Capital said" too): the surname must act alone, or the name have a role
  if (words.length === 2) return actsAsPerson(text, name, false) || actsAsPerson(text, words[1].text, true, initials);
  return actsAsPerson(text, name) || actsAsPerson(text, words[words.length - 1].text);
}
