// Finds the people an article names: capitalised names of two or more words, names after an honorific or an
// office ("Mr Blair", "Sindh Governor Kamran Tessori", "Datuk Seri Anwar Ibrahim"), and single surnames that
// speak ("Tessori said"); surnames and honorific forms met later join the full name met earlier.
import { MONTH_NAMES } from '../../lexicon/calendar.js';
import {
  newPerson,
  type ArticleDoc,
  type ChunkWord,
  type Gender,
  type LocalEntity,
  type NameChunk,
} from '../article-doc.js';
import type { UserLexicon } from '../../lexicon/user-lexicon.js';
import { NON_NAME_WORDS, ORG_HEADS, PARTY_HEADS, STATE_BLOC_WORDS } from '../../lexicon/organisations.js';
import { DEMONYMS } from '../../lexicon/places.js';
import { SPEECH_VERBS } from '../../lexicon/speech-cues.js';
import { ACCUSATION_VERBS } from '../../lexicon/relation-cues.js';
import { IDEOLOGY_PARTY_WORDS, NON_PARTY_OPENERS, PARTY_ROLE_NOUNS } from '../../lexicon/party-words.js';
import { ROLE_NOUNS } from '../../lexicon/titles.js';
import { personId } from '../../model/ids.js';
import { joinText } from '../join-text.js';
import { partyPhraseEnds } from '../party-phrase-ends.js';
import { isGivenInitials } from '../given-initials.js';
import { namesBody } from '../body-names.js';
import { actsAsPerson } from '../acts-as-person.js';
import { charAt } from '../text-at.js';
import {
  acronymKey,
  clean,
  courtesyNamesakes,
  genderOf,
  isCourtesyTitle,
  isAcronym,
  JOINED_PARTICLE,
  isNameHonorific,
  isNameParticle,
  isPlace,
  nameWordsWithoutHonorifics,
  low,
  partyKey,
  splitName,
  withoutPostNominal,
} from '../names.js';

/** Honorifics that are offices: "Gov. X" holds the office "governor". */
const OFFICE_HONORIFICS: Record<string, string> = {
  gov: 'Governor',
  governor: 'Governor',
  sen: 'Senator',
  senator: 'Senator',
  rep: 'Representative',
  pres: 'President',
  president: 'President',
  mayor: 'Mayor',
  chancellor: 'Chancellor',
  premier: 'Premier',
  minister: 'Minister',
  speaker: 'Speaker',
  ambassador: 'Ambassador',
  judge: 'Judge',
  justice: 'Justice',
  congressman: 'Congressman',
  congresswoman: 'Congresswoman',
};

/** Compound words built on a party word ("Volkspartei", "Bürgerpartei"). */
const PARTY_COMPOUND = /^\p{L}{3,}(?:partei|partij|partiet)$/u;

interface Candidate {
  chunk: NameChunk;
  honorifics: string[];
  offices: string[];
  name: ChunkWord[];
}

export function findPeople(doc: ArticleDoc, lexicon: UserLexicon): ArticleDoc {
  const people = new PeopleCollector(doc);
  for (const p of lexicon.people) people.addLexicon(p.name, p.aliases);

  // the article's lowercase words (gathered once per article)
  const common = (): Set<string> => doc.lowercaseWords();
  const candidates = nameCandidates(doc, common);
  // full names first, so that surnames and honorific forms can join them
  let multi = candidates.filter((c) => c.name.length >= 2 && !notAPerson(doc, c));
  // "Rival Helena Clayborn", "Crooked Helena Clayborn": a word before a full name the article also gives alone is
  // a description or a nickname, not a given name, when it reads as a common word; "Crooked Helena" before the
  // first name of such a full name is a nickname, not a person whose surname is "Helena"
  const fullNames = new Set(multi.map((c) => low(joinText(c.name))));
  const givenNames = new Set(multi.filter((c) => c.name.length >= 2).map((c) => low(c.name[0].text)));
  const descriptor = (w: string) =>
    common().has(w) || /\p{L}{3,}ed$/u.test(w) || PARTY_ROLE_NOUNS.has(w) || NON_PARTY_OPENERS.has(w);
  // ("the slogan Rebuking Vell", "the Stop Vell movement": the tagger reads the word before a known name as a
  // verb, an adjective or an adverb)
  const modifier = (w: ChunkWord) => {
    const tok = doc.tokens[doc.tokenAt(w.start)];
    return tok?.start === w.start && (tok.pos === 'VERB' || tok.pos === 'ADJ' || tok.pos === 'ADV');
  };
  for (const cand of multi) {
    if (cand.name.length < 3 || cand.honorifics.length + cand.offices.length > 0) continue;
    const tail = cand.name.slice(1);
    if ((descriptor(low(cand.name[0].text)) || modifier(cand.name[0])) && fullNames.has(low(joinText(tail))))
      cand.name = tail;
  }
  // another full name's surname after a word that is no other full name's given name
  const otherFullName = (c: Candidate, at: 0 | 1) =>
    multi.some(
      (o) =>
        o !== c &&
        low(joinText(o.name)) !== low(joinText(c.name)) &&
        low(o.name[at === 0 ? 0 : o.name.length - 1].text) === low(c.name[at].text),
    );
  multi = multi.filter(
    (c) =>
      !(
        c.name.length === 2 &&
        c.honorifics.length + c.offices.length === 0 &&
        ((descriptor(low(c.name[0].text)) && givenNames.has(low(c.name[1].text))) ||
          // "Rebuking Vell": a modifier before the surname of another full name
          (modifier(c.name[0]) && otherFullName(c, 1) && !otherFullName(c, 0)))
      ),
  );
  const firstWords = new Set(multi.map((c) => low(c.name[c.name.length - 1].text)));
  for (const cand of multi) {
    // "Blair Babes", "Obama administration": a known surname opening a longer name is not a new person
    if (cand.honorifics.length === 0 && cand.offices.length === 0 && firstWords.has(low(cand.name[0].text))) continue;
    people.addFull(cand);
  }
  for (const cand of candidates) {
    if (cand.name.length !== 1) continue;
    if (people.joinShort(cand)) continue;
    if (cand.honorifics.length > 0 || cand.offices.length > 0) people.addShort(cand);
    else if (speaksAlone(doc, cand) && !namesGroupOrBody(doc, cand.name[0].text)) people.addShort(cand);
  }
  return doc;
}

/**
 * The runs of capitalised words that may name a person, with the honorifics and offices before them (a function of
 * its own: V8 optimises it, and recompiles it after a deoptimisation, apart from the rest of findPeople).
 */
function nameCandidates(doc: ArticleDoc, common: () => Set<string>): Candidate[] {
  const candidates: Candidate[] = [];
  // "Jack Law" when the article also writes "Mr Law": that word is a surname here
  const courtesySurnames = new Set<string>();
  for (const m of doc.text.matchAll(COURTESY_SURNAME)) courtesySurnames.add(m[1]);
  // the same name recurs in an article: where its words split around party names is worked out once per spelling
  const splits = new Map<string, Array<[number, number]>>();
  for (const c of doc.chunks) {
    if (c.titleCase) continue;
    for (const whole of nonPartyRuns(doc, c, splits)) {
      // "Home Affairs", "Political Affairs Wendy Sherman": a portfolio is no name, a name may follow it
      const portfolio = whole.findLastIndex(endsPortfolio);
      if (portfolio >= 0 && whole.length - portfolio - 1 < 2) continue;
      let run = portfolio >= 0 ? whole.slice(portfolio + 1) : whole;
      // "Australian Lorne Baxter", "Democrat Helena Clayborn": a nationality or a party word before a full name that
      // acts as a person's is no part of it
      if (run.length >= 3 && leadingDescriptor(doc, run)) run = run.slice(1);
      const parts = splitName(withoutPostNominal(run));
      if (parts.rest.length === 0) continue;
      // "Sri Lanka", "Sri Lankans": a place (or its people) whose first word reads as an honorific
      if (parts.honorifics.length > 0 && isPlace(joinText(run).replace(/s$/, ''))) continue;
      let name = trimName(parts.rest);
      if (name && parts.honorifics.length + parts.offices.length === 0 && continuesLongerName(doc, name[0], common)) {
        name = nameAfterInstitution(name, common);
      }
      if (!name) continue;
      // "KP Sharma Olani", "MK Varadan": given names as undotted initials
      const titled = parts.honorifics.length + parts.offices.length > 0;
      const initials = isGivenInitials(doc, name, titled, common);
      // ("Mr Law", "Ms Church": after a courtesy title a plain word is a surname, whatever else it names)
      // (not an office: "Mr President", "Mr Speaker")
      const courtesy =
        name.length === 1 &&
        /^\p{Lu}\p{Ll}+$/u.test(name[0].text) &&
        !ROLE_NOUNS.has(low(name[0].text)) &&
        parts.honorifics.some(isCourtesyTitle);
      if (!courtesy && !looksLikeName(name, titled, initials, courtesySurnames)) continue;
      candidates.push({ chunk: c, honorifics: parts.honorifics, offices: parts.offices, name });
    }
  }
  return candidates;
}

/**
 * Whether a run of capitalised words continues a longer name through "of", "for" or "and": "the Institute for
 * Fiscal Studies", "the Archbishop of Canterbury", "the Department of Trade and Industry", "the Health and Safety
 * Executive". A name that opens so is the tail of an institution's, an office's or a place's name.
 */
function continuesLongerName(doc: ArticleDoc, first: ChunkWord, common: () => Set<string>): boolean {
  // (most runs follow none of these words: a short look first)
  // ("Junts per Catalunya": "per" joins a party's name in Catalan and Italian)
  if (!/(?:of|for|and|&|per)[ \t]+(?:the[ \t]+)?$/.test(doc.text.slice(Math.max(0, first.start - 9), first.start)))
    return false;
  if (/\bper[ \t]+$/.test(doc.text.slice(Math.max(0, first.start - 5), first.start))) return true;
  const before = doc.text.slice(Math.max(0, first.start - 60), first.start);
  if (/\p{Lu}[\p{L}\p{M}.'’-]*[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$/u.test(before)) return true;
  // "Halden & Young": a firm's name
  if (/\p{Lu}[\p{L}\p{M}.'’-]*[ \t]+&[ \t]+$/u.test(before)) return true;
  // "the Department of Roads and Industry", "Minister for Children, Young People and Families Greta Lund": the
  // list after a body's or an office's "of" or "for"
  const list = /(?:and|&)[ \t]+$/.test(before) ? LIST_AFTER_BODY.exec(before) : null;
  if (list && (ORG_HEADS.has(low(list[1])) || ROLE_NOUNS.has(low(list[1])))) return true;
  // "the Health and Safety Executive", but not "Ana Ruiz of Valdora and Ivo Brandt": the word before "and" is a
  // common word, not a place or a name
  const and = /(?:^|[^\p{L}])(?:[Tt]he|of|for)[ \t]+(\p{Lu}[\p{L}\p{M}'’-]*)[ \t]+(?:and|&)[ \t]+$/u.exec(before);
  return !!and && !isPlace(and[1]) && (NON_NAME_WORDS.has(low(and[1])) || common().has(low(and[1])));
}

/** A body's or an office's word, "of" or "for", and a list of capitalised words up to "and" or "&". */
const LIST_AFTER_BODY =
  /(\p{Lu}[\p{L}'’-]*)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}\p{M}'’-]*,?[ \t]+){1,4}(?:and|&)[ \t]+$/u;

/**
 * The name of a person after the tail of an institution's or an office's name in one run ("Minister for Families
 * Greta Lund", "Secretary of State Ivo Brandt", "Governor of Texas Ana Ruiz"): what is left once the tail's common
 * words and places are dropped, if that is two words or more; otherwise nobody (the run is all tail).
 */
function nameAfterInstitution(words: ChunkWord[], common: () => Set<string>): ChunkWord[] | null {
  let i = 0;
  const words0 = common();
  while (i < words.length && isCommonOrPlace(words[i].text, words0)) i++;
  // "Minister of Finance Omar Dar", "Hall of Famer Ivo Brandt": a tail of one word before a name of two or more
  if (i === 0 && words.length >= 3) i = 1;
  return i > 0 && words.length - i >= 2 ? words.slice(i) : null;
}

function isCommonOrPlace(word: string, common: Set<string>): boolean {
  const l = low(word);
  return common.has(l) || NON_NAME_WORDS.has(l) || ORG_HEADS.has(l) || isPlace(word) || DEMONYMS.has(l);
}

/**
 * Whether a run of capitalised words opens with a nationality or a party word (singular) before a person's name
 * ("Australian Lorne Baxter", "Democrat Helena Clayborn"):
 * the rest has no word the article writes in lowercase ("Black Lives Matter", "Han Dynasty") and acts as a
 * person's somewhere (see actsAsPerson: "Baxter said", "strategist Lorne Baxter").
 */
function leadingDescriptor(doc: ArticleDoc, run: ChunkWord[]): boolean {
  const l = low(run[0].text);
  const partyWord = IDEOLOGY_PARTY_WORDS.has(l) && !/s$/.test(l);
  if ((!DEMONYMS.has(l) && !partyWord) || FIRST_NAME_HOMONYMS.has(l)) return false;
  const rest = run.slice(1);
  const lower = doc.lowercaseWords();
  if (rest.some((w) => !/^\p{Lu}\p{Ll}+$/u.test(w.text) || lower.has(low(w.text)))) return false;
  const last = rest[rest.length - 1].text;
  // (a party word is not said of companies, so the full name speaking is enough: "Democrat Helena Clayborn said")
  return (
    actsAsPerson(doc.text, last, true, rest[rest.length - 2].text) || actsAsPerson(doc.text, joinText(rest), partyWord)
  );
}

/** Negative evidence: "the Millennium Dome", a nationality opening the name ("English Partnerships"). */
function notAPerson(doc: ArticleDoc, cand: Candidate): boolean {
  if (cand.honorifics.length > 0 || cand.offices.length > 0) return false;
  const start = cand.name[0].start;
  const before = doc.text.slice(Math.max(0, start - 16), start);
  if (/\bthe\s+$/i.test(before)) return true;
  // "the leftist Historic Pact coalition": the name of a grouping of parties or a party
  const named = cand.name[cand.name.length - 1].end;
  if (
    /\bthe\s+(?:[\p{Ll}-]+\s+){1,2}$/u.test(doc.text.slice(Math.max(0, start - 40), start)) &&
    GROUPING_NOUN_AFTER.test(doc.text.slice(named, named + 16))
  )
    return true;
  // 'the so-called "Crane Girls"', 'dubbed "Iron Lady"': a nickname, not a person's name
  if (/\b(?:so-called|so called|dubbed|nicknamed)\s+["“‘']?$/i.test(before)) return true;
  // "local newspaper O Globo", "state broadcaster TRT": an outlet named after its kind; "the group Ansar
  // al-Sharia", "the militia Kata'ib Hezbollah": a body named after its kind
  // (not before a possessive or a programme: "director of Ana Ruiz's chambers", "Radio 9's Ana Ruiz show"; only
  // here: "the centrist organization Ana Ruiz founded" elsewhere does not make her a body)
  if (
    KIND_BEFORE.test(doc.text.slice(Math.max(0, start - 20), start)) &&
    !/^(?:['’]s?\b|\s+(?:show|programme)\b)/.test(doc.text.slice(named, named + 12))
  )
    return true;
  // "in Des Moines, Iowa", "Cedar Rapids, Iowa, ...": a town followed by the state or country it is in (not
  // "Dan Tripp, South Carolina director", nor the signature "Michelle Marks, Philadelphia.")
  const end = cand.name[cand.name.length - 1].end;
  const inPlace = /^,\s+(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)(?=\s*([,.;:)]|$))/u.exec(doc.text.slice(end, end + 30));
  if (
    inPlace &&
    isPlace(inPlace[1]) &&
    !DEMONYMS.has(low(inPlace[1])) &&
    (inPlace[2] === ',' || /\b(?:in|at|from|near|to|outside|of)\s+$/.test(before))
  )
    return true;
  // "the centrist Forward Italy", "at Palazzo Chigi", "Corriere della Sera"
  if (namesBody(doc.text, cand.name)) return true;
  const first = cand.name[0].text;
  if (!isPlace(first)) return false;
  // "Jordan Bardella", "Israel Katz", "Christian Lindorf": a first name that is a place's or a nationality's, when
  // the surname acts alone as a person's ("Katz said") or a role stands before the name ("porn star" does not)
  // (not "Australian Lynton Crosby", "Florida Latino", "Christian Rev. Derek Penwell", "Wisconsin Trump rally")
  const last = cand.name[cand.name.length - 1].text;
  const l = low(first);
  return (
    cand.name.length < 2 ||
    (DEMONYMS.has(l) && !FIRST_NAME_HOMONYMS.has(l)) ||
    !cand.name.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text)) ||
    isPlace(last) ||
    doc.lowercaseWords().has(low(last)) ||
    surnameOfAnother(doc.text, first, last) ||
    !(actsAsPerson(doc.text, last, true, first) || actsAsPerson(doc.text, joinText(cand.name), false))
  );
}

/** Whether the article writes `last` after a capitalised word other than `first` or a title ("Donald Trump"). */
function surnameOfAnother(text: string, first: string, last: string): boolean {
  for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + last.length)) {
    const before = /(\p{Lu}[\p{L}'’-]*)[ \t]+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1];
    if (before && before !== first && splitName([{ text: before, start: 0, end: before.length }]).rest.length > 0)
      return true;
  }
  return false;
}

/**
 * Runs of a chunk's words that are not part of a known party name ("Labour MP John Smith" -> "MP John Smith"),
 * remembered in `splits` by the chunk's words (the split depends on them and on the article's parties only).
 */
function nonPartyRuns(doc: ArticleDoc, c: NameChunk, splits: Map<string, Array<[number, number]>>): ChunkWord[][] {
  let key = '';
  for (let k = 0; k < c.words.length; k++) key += (k > 0 ? '\u0001' : '') + c.words[k].text;
  let ranges = splits.get(key);
  if (!ranges) {
    ranges = partyFreeRanges(doc, c);
    splits.set(key, ranges);
  }
  const runs: ChunkWord[][] = [];
  for (const [a, b] of ranges) runs.push(c.words.slice(a, b));
  return runs;
}

/** The [start, end) word ranges of a chunk outside any party name the article knows. */
function partyFreeRanges(doc: ArticleDoc, c: NameChunk): Array<[number, number]> {
  // (a third of articles name no party: nothing to look up)
  if (doc.partyNames.size === 0 && doc.partyAcronyms.size === 0) return c.words.length ? [[0, c.words.length]] : [];
  // (`named`: the phrase may end a party name, see party-phrase-ends.ts; an acronym is looked up by its letters)
  const isParty = (a: number, b: number, named: boolean) => {
    if (!named && b - a > 1) return false;
    const phrase = joinText(c.words, a, b);
    // (an acronym is a single word)
    if (b - a === 1 && isAcronym(phrase) && doc.partyAcronyms.has(acronymKey(phrase))) return true;
    return named && doc.partyNames.has(partyKey(phrase));
  };
  const ranges: Array<[number, number]> = [];
  const ends = partyPhraseEnds(doc, c.words);
  let runStart = 0;
  let i = 0;
  while (i < c.words.length) {
    let matched = 0;
    for (let b = c.words.length; b > i; b--) {
      if (isParty(i, b, ends[b - 1])) {
        matched = b - i;
        break;
      }
    }
    // a party word inside a longer name ("Damian Green") belongs to the name when a name word precedes it
    if (matched && i > runStart && !NON_NAME_WORDS.has(low(c.words[i - 1].text)) && matched === 1) {
      const w = low(c.words[i].text);
      if (IDEOLOGY_PARTY_WORDS.has(w) && i === c.words.length - 1) matched = 0;
    }
    if (matched) {
      if (i > runStart) ranges.push([runStart, i]);
      i += matched;
      runStart = i;
    } else {
      i++;
    }
  }
  if (i > runStart) ranges.push([runStart, i]);
  return ranges;
}

/** Drops a trailing initial-less suffix such as "Jr" into the name, and stray single letters at the ends. */
function trimName(words: ChunkWord[]): ChunkWord[] | null {
  const out = words.filter((w) => w.text.length > 0);
  return out.length ? out : null;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** "Mr Law", "Ms Lane": a courtesy title and the one plain word after it, taken as a surname. */
const COURTESY_SURNAME = /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+(\p{Lu}\p{Ll}+)\b(?![ \t]+\p{Lu})/gu;

/** The word closing the name of a minister's or a department's portfolio ("Home Affairs", "Foreign Affairs"). */
const PORTFOLIO_TAIL = /^Affairs$/;
const endsPortfolio = (w: ChunkWord): boolean => PORTFOLIO_TAIL.test(w.text);

/** Royal titles that are also surnames, after a first name or a courtesy title ("Stephen King", "Mr. Prince"). */
const SURNAME_TITLES = new Set(['king', 'prince']);

/**
 * Words of the non-name lists that are also common first names, when they open a name of two words or more:
 * "Bill Nolan" (not a parliament's bill), "Jan de Vries" (not January), "Christian Lindorf" (see notAPerson).
 */
const FIRST_NAME_HOMONYMS = new Set(['bill', 'jan', 'christian']);

/** An Arabic article joined to a name word ("al-Sudani"): that name word counts. */
const LEADING_PARTICLE = new RegExp(String.raw`^${JOINED_PARTICLE}(?=\p{Lu})`, 'u');

/**
 * Auxiliaries, modals and their negations, which no name holds (not "Will", "Can", "Do", "May": given names and
 * surnames in several languages).
 */
const TITLE_CASE_VERBS = new Set(
  `is was were are been being has have had having does did could would should might must shall
  isn't wasn't weren't aren't hasn't haven't hadn't doesn't didn't don't can't couldn't wouldn't shouldn't won't`.split(
    /\s+/,
  ),
);

function looksLikeName(
  words: ChunkWord[],
  titled: boolean,
  initials = false,
  surnames: ReadonlySet<string> = NO_WORDS,
): boolean {
  if (words.length > 5) return false;
  const phrase = joinText(words);
  if (isPlace(phrase)) return false;
  for (let i = 0; i < words.length; i++) {
    // "al-Sudani": an Arabic article joined to a name word is that name word
    const t = words[i].text.replace(LEADING_PARTICLE, '');
    const l = low(t).replace(/\.$/, '');
    if (/^\p{Ll}/u.test(t)) {
      // particles only inside a name, or opening one after an honorific ("Ms von Arnim")
      if (i === words.length - 1 || (i === 0 && !titled)) return false;
      continue;
    }
    if (/\d/.test(t)) return false;
    if (!isPersonWordShape(t, words.length === 1)) return false;
    // "Downing St", "Orland St": a street
    if (i === words.length - 1 && /^St\.?$/.test(t)) return false;
    if (i === 0 && words.length >= 2 && FIRST_NAME_HOMONYMS.has(l)) continue;
    // "United Nations", "Arab States": a bloc of states
    if (i === words.length - 1 && i > 0 && STATE_BLOC_WORDS.has(l)) return false;
    // "Cuban Americans", "Native Americans": a group of people
    if (i === words.length - 1 && i > 0 && /s$/.test(l) && DEMONYMS.has(l)) return false;
    // "Warren-style", "Cold War-era": a name used as a modifier
    if (i === words.length - 1 && /-(?:style|era|based|led|backed|like|esque|type|linked|funded|owned)$/i.test(t))
      return false;
    if (
      NON_NAME_WORDS.has(l) &&
      !(i > 0 && MONTH_NAMES.has(l)) &&
      !(i === words.length - 1 && (i > 0 || titled) && SURNAME_TITLES.has(l))
    )
      return false;
    // "Carson Had Dropped Out", "Economic Policy Could Backfire": a headline in title case, not a name
    if (TITLE_CASE_VERBS.has(l.replace(/’/g, "'"))) return false;
    // ("Park Chan-dae": a body's head word may open a name before a hyphened given name, in East Asian order)
    if (PARTY_HEADS.has(l) || PARTY_COMPOUND.test(l)) return false;
    if (
      ORG_HEADS.has(l) &&
      !(i === 0 && words.length >= 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1].text)) &&
      !(i === words.length - 1 && i > 0 && surnames.has(t))
    )
      return false;
    if (isAcronym(t) && !/^\p{Lu}\.?$/u.test(t) && !/^(?:\p{Lu}\.){1,3}$/u.test(t) && !(i === 0 && initials))
      return false;
    if (words.length === 1 && (isPlace(t) || MONTH_NAMES.has(l))) return false;
    // "Britishness", "Thatcherism": an abstract noun
    if (words.length === 1 && /\p{Ll}{3}(?:ness|ism)$/u.test(t)) return false;
    if (i === 0 && MONTH_NAMES.has(l) && !titled) return false;
  }
  // every word is an initial: not a name
  return !words.every((w) => /^\p{Lu}\.?$/u.test(w.text));
}

/**
 * Shapes no word of a personal name has: a contraction ("I'm", "We'll"), a web address ("Factcheck.org"), words
 * run together ("FlagShareLikeReply"); and, for a name of one word, dotted initials ("F.A.A.") or a brand's inner
 * capital ("EgyptAir", "BuzzFeed"; not "McConnell", "DeSantis"). "J.K. Rowling" and "RoseAnn DeMoro" stay names.
 */
function isPersonWordShape(t: string, alone: boolean): boolean {
  if (/['’](?:m|ll|re|ve|d)$/i.test(t)) return false;
  if (/\.(?:com|org|net|gov|edu|co|io|uk|info)$/i.test(t)) return false;
  if (/\p{Ll}\p{Lu}.*\p{Ll}\p{Lu}/u.test(t)) return false;
  if (!alone) return true;
  if (/^(?:\p{Lu}\.){2,}$/u.test(t)) return false;
  const inner = /^(\p{Lu}\p{Ll}+)\p{Lu}/u.exec(t);
  return !inner || /^(?:Mc|Mac|De|Di|Da|Du|Del|Della|La|Le|Van|Vander|Von|Fitz|St|Al|El|Ben|Bin|Abu)$/.test(inner[1]);
}

const SPEECH_AFTER = new RegExp(
  String.raw`^\s*(?:\p{Ll}+ly\s+)?(?:(?:has|had|have|was|is|will|would|also|further|then|later|again|previously|earlier|had\s+also|has\s+also)\s+)*(\p{Ll}+)`,
  'u',
);

/** What follows the speaker of an inverted attribution ("..., said Tessori." / "said Tessori on Monday"). */
const INVERTED_SPEAKER_END =
  /^(?:\s*(?:[,.;:!?)"”’]|$)|\s+(?:on|in|at|of|who|when|after|before|during|yesterday|today|last|this|from|to|and)\b)/;

/**
 * Whether a single name speaks as a person: the last word of its chunk ("Fellow Lib Dem Ivo Marsh said" gives
 * "Fellow" no voice), not the name of a body after its kind ("rights group Freedomwatch said") or "the" ("the
 * Sunday Ledger claimed") or a quantity ("Most Wessexians said"), nor a place after "in" ("officials in Calder
 * said", "in Hallow, Wexshire said").
 */
function speaksAlone(doc: ArticleDoc, cand: Candidate): boolean {
  const word = cand.name[0];
  const chunkWords = cand.chunk.words;
  if (chunkWords[chunkWords.length - 1].end !== word.end) return false;
  // (most single names do not speak: that is asked first)
  if (!speaks(doc, cand.chunk)) return false;
  const before = doc.text.slice(Math.max(0, word.start - 40), word.start);
  if (KIND_BEFORE.test(before) || /\bthe\s+(?:\p{Lu}[\p{L}'’-]*\s+)+$/u.test(before)) return false;
  // "Most Wessexians said": a quantity of people
  if (/(?:^|[^\p{L}])(?:[Mm]ost|[Mm]any|[Ss]ome|[Aa]ll|[Ff]ew|[Ss]everal|[Bb]oth|[Oo]ther)\s+$/u.test(before))
    return false;
  return !/(?:^|[^\p{L}])(?:in|at|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*,\s+)?$/u.test(before);
}

/** A single capitalised word that is the subject of a speech or accusation verb ("Tessori said", "said Trump"). */
function speaks(doc: ArticleDoc, c: NameChunk): boolean {
  if (/\bthe\s+$/i.test(doc.text.slice(Math.max(0, c.start - 5), c.start))) return false; // "the Treasury said"
  // "Others said", "Projections show": the tagger reads a common word, not a name
  const tok = doc.tokens[doc.tokenAt(c.start)];
  if (tok && tok.start === c.start && tok.pos !== 'PROPN') return false;
  const after = doc.text.slice(c.end, c.end + 60);
  const m = SPEECH_AFTER.exec(after);
  // ("Politico reported", "Axios reports": a single name that reports is an outlet more often than a person)
  if (m && /^report(?:ed|s)$/.test(m[1])) return false;
  // "Nightstalker was blamed": the one accused, whoever it is; "Main points of the plan": a noun
  if (m && /\b(?:was|is|were|are)\s+$/.test(after.slice(0, m.index + m[0].length - m[1].length))) {
    if (ACCUSATION_VERBS.has(m[1])) return false;
  }
  if (m && /^point/.test(m[1]) && !/^\s+(?:out|to)\b/.test(after.slice(m.index + m[0].length))) return false;
  if (m && (SPEECH_VERBS.has(m[1]) || ACCUSATION_VERBS.has(m[1]))) return true;
  // "Orban talks about ...", "Rutte spoke of ...": a verb of speaking with its topic
  if (
    m &&
    /^(?:talks?|talked|spoke|speaks)$/.test(m[1]) &&
    /^\s+(?:about|of)\s/.test(after.slice(m.index + m[0].length))
  )
    return true;
  if (/^\s+can\s+(?:\p{Ll}+\s+)?be\s+heard/u.test(after)) return true;
  const before = doc.text.slice(Math.max(0, c.start - 20), c.start);
  // ("told Reuters", "asked Smith": the name after those is the one spoken to; "said Hereford hospital was ...":
  // the name opens what was said)
  return /\b(?:said|says|added|wrote|according to)\s+$/.test(before) && INVERTED_SPEAKER_END.test(after);
}

/**
 * Whether the article treats a single capitalised word as a group of people or a body, not a person: a plural
 * with a plural verb or "they" ("Pollsters say", "Mourners were", "Campaigners said they"), or a body taking
 * "which", "its" or "the" ("Veritas, which", "Oxfam said its", "the Pentagon said").
 */
function namesGroupOrBody(doc: ArticleDoc, word: string): boolean {
  if (opensGroupingName(doc.text, word) || afterKindSomewhere(doc.text, word)) return true;
  const plural = /\p{Ll}{2}s$/u.test(word) && !/(?:ss|us|is)$/.test(word);
  const text = doc.text;
  const edge = /[\p{L}'’-]/u;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const end = i + word.length;
    if ((i > 0 && edge.test(text[i - 1])) || (end < text.length && edge.test(text[end]))) continue;
    const the = /(?:^|[^\p{L}])the\s+$/u.test(text.slice(Math.max(0, i - 5), i));
    const after = /^,?\s*\S+(?:\s+\S+)?/.exec(text.slice(end, end + 40))?.[0] ?? '';
    if (the && /^(?:[,.;:!?)]|\s+(?:said|says|has|had|is|was|would|will|told)\b)/.test(after)) return true;
    if (/^,?\s*which\b/.test(after) || /^\s+(?:said|says)\s+its\b/.test(after)) return true;
    if (
      plural &&
      /^\s+(?:say|have|are|were|aren['’]t|don['’]t|do|believe|think|fear|hope|want|warn|argue|(?:said|say)\s+they)\b/.test(
        after,
      )
    )
      return true;
  }
  return false;
}

/**
 * A lowercase kind of body or work right before a name: "local newspaper O Globo", "the group Ansar al-Sharia", "aid
 * charity Helpright", "law firm Halden Voss", "the game Nightstalker", "Radio 9's Any Answers"; or an office of a
 * body ("chief executive of Alcohol Watch Wessex") (not after a comma: "at a law firm, Ana Ruiz said", "the report,
 * Ivo Brandt said" name people).
 */
/**
 * Whether the article writes a single name after its kind somewhere (see KIND_BEFORE: "rights group Freedomwatch"
 * once, "Freedomwatch said" later), not before a possessive or a programme.
 */
function afterKindSomewhere(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (/[\p{L}\p{N}]/u.test(charAt(text, at - 1)) || /[\p{L}\p{N}]/u.test(charAt(text, end))) continue;
    if (!KIND_BEFORE.test(text.slice(Math.max(0, at - 20), at))) continue;
    if (!/^(?:['’]s?\b|\s+(?:show|programme)\b)/.test(text.slice(end, end + 12))) return true;
  }
  return false;
}

const KIND_BEFORE =
  /\b(?:newspaper|daily|broadcaster|channel|magazine|tabloid|outlet|agency|website|station|weekly|group|militia|organi[sz]ation|faction|outfit|charity|firm|company|consultants|consultancy|department|body|bank|operator|operators|regulator|watchdog|think[ -]tank|game|documentary|programme|series|book|novel|film|album|radio(?:\s*\d+['’]s)?|(?:tv|channel\s*\d*)['’]s|(?:executive|director|president|chairman|chairwoman|head|founder|co-founder|leader|secretary|treasurer|trustee|patron|editor)\s+of(?:\s+the)?)\s+$/i;

/** A lowercase word naming a grouping of parties or a party after its name ("the X coalition", "the X alliance"). */
const GROUPING_NOUN = String.raw`(?:coalition|alliance|bloc|party|front|movement)`;
const GROUPING_NOUN_AFTER = new RegExp(String.raw`^\s+${GROUPING_NOUN}\b`);

/**
 * Whether the article writes `word` directly before a lowercase grouping noun, or as the first word of a name
 * before one ("the Kamili la Taifa coalition"): then `word` alone is that grouping's short name, no person's.
 */
function opensGroupingName(text: string, word: string): boolean {
  if (!text.includes(`${word} `)) return false;
  // each place the word stands, not a letter or a digit before it: one pattern compiled once, tried there only
  // (a pattern built for each word and run over the whole text cost a compilation and a scan per word)
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at > 0 && LETTER_OR_DIGIT_LAST.test(text.slice(Math.max(0, at - 2), at))) continue;
    NAME_THEN_GROUPING_NOUN.lastIndex = at + word.length;
    if (NAME_THEN_GROUPING_NOUN.test(text)) return true;
  }
  return false;
}

/** Up to three more words of a name, then a grouping noun (sticky: tried where the word ends). */
const NAME_THEN_GROUPING_NOUN = new RegExp(
  String.raw`(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|la|le|de|del|di|da|wa|ya|na|e|y)){0,3}[ \t]+${GROUPING_NOUN}\b`,
  'uy',
);
const LETTER_OR_DIGIT_LAST = /[\p{L}\p{N}]$/u;

/** Two names of two words or more with the same first and last word, one with middle names the other lacks. */
function sameEnds(a: string[], b: string[]): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < 2 || long.length === short.length) return false;
  if (short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return false;
  // the shorter name's middle words, in order, among the longer's
  let j = 1;
  for (const w of short.slice(1, -1)) {
    while (j < long.length - 1 && long[j] !== w) j++;
    if (j >= long.length - 1) return false;
    j++;
  }
  return true;
}

/**
 * A person's gender as the article's pronouns give it: the first "he/his/him" or "she/her" after each of the
 * person's full names, in the rest of that sentence ("Ana Ruiz said she ...", "Ivo Ruiz, whose wife ..., said his
 * ..."); null unless two or more agree and few disagree.
 */
/** Whether the text writes `cand`'s honorific form ("Mrs. Clinton") and then, after "and", `e`'s full name. */
function coordinatedWith(text: string, cand: Candidate, e: LocalEntity): boolean {
  const short = `${cand.honorifics.join(' ')} ${cand.name[0].text}`;
  for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) {
    const after = text.slice(at + short.length, at + short.length + 60);
    if (!/^\s+and\s/.test(after)) continue;
    for (const name of e.aliases) if (name.includes(' ') && after.includes(name)) return true;
  }
  return false;
}

function pronounGender(text: string, e: LocalEntity): Gender {
  let m = 0;
  let f = 0;
  // each place once: "President Bill Clinton" and "Bill Clinton" end at the same place and share its pronoun
  const ends = new Set<number>();
  for (const name of e.aliases) {
    if (!name.includes(' ')) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (ends.has(at + name.length)) continue;
      ends.add(at + name.length);
      // (up to the sentence's end or the next full name, whose pronoun it may be)
      const after = /^[^.!?]*?(?=\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}|[.!?]|$)/u.exec(
        text.slice(at + name.length, at + name.length + 160),
      )?.[0];
      const pronoun = after && /\b(he|him|his|she|her|hers)\b/i.exec(after)?.[1].toLowerCase();
      if (pronoun === 'he' || pronoun === 'him' || pronoun === 'his') m++;
      else if (pronoun) f++;
    }
  }
  return m >= 2 && m > 2 * f ? 'm' : f >= 2 && f > 2 * m ? 'f' : null;
}

class PeopleCollector {
  /** Surname (last word, lowercased) -> person keys, most recent last. */
  private readonly bySurname = new Map<string, string[]>();
  private readonly byFirst = new Map<string, string[]>();
  /** Middle words of names of three words or more (a first surname in Spanish naming, for one). */
  private readonly byInner = new Map<string, string[]>();
  /** How many times each person has been named so far. */
  private readonly timesNamed = new Map<string, number>();
  /** Lowercased words of the names asked about, split once (every new name is compared with every person's). */
  private readonly wordsOfName = new Map<string, string[]>();

  constructor(private readonly doc: ArticleDoc) {}

  private lowWords(name: string): string[] {
    let words = this.wordsOfName.get(name);
    if (!words) {
      words = low(name).split(' ');
      this.wordsOfName.set(name, words);
    }
    return words;
  }

  addLexicon(name: string, aliases: string[]): void {
    const e = this.ensure(clean(name));
    for (const a of aliases) e.aliases.add(clean(a));
  }

  addFull(cand: Candidate): void {
    const name = joinText(cand.name);
    // "Ahmad Faizal" after "Ahmad Faizal Hamzah", "Ms von Arnim" after "Friederike von Arnim", "Ana Ruiz" and
    // "Ana María Ruiz": the same person
    const known = this.containing(name, cand.honorifics.length > 0);
    const e = known ?? this.ensure(name);
    this.decorate(e, cand);
  }

  /** A person met already whose name starts with `name`, or (after an honorific) ends with it. */
  private containing(name: string, titled: boolean): LocalEntity | null {
    const words = this.lowWords(name);
    const found = [...this.doc.entities.values()].filter((e) => {
      if (e.label !== 'Person') return false;
      const full = this.lowWords(e.name);
      if (full.length === words.length) return false;
      // "Hillary Clinton" and "Hillary Rodham Clinton", "Donald Trump" and "Donald J. Trump", in either order
      if (sameEnds(full, words)) return true;
      if (full.length < words.length) return false;
      const prefix = words.every((w, i) => full[i] === w);
      // ("Le Pen" after "Marine Le Pen", "de la Espriella" after "Abelardo de la Espriella": a surname with its
      // particles)
      const suffix =
        (titled || isNameParticle(words[0])) && words.every((w, i) => full[full.length - words.length + i] === w);
      return prefix || suffix;
    });
    return found.length === 1 ? found[0] : null;
  }

  /** A one-word candidate that is the surname (or honorific + first name) of a person met already. */
  joinShort(cand: Candidate): boolean {
    const w = low(cand.name[0].text);
    let keys = this.bySurname.get(w);
    // "Mr Tan" after "Tan Wei Ming" (family name first): with an honorific, the first word may be the surname
    if ((!keys || keys.length === 0) && cand.honorifics.length > 0) keys = this.byFirst.get(w);
    // "Etxeberria" after "María José Etxeberria Lasa": a middle word of one long name
    if (!keys || keys.length === 0) keys = this.byInner.get(w);
    // "Rahimi" after "Datuk Seri Rahimi Othman": a given name used alone, when only one person has it
    if ((!keys || keys.length === 0) && new Set(this.byFirst.get(w) ?? []).size === 1) keys = this.byFirst.get(w);
    if (!keys || keys.length === 0 || (keys.length > 1 && new Set(keys).size > 1 && this.byInner.has(w))) return false;
    const key = this.namesake([...new Set(keys)], cand);
    const e = this.doc.entities.get(key);
    if (!e) return false;
    this.decorate(e, cand);
    return true;
  }

  /**
   * Of the people sharing a surname, the one a bare surname or "Mrs Clinton" names: not a knight or a peer after
   * "Mr" or "Mrs"; one whose gender fits the
   * honorific, or whose gender is not known; of those, the one named most often so far (the article's principal;
   * reporters keep naming the other in full), the first named on a tie.
   */
  private namesake(all: string[], cand: Candidate): string {
    const keys = courtesyNamesakes(all, cand.honorifics, (k) => this.doc.entities.get(k)?.aliases ?? []);
    if (keys.length === 1) return keys[0];
    const gender = genderOf(cand.honorifics, []);
    let pool = keys;
    if (gender) {
      // nobody's gender known yet: read it from the pronouns after their full names
      if (keys.every((k) => !this.doc.entities.get(k)?.gender))
        for (const k of keys) {
          const e = this.doc.entities.get(k);
          if (e) e.gender = pronounGender(this.doc.text, e);
        }
      // "Mrs. Clinton and former President Bill Clinton": the namesake named beside the honorific form is another
      for (const k of keys) {
        const e = this.doc.entities.get(k);
        if (e && !e.gender && coordinatedWith(this.doc.text, cand, e)) e.gender = gender === 'f' ? 'm' : 'f';
      }
      const same = keys.filter((k) => this.doc.entities.get(k)?.gender === gender);
      const open = keys.filter((k) => !this.doc.entities.get(k)?.gender);
      pool = same.length ? same : open.length ? open : keys;
    }
    let best = pool[0];
    for (const k of pool) if ((this.timesNamed.get(k) ?? 0) > (this.timesNamed.get(best) ?? 0)) best = k;
    return best;
  }

  addShort(cand: Candidate): void {
    const nameHonorific = cand.honorifics.find(isNameHonorific);
    const word = cand.name[0].text;
    const name = nameHonorific ? `${nameHonorific} ${word}` : word;
    const e = this.ensure(name);
    this.decorate(e, cand);
  }

  private ensure(name: string): LocalEntity {
    const key = personId(name);
    let e = this.doc.entities.get(key);
    if (!e) {
      e = newPerson(key, name);
      this.doc.entities.set(key, e);
      const words = nameWordsWithoutHonorifics(name);
      const surname = low(words[words.length - 1] ?? name);
      const first = low(words[0] ?? name);
      const list = this.bySurname.get(surname) ?? [];
      list.push(key);
      this.bySurname.set(surname, list);
      if (words.length > 1) {
        const f = this.byFirst.get(first) ?? [];
        f.push(key);
        this.byFirst.set(first, f);
      }
      for (const inner of words.slice(1, -1)) {
        const l = low(inner);
        if (l.length < 3 || /^\p{Ll}/u.test(inner)) continue;
        const list = this.byInner.get(l) ?? [];
        list.push(key);
        this.byInner.set(l, list);
      }
    }
    return e;
  }

  private decorate(e: LocalEntity, cand: Candidate): void {
    this.timesNamed.set(e.key, (this.timesNamed.get(e.key) ?? 0) + 1);
    const name = joinText(cand.name);
    e.aliases.add(name);
    if (cand.honorifics.length)
      e.aliases.add(cand.name.length ? `${cand.honorifics.join(' ')} ${name}` : cand.honorifics.join(' '));
    for (const o of cand.offices) e.titles.add(o);
    for (const h of cand.honorifics) {
      const office = OFFICE_HONORIFICS[low(h).replace(/\.$/, '')];
      if (office) e.titles.add(office);
    }
    e.gender ??= genderOf(cand.honorifics, cand.offices);
  }
}
