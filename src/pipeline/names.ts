// Helpers that read names: normal forms for matching parties and people, acronyms and what they stand for,
// honorifics and offices at the front of a name, places and nationalities.
import { DEMONYMS, PLACE_CLOSERS, PLACE_OPENERS, PLACES } from '../lexicon/places.js';
import {
  FEMALE_HONORIFICS,
  HONORIFICS,
  MALE_HONORIFICS,
  NAME_HONORIFICS,
  OFFICE_PHRASES,
  PROFESSION_NOUNS,
  ROLE_NOUNS,
} from '../lexicon/titles.js';
import { PARTY_WORD_SYNONYMS } from '../lexicon/party-words.js';
import type { ChunkWord, Gender } from './article-doc.js';
import { joinText } from './join-text.js';
import { ownString } from './own-string.js';

/** Straight apostrophes, no accents' effect on matching, single spaces. */
export function clean(s: string): string {
  // most names are plain ASCII: skip Unicode normalisation for them (this runs for every name chunk)
  if (/^[\x20-\x7e]*$/.test(s) && !/\s\s|^\s|\s$/.test(s)) return s.replace(/`/g, "'");
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Entries a memo keeps before it starts afresh. Names repeat mostly within an article and among articles near in
 * time; a memo of 100,000 entries (about 54,000 for `low` after 840 news articles) grew each extraction worker's
 * heap with the corpus (measured), one of 20,000 stays flat.
 */
const MEMO_ENTRIES = 20_000;

/** Every memo of this module, for `trimMemos`. */
const MEMOS: Array<Map<string, unknown>> = [];

/** Remembers the results of a pure string function (names repeat a lot within and across articles). */
function memo(fn: (s: string) => string): (s: string) => string;
function memo(fn: (s: string) => boolean): (s: string) => boolean;
function memo<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  MEMOS.push(cache);
  return (s: string) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = fn(s);
      // kept across articles: copies, not slices that keep their article's text alive
      if (typeof v === 'string') v = ownString(v) as T;
      cache.set(ownString(s), v);
    }
    return v;
  };
}

/**
 * Starts afresh each memo that holds MEMO_ENTRIES or more, between articles: a branch that clears a memo inside the
 * lookup, first taken mid-run, threw away the optimised code of every step the lookup was inlined into.
 */
export function trimMemos(): void {
  for (const cache of MEMOS) if (cache.size >= MEMO_ENTRIES) cache.clear();
  if (partyKeys.size >= MEMO_ENTRIES / 2) partyKeys.clear();
}

/** Lowercased word for lexicon lookups. */
export function low(s: string): string {
  // a plain word or phrase is only lowercased: cheaper than looking it up in the memo, whose keys are mostly
  // strings made just before (joined phrases), which the lookup must hash each time
  return isPlain(s) ? s.toLowerCase() : lowCleaned(s);
}

const lowCleaned = memo((s: string): string => clean(s).toLowerCase());

/** Whether `clean` leaves `s` as it is: printable ASCII without a backquote, single spaces, none at either end. */
function isPlain(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return false;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c > 126 || c === 96 || (c === 32 && prev === 32)) return false;
    prev = c;
  }
  return true;
}

/** A key under which spellings of one party meet: "the Tories'" = "Tory"; "Labour Party" = "Labour". */
const partyKeys = new Map<string, string>();

/** An Arabic article joined by a hyphen to the name word after it ("al-Sudani", "el-Sisi"), as a pattern source. */
export const JOINED_PARTICLE = String.raw`(?:al|el|ad|ar|as|ash|at|az|an|ul|ud)-`;

/** Lowercase particles inside a person's name ("Abelardo de la Espriella", "Ursula von der Leyen"), as a regex source. */
export const NAME_PARTICLE = String.raw`(?:al|el|bin|bint|binti|ibn|de|da|di|del|dela|delos|della|der|den|van|von|la|le|du|dos|das|ul|ud|y|zu|ter|ten|e)`;
const NAME_PARTICLE_WORD = new RegExp(`^${NAME_PARTICLE}$`);

/** Whether a word is a lowercase particle of a person's name ("de", "van", "bin"). */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLE_WORD.test(word);
}

export function partyKey(name: string): string {
  let k = partyKeys.get(name);
  if (k === undefined) {
    k = ownString(computePartyKey(name));
    partyKeys.set(ownString(name), k);
  }
  return k;
}

/** The last word of a word's party key ("Tories" -> "conservative", "PML-N" -> "n"), remembered. */
export const partyKeyLastWord = memo((word: string): string => {
  const key = partyKey(word);
  return key.slice(key.lastIndexOf(' ') + 1);
});

function computePartyKey(name: string): string {
  let s = low(name)
    .replace(/^the\s+/, '')
    .replace(/'s?$/, '')
    .replace(/'/g, '')
    .replace(/[-/]/g, ' ')
    .replace(/[().,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = s.split(' ');
  if (words.length > 1 && words[words.length - 1] === 'party') words.pop();
  if (words.length > 1 && words[0] === 'party' && words[1] === 'of') words.splice(0, 2);
  const lastIndex = words.length - 1;
  words[lastIndex] = singular(words[lastIndex]);
  if (words[lastIndex] === 'democratic') words[lastIndex] = 'democrat';
  // "Tories" and "Conservatives": one key for a party's nickname and its name
  // (a loop, not map-and-join: see join-text.ts on the arrays V8's optimised `map` makes)
  s = '';
  for (let i = 0; i < words.length; i++) s += (i > 0 ? ' ' : '') + (PARTY_WORD_SYNONYMS.get(words[i]) ?? words[i]);
  return s;
}

export function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  // ("Shas", "Podemos": a name ending in a vowel and "s" is no English plural)
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is|as|os)$/.test(w)) {
    return w.slice(0, -1);
  }
  return w;
}

/** Letters and digits of an acronym: "PML-N" -> "PMLN", "JD(U)" -> "JDU". */
export function acronymKey(s: string): string {
  return clean(s)
    .toUpperCase()
    .replace(/[^\p{Lu}\p{N}]/gu, '');
}

/** An all-capitals token of 2 to 10 letters, possibly with -X, /X or (X) parts: "PPP", "PML-N", "CDU/CSU". */
export function isAcronym(s: string): boolean {
  // plain text that does not open with a capital and then anything but a lowercase letter is no acronym: most
  // words asked about ("Labour", "the") are ruled out here, without the memo's lookup
  if (isPlain(s) && !(s.length >= 2 && isAsciiUpper(s.charCodeAt(0)) && !isAsciiLower(s.charCodeAt(1)))) return false;
  return isAcronymMemo(s);
}

const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

const isAcronymMemo = memo((s: string): boolean => {
  const t = clean(s);
  if (!/^[\p{Lu}][\p{Lu}\p{N}]*(?:[-/][\p{Lu}\p{N}]+)*(?:\(\p{Lu}{1,3}\))?$/u.test(t)) return false;
  const letters = acronymKey(t);
  return letters.length >= 2 && letters.length <= 10;
});

const ACRONYM_SKIP = new Set([
  'of',
  'the',
  'and',
  'for',
  'e',
  'i',
  'a',
  'ul',
  'al',
  'de',
  'di',
  'du',
  'la',
  'le',
  'del',
  'della',
  'des',
  'der',
  'die',
  'das',
  'los',
  'las',
  'van',
  'von',
  'y',
  'et',
  'und',
]);

/** Whether `acronym` is made of the initials of `name` ("PML-N" of "Pakistan Muslim League-Nawaz"). */
export function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronymKey(acronym);
  if (letters.length < 2) return false;
  const words = clean(name)
    .replace(/[()]/g, ' ')
    .split(/[\s\-/]+/)
    .filter((w) => w && !ACRONYM_SKIP.has(w.toLowerCase()));
  // (strings built in loops: no arrays made by `map`, see join-text.ts)
  let initials = '';
  for (const w of words) initials += w[0].toUpperCase();
  if (initials === letters) return true;
  // compounds built on a party word give two letters: "Bürgerpartei" -> B, P ("Freie Bürgerpartei (FBP)")
  let compound = '';
  for (const w of words) {
    const m = /^(.+?)(partei|partij|partiet|party|parti)$/i.exec(w);
    compound += m ? m[1][0].toUpperCase() + m[2][0].toUpperCase() : w[0].toUpperCase();
  }
  if (compound === letters) return true;
  // initials may include a word's capitals ("Tehreek-e-Insaf" gives T and I; "McDonald" gives M)
  let caps = '';
  for (const w of words) caps += (w.match(/\p{Lu}/gu) ?? [w[0].toUpperCase()]).join('');
  return caps === letters;
}

/** Whether `short` abbreviates `long` word by word ("Lib Dem" of "Liberal Democrat"). */
export function abbreviates(short: string, long: string): boolean {
  const a = partyKey(short).split(' ');
  const b = partyKey(long).split(' ');
  if (a.length !== b.length || a.join(' ') === b.join(' ')) return false;
  return a.every((w, i) => w.length >= 3 && b[i].startsWith(w));
}

/** A place or a nationality: a known place or demonym, or a name a place word opens or closes ("Port Alder"). */
export function isPlace(words: string): boolean {
  // (not memoised: a few set lookups cost less than hashing the phrase, mostly made just before, for a memo)
  let k = low(words).replace(/^the\s+/, '');
  // "São Paulo", "Bogotá": the lists are written without accents
  if (/[^ -~]/.test(k)) k = k.normalize('NFD').replace(/\p{M}/gu, '');
  if (PLACES.has(k) || DEMONYMS.has(k)) return true;
  const space = k.indexOf(' ');
  if (space < 0) return false;
  return PLACE_OPENERS.has(k.slice(0, space)) || PLACE_CLOSERS.has(k.slice(k.lastIndexOf(' ') + 1));
}

export interface NameParts {
  /** Honorifics found at the front ("Mr", "Datuk Seri"). */
  honorifics: string[];
  /** Offices found at the front ("Prime Minister", "Governor"), with their modifiers ("Sindh Governor"). */
  offices: string[];
  /** The words left: the name itself. */
  rest: ChunkWord[];
}

const MAX_PHRASE = 4;

/** First words of every honorific and office phrase: a chunk with none of them has no title to split off. */
const TITLE_FIRST_WORDS = new Set(
  [...HONORIFICS, ...OFFICE_PHRASES, ...ROLE_NOUNS, ...PROFESSION_NOUNS].map((p) => p.split(' ')[0].replace(/\.$/, '')),
);

/**
 * Whether a word may open an honorific or office ("Mr.", "Prime"): asked for every word of every chunk, often again
 * (about 15 times a distinct word), so remembered rather than lowercased each time.
 */
const isTitleFirstWord = memo((word: string): boolean => {
  const l = word.toLowerCase();
  return TITLE_FIRST_WORDS.has(l.endsWith('.') ? l.slice(0, -1) : l);
});

/** Courtesy titles, which only ever stand before a name. */
const COURTESY = /^(?:mr|mrs|ms|miss|dr|mme|madame|monsieur|herr|frau)\.?$/i;

/** Whether an honorific is a courtesy title ("Mr", "Mrs", "Dr", "Herr"): the one word after it is a surname. */
export function isCourtesyTitle(h: string): boolean {
  return COURTESY.test(h);
}

/** Honorifics that are offices, which a place, body or portfolio may precede ("Texas Sen.", "Energy Minister"). */
const OFFICE_HONORIFICS =
  /^(?:(?:gov|sen|rep|gen|lt|col|maj|capt|brig|adm)\.|governor|senator|president|ambassador|mayor|judge|justice|congressman|congresswoman|admiral|minister|premier|chancellor|speaker|king|queen|crown prince|crown princess|emir|sultan)$/i;

/** Splits leading honorifics and offices off a chunk of capitalised words. */
export function splitName(words: ChunkWord[]): NameParts {
  if (!words.some((w) => isTitleFirstWord(w.text))) {
    return { honorifics: [], offices: [], rest: words };
  }
  return splitTitled(words);
}

/**
 * Whether no honorific or office phrase can start at this word: a word of printable ASCII (no backquote) is the
 * first word of every phrase `low` makes from it, so it must open a title for one to match.
 */
function opensNoTitle(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c <= 32 || c >= 127 || c === 96) return false;
  }
  return !isTitleFirstWord(word);
}

function splitTitled(words: ChunkWord[]): NameParts {
  const honorifics: string[] = [];
  const offices: string[] = [];
  let i = 0;
  for (;;) {
    if (i >= words.length || opensNoTitle(words[i].text)) break;
    let matched = 0;
    for (let n = Math.min(MAX_PHRASE, words.length - i); n >= 1; n--) {
      const phrase = low(joinText(words, i, i + n));
      const honorific = HONORIFICS.has(phrase) || HONORIFICS.has(phrase.replace(/\.$/, ''));
      if (
        honorific ||
        OFFICE_PHRASES.has(phrase) ||
        (n === 1 && ROLE_NOUNS.has(phrase)) ||
        // an occupation only before a name: "Paul Singer" ends in a surname, "Actress Jo Ash" opens with a title;
        // after "Chief" it is the office itself ("Chief Executive")
        (n === 1 && PROFESSION_NOUNS.has(phrase) && (i + 1 < words.length || afterChief(words, i)))
      ) {
        const written = joinText(words, i, i + n);
        (honorific ? honorifics : offices).push(written);
        matched = n;
        break;
      }
    }
    if (!matched) break;
    i += matched;
  }
  // "Mr. King", "Mrs. Bishop": a courtesy title before a last word that is also a title makes that word a surname
  if (
    i === words.length &&
    offices.length === 0 &&
    honorifics.length >= 2 &&
    COURTESY.test(honorifics[honorifics.length - 2])
  ) {
    honorifics.pop();
    i--;
  }
  // "Sri Lankan President X": the honorific opens a place's name or its people's, a modifier of the office
  if (i === 1 && offices.length === 0 && words.length >= 3 && isPlace(joinText(words, 0, 2))) {
    honorifics.length = 0;
    i = 0;
  }
  // "Chief Treasury Secretary Ivo Brandt": an honorific, then a modifier before an office
  if (i > 0 && offices.length === 0 && words.length - i >= 3) {
    const inner = splitTitled(words.slice(i));
    if (inner.offices.length > 0) {
      // ("Chief" belongs to the office after it)
      const chief = /^chief$/i.test(honorifics[honorifics.length - 1]) ? honorifics.pop() : undefined;
      const offices = chief ? [`${chief} ${inner.offices[0]}`, ...inner.offices.slice(1)] : inner.offices;
      return { honorifics: [...honorifics, ...inner.honorifics], offices, rest: inner.rest };
    }
  }
  // "Sindh Governor Kamran Tessori": a place (or other modifier) before an office
  if (honorifics.length === 0 && offices.length === 0 && words.length >= 2) {
    for (let j = 1; j < Math.min(words.length, 4); j++) {
      const inner = splitTitled(words.slice(j));
      // "Sindh Governor Kamran Tessori": needs an office and a name after it ("Bilal Chaudhary" is a name);
      // an honorific that is an office counts ("Ohio Gov. Carl Venn"), a courtesy title does not
      // ("Martin Luther King Jr." is no King: a name needs more than a generational suffix after the title)
      const officeHonorific =
        inner.honorifics.length === 1 &&
        OFFICE_HONORIFICS.test(inner.honorifics[0]) &&
        inner.rest.some((w) => !/^(?:jr|sr|ii|iii|iv)\.?$/i.test(w.text));
      if (inner.offices.length > 0 || officeHonorific) {
        const modifier = joinText(words, 0, j);
        // the place or body belongs to the office: "Planned Kinship President" is not the president
        if (officeHonorific && inner.offices.length === 0) {
          return { honorifics: [], offices: [`${modifier} ${inner.honorifics[0]}`], rest: inner.rest };
        }
        return {
          honorifics: inner.honorifics,
          offices: inner.offices.length ? [`${modifier} ${inner.offices[0]}`, ...inner.offices.slice(1)] : [],
          rest: inner.rest,
        };
      }
    }
  }
  return { honorifics, offices, rest: words.slice(i) };
}

/** Whether the word before `i` is "Chief", which makes an occupation after it an office ("Chief Executive"). */
function afterChief(words: ChunkWord[], i: number): boolean {
  return i > 0 && words[i - 1].text.toLowerCase() === 'chief';
}

/** Letters written after a name for an office or an honour ("Margaret Moran MP", "Ann Lee QC"). */
const POST_NOMINALS = /^(?:MP|MEP|MSP|MLA|MNA|MPA|QC|KC|AM|TD|OBE|MBE|CBE|KBE|DBE)$/;

/** A run of name words without a post-nominal closing it (a name of two words or more must be left). */
export function withoutPostNominal(run: ChunkWord[]): ChunkWord[] {
  return run.length >= 3 && POST_NOMINALS.test(run[run.length - 1].text) ? run.slice(0, -1) : run;
}

/**
 * The words of a person's name without the honorifics that open it, for indexing by surname and first name:
 * "Lord Ashcroft" gives Ashcroft, "Matthew Prince" keeps Prince (a title counts only at the front).
 */
export function nameWordsWithoutHonorifics(name: string): string[] {
  const words = name.split(' ');
  while (words.length > 1 && isNameHonorific(words[0])) words.shift();
  return words;
}

/** Whether an honorific stays in the person's usual name ("Lord Ashcroft", "Sir Digby Jones"). */
export function isNameHonorific(h: string): boolean {
  return NAME_HONORIFICS.has(low(h));
}

/**
 * Of people sharing a surname, those "Mr X" or "Mrs X" may name: not one the article names with Sir, Dame, Lord or
 * Lady ("Mr Blair" beside "Sir Ian Blair" and "Tony Blair"), unless every one of them is.
 */
export function courtesyNamesakes(
  keys: string[],
  honorifics: string[],
  aliasesOf: (key: string) => Iterable<string>,
): string[] {
  if (!honorifics.some(isCourtesyTitle)) return keys;
  const plain = keys.filter((k) => {
    for (const a of aliasesOf(k)) if (BRITISH_RANK.test(a)) return false;
    return true;
  });
  return plain.length > 0 ? plain : keys;
}

/** Titles of British knights, dames and peers, who are not "Mr" or "Mrs" (unlike "Mian", "Syed", "Sheikh"). */
const BRITISH_RANK = /^(?:Sir|Dame|Lord|Lady|Baroness|Baron|Viscount|Earl)\s/;

/** A person's gender as their honorifics or offices give it ("Mrs", "Lord", "chairwoman"), else null. */
export function genderOf(honorifics: string[], offices: string[]): Gender {
  for (const h of [...honorifics, ...offices]) {
    const l = low(h);
    if (MALE_HONORIFICS.has(l) || /\b(?:spokesman|chairman|congressman)\b/.test(l)) return 'm';
    if (FEMALE_HONORIFICS.has(l) || /\b(?:spokeswoman|chairwoman|congresswoman)\b/.test(l)) return 'f';
  }
  return null;
}
