// Names of two words or more that the article shows to be a body or a place, not a person, though shaped like a
// person's name: a party named after its country ("Forward Italy"), a building met only after "at" ("Palazzo
// Chigi"), a newspaper with an Italian article inside ("Corriere della Sera") or opening with an article ("El
// Mundo"), followed by "newspaper" ("Folha de S.Paulo newspaper"), or by a place's or a thing's noun ("Corrin Cross
// station", "the Wexcombe Coastal seat").
import type { ChunkWord } from './article-doc.js';
import { PLACES } from '../lexicon/places.js';
import { actsAsPerson } from './acts-as-person.js';
import { joinText } from './join-text.js';
import { low } from './names.js';
import { charAt } from './text-at.js';

/** Whether the article's words around `words` (a name without a title) make it a body's or a place's name. */
export function namesBody(text: string, words: ChunkWord[]): boolean {
  const name = joinText(words);
  if (
    (PLACES.has(low(words[words.length - 1].text)) && actsAsBody(text, name)) ||
    onlyAfterAt(text, name, words[words.length - 1].text) ||
    (words.some((w) => ITALIAN_ARTICLED.has(w.text)) && !actsAsPerson(text, name)) ||
    (ROMANCE_ARTICLES.has(words[0].text) && !actsAsPerson(text, name))
  )
    return true;
  const after = nounAfter(text, name);
  return after === 'outlet' || (after === 'thing' && !actsAsPerson(text, name));
}

/** Definite articles opening a paper's name ("El Mundo", "O Globo", "Le Figaro", "La Nacion", "Il Foglio"). */
const ROMANCE_ARTICLES = new Set(['El', 'La', 'Le', 'Il', 'Lo', 'O', 'Os', 'Les', 'Los', 'Las']);

/**
 * The kind of lowercase noun the article writes right after the name somewhere, in one pass over its occurrences:
 * an outlet's ("told Folha de S.Paulo newspaper"), or a place's, a thing's or a role only a body has ("Corrin Cross
 * station", "the Wexcombe Coastal seat", "Band Aid founder X", "an Evening Ledger journalist").
 */
function nounAfter(text: string, name: string): 'outlet' | 'thing' | null {
  let found: 'thing' | null = null;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (/[\p{L}\p{N}]/u.test(charAt(text, at - 1)) || /[\p{L}\p{N}]/u.test(charAt(text, end))) continue;
    const next = text.slice(end, end + 24);
    if (OUTLET_AFTER.test(next)) return 'outlet';
    if (THING_AFTER.test(next)) found = 'thing';
  }
  return found;
}

/**
 * Nouns after a name that make it a place's or a thing's (not "show" or "programme": they are often named after
 * their presenter), and roles only a body has (a person may have an aide, an adviser or a lawyer, not a director
 * or a journalist).
 */
const THING_AFTER =
  /^\s+(?:station|airport|seat|constituency|day|ship|hospital|prison|jail|school|college|university|stadium|street|road|founder|co-founder|director|journalist|journalists|reporter|correspondent|columnist|editor|boss|chairman|chairwoman|employees|staff|volunteers|members|group)\b/u;

const OUTLET_AFTER =
  /^\s+(?:newspaper|daily|weekly|magazine|broadcaster|tabloid|television|radio|news agency|website)\b/u;

/** Italian prepositions joined to an article, lowercase inside names of papers and bodies ("della", "degli"). */
const ITALIAN_ARTICLED = new Set(['della', 'dello', 'delle', 'degli', 'dei', 'dalla', 'nella', 'sulla']);

/** What follows a body's name and not a person's: its leader, its members, its list ("X's leader", "X lawmakers"). */
const BODY_AFTER =
  /^(?:['’]s?\s+(?:\p{Ll}+\s+)?(?:leader|leaders|leadership|chief|founder|members|member|lawmakers|candidate|candidates|chairman|chairwoman|spokesman|spokeswoman|spokesperson|deputies|senators|voters|supporters|headquarters|manifesto|list|ranks)|\s+(?:party|coalition|alliance|bloc|movement|lawmakers|members|leader|leaders|chief|spokesman|spokeswoman|spokesperson)\b)/u;

/** A political stance or standing before a party's name: "centrist", "ruling", "conservative", "far-right". */
const POLITICAL_STANCE = /^(?:opposition|(?:far|hard|centre|center|right|left)-\p{Ll}+|\p{Ll}+(?:ist|ing|ive|wing))$/u;

/**
 * A name ending in a country or place ("Forward Italy", "Progress Iowa") that the article writes as a body's:
 * after "the" and a stance ("the centrist Forward Italy", "the ruling ..."; not "the next George Washington"), or with its leader or
 * members after it ("Forward Italy's leader"). Real people named so ("Kerry Washington") are written otherwise.
 */
function actsAsBody(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (/[\p{L}\p{N}]/u.test(charAt(text, at - 1)) || /[\p{L}\p{N}]/u.test(charAt(text, end))) continue;
    const the = /(?:^|[^\p{L}])the\s+(\p{Ll}[\p{L}-]*)\s+(?:\p{Ll}[\p{L}-]*\s+)?$/u.exec(
      text.slice(Math.max(0, at - 40), at),
    );
    if (the && POLITICAL_STANCE.test(the[1])) return true;
    if (BODY_AFTER.test(text.slice(end, end + 40))) return true;
  }
  return false;
}

/** Words before "at" whose object is a person: "lashed out at", "took a swipe at", "angry at", "shouted at". */
const AT_A_PERSON =
  /(?:\bout|swipe|jab|dig|digs|aim|aimed|aiming|angry|furious|anger|fury|shout\w*|yell\w*|scream\w*|laugh\w*|look\w*|star(?:e|ed|ing)|glar\w*|point\w*|wav(?:e|ed|ing)|smil\w*|fir(?:e|ed|ing)|rail\w*|sneer\w*|snap\w*|lung\w*|strik\w*|struck|throw\w*|threw|direct\w*|target\w*|mock\w*|pok\w*|grin\w*|nod\w*|wink\w*|bark\w*|hurl\w*|snip\w*|swing\w*|shots?|barbs?|blows?|criticism|attacks?)\s+at\s+$/u;

/** Words before "in" whose object may be a person: "confidence in", "a role in", "interest in". */
const IN_A_PERSON = /\b(?:confidence|faith|trust|belief|interest|role|hand|hands|part|stake)\s+in\s+$/u;

/**
 * A name the article only ever writes after "at", "in", "outside" or "inside" ("after meeting Sarroni at Palazzo
 * Chigi"; not "lashed out at Katrin Vogelsang"), never with a possessive or a verb of speech after it, and whose last
 * word never stands alone: a place.
 */
function onlyAfterAt(text: string, name: string, last: string): boolean {
  let seen = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (/[\p{L}\p{N}]/u.test(charAt(text, at - 1)) || /[\p{L}\p{N}]/u.test(charAt(text, end))) continue;
    const before = text.slice(Math.max(0, at - 40), at);
    if (
      !/(?:^|[^\p{L}])(?:at|in|outside|inside)\s+$/u.test(before) ||
      AT_A_PERSON.test(before) ||
      IN_A_PERSON.test(before)
    )
      return false;
    if (/^['’]/u.test(text.slice(end, end + 1))) return false;
    seen++;
  }
  if (seen === 0) return false;
  // the last word alone, outside the name ("Chigi said" would make it a person's surname)
  let alone = 0;
  for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + last.length)) {
    const end = at + last.length;
    if (/[\p{L}\p{N}]/u.test(charAt(text, at - 1)) || /[\p{L}\p{N}]/u.test(charAt(text, end))) continue;
    alone++;
  }
  return alone === seen && !actsAsPerson(text, name);
}
