// Finds the parties and alliances an article names: definitions with acronyms ("Pakistan Peoples' Party (PPP)"),
// names built on party head words ("the X Party", "X League", "X Movement"), generic party names ("Labour",
// "the Greens"), acronyms and words used in party contexts ("PTI-led", "Likud leader"), and the user lexicon.
import { CALENDAR_NAMES } from '../../lexicon/calendar.js';
import type { ArticleDoc, LocalEntity, NameChunk } from '../article-doc.js';
import type { UserLexicon } from '../../lexicon/user-lexicon.js';
import {
  ALLIANCE_HEADS,
  NON_NAME_WORDS,
  NON_PARTY_ACRONYMS,
  NON_PARTY_NAME_WORDS,
  ORG_HEADS,
  ORG_NOUNS,
  PARTY_HEADS,
  STATE_BLOC_WORDS,
} from '../../lexicon/organisations.js';
import {
  FOLLOWER_ROLES,
  IDEOLOGY_PARTY_WORDS,
  NON_PARTY_MODIFIERS,
  NON_PARTY_OPENERS,
  PARTY_ROLE_NOUNS,
  THE_PARTY_WORDS,
} from '../../lexicon/party-words.js';
import { DEMONYM_SHAPE, NON_PARTY_GROUPS } from '../../lexicon/places.js';
import { PROFESSION_NOUNS, ROLE_NOUNS } from '../../lexicon/titles.js';
import { PARTY_CUE_WORDS } from '../../lexicon/party-words.js';
import { partyId } from '../../model/ids.js';
import {
  abbreviates,
  acronymKey,
  clean,
  isAcronym,
  isAcronymOf,
  isPlace,
  low,
  partyKey,
  singular,
  splitName,
} from '../names.js';
import type { NameParts } from '../names.js';
import { joinText } from '../join-text.js';
import { charAt, codeAt } from '../text-at.js';

/** Head words that only make a party with other words around them ("Awami League", not "the League"). */
const WEAK_HEADS = new Set([
  'union',
  'front',
  'movement',
  'congress',
  'league',
  'federation',
  'alliance',
  'bloc',
  'coalition',
  'rally',
]);
/** Head words of English names ("the Party Congress" is a party's meeting): names made of these alone are none. */
const ENGLISH_HEADS = new Set([...WEAK_HEADS, 'party', 'parties']);
const NOT_PARTIES = new Set([
  'lok sabha',
  'rajya sabha',
  'dewan rakyat',
  'dewan negara',
  'premier league',
  'champions league',
  'europa league',
  'ivy league',
  'major league',
  'national league',
  'european union',
  'soviet union',
  'african union',
  'arab league',
  'us congress',
  'the congress',
  'students union',
  'trade union',
  'rugby union',
  'state of the union',
]);

export function findParties(doc: ArticleDoc, lexicon: UserLexicon): ArticleDoc {
  const found = new PartyCollector(doc);
  for (const p of lexicon.parties) found.add(p.name, p.acronym ?? null, p.aliases, p.kind);

  const unheaded = doc.chunks.filter((c) => !c.titleCase);
  // 0. factions named with a bracket: "NCP (SP) chief", "Shiv Sena (UBT) leader", "the CPN (Maoist Centre)"; their
  // words are no name of their own to the passes below
  const inFaction = findFactions(doc, unheaded, found);
  const chunks = inFaction.size > 0 ? unheaded.filter((c) => !inFaction.has(c)) : unheaded;
  // 1. definitions: "Full Name (ACR)" and "ACR (Full Name)"
  findDefinedNames(doc, chunks, found);
  findAcronymFirstDefinitions(doc, chunks, found);
  // 2. names built on party head words; then generic party names ("Labour", "the Greens"), unless the chunk
  // is the start of a longer party name ("Democratic Labour" for "Democratic Labour Movement")
  // honorifics and offices split off each chunk once: several passes below ask for them
  const parts = new Map<NameChunk, NameParts>(chunks.map((c) => [c, splitName(c.words)]));
  const people = personNameWords(chunks, parts);
  findHeadedNames(doc, chunks, found, people);
  findGenericNames(doc, chunks, found);
  // 3. acronyms and words in party contexts ("PTI-led", "Likud leader", "PPP's leadership", "joined the X");
  // a word that ends a person-like name elsewhere ("Gordon Brown" ... "Brown ally") is a surname, not a party
  const surnames = surnameLikeWords(chunks, parts);
  // (names before "party" first: "the nationalist Order and Renewal party" is no cued "Order")
  findNamesBeforePartyWord(doc, chunks, found, parts);
  findCuedParties(doc, chunks, found, surnames, people, parts);
  findSlashPairs(doc, chunks, found);
  findMovements(doc, chunks, found, surnames, people);
  findCalledByApposition(doc, chunks, found, surnames, people, parts);
  findNumberedNames(doc, chunks, found, people, parts);
  findCapitalTheNames(doc, chunks, found);
  findAlliedPlaceNames(doc, chunks, found, surnames, people, parts);
  findCongressParty(doc, chunks, found);
  markOrganisationAcronyms(doc, chunks);
  findContextNames(doc, chunks, found, surnames, people, parts);
  // 4. acronyms made of the initials of a party the article names ("LRP" with "Liberal Reform Party")
  findInitialsOfNamed(doc, chunks, found);
  // 5. "the CPN-UML" ... "UML chair X": the acronym after the hyphen of a party's name, written alone, is that party
  findHyphenTailAcronyms(doc, found);
  joinNationalPlurals(doc, found);
  findOtherNames(doc, chunks, found);
  found.linkAbbreviations();
  return doc;
}

// The passes of findParties, each a function of its own: V8 optimises and, after a deoptimisation, recompiles each
// apart, where one function holding them all cost ~160 ms of compiling each time (about five times a cold run).

/** "Full Name (ACR)", "Full Name, or ACR,": definitions of an acronym after the name. */
function findDefinedNames(doc: ArticleDoc, chunks: NameChunk[], found: PartyCollector): void {
  for (const c of chunks) {
    // most chunks have no bracket or ", or" after them: a cheap search first
    const bracket = bracketWithin(doc.text, c.end, 40);
    if (!bracket && codeAt(doc.text, c.end) !== 44) continue;
    const after = doc.text.slice(c.end, c.end + 40);
    if (bracket && definedWithHead(doc, c, after, found)) continue;
    // "the Republican People's Party, or RPP, said": the wire services' definition, an acronym set off by commas
    const inBracket = bracket ? /^\s*\(([^()\s]{2,12}(?:\(\p{Lu}{1,3}\))?)\)/u.exec(after) : null;
    const def = inBracket ?? OR_DEFINITION.exec(after);
    if (!def) continue;
    if (!inBracket && (!isAcronym(def[1]) || NON_PARTY_ACRONYMS.has(low(def[1])))) continue;
    // "the Alternative for Germany (AfD)": a mixed-case acronym becomes a party from its uses
    if (isMixedAcronym(def[1])) {
      definedMixed(doc, c, def[1], found);
      continue;
    }
    if (!isAcronym(def[1])) continue;
    const words = c.words.map((w) => w.text);
    // "The ruling All Nigeria Congress (ANC)": a capitalised function word dropped from the chunk opens the name
    const opener = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(doc.text.slice(Math.max(0, c.start - 20), c.start));
    if (opener && NON_PARTY_OPENERS.has(low(opener[1])) && isAcronymOf(def[1], `${opener[1]} ${words.join(' ')}`)) {
      const full = `${opener[1]} ${words.join(' ')}`;
      if (isDefinedPartyName(full)) {
        found.add(full, def[1], [], kindOf(full));
        continue;
      }
    }
    // the longest tail of the chunk whose initials make the acronym
    let name: string | null = null;
    for (let i = 0; i < c.words.length && !name; i++) {
      const tail = joinText(c.words, i);
      if (isAcronymOf(def[1], tail)) name = tail;
    }
    // "Public and Commercial Services Union (PCS)", "Commission for Racial Equality (CRE)": the name runs back
    // over lowercase joining words into the capitalised words before them (before an acronym in the party's own
    // language is looked for: "Amicus and the Transport and General Workers Union (TGWU)" shares its letters)
    name ??= nameBeforeJoiners(doc, c, def[1], isAcronymOf);
    // "the Basque Nationalist Party (PNV)", "the Social Democrats (SPD)": an acronym in the party's own language
    // ("the Republican People's Party, or CHP,": any acronym, where the definition is spelled out with a party's
    // head word)
    if (!name && !NON_PARTY_ACRONYMS.has(low(def[1]))) {
      const ownLanguage = (a: string, n: string) =>
        isPartyName(n) &&
        (sharesLetters(a, n) ||
          (explicitDefinition(def[0]) && hasPartyHead(n) && !usedBefore(doc, a, c.start) && joinedByAnd(n)));
      // ("the Justice and Development Party, or AKP,": the name runs back over "and" into the words before it)
      const party =
        (explicitDefinition(def[0]) ? nameBeforeJoiners(doc, c, def[1], ownLanguage) : null) ??
        tailMatching(words, def[1], ownLanguage);
      if (party) {
        found.add(party, def[1], [], kindOf(party));
        continue;
      }
    }
    if (!name) {
      // "Public and Commercial Services Union (PCS)": initials without the body's head word name no party
      const body =
        nameBeforeJoiners(doc, c, def[1], initialsBeforeHead) ?? tailMatching(words, def[1], initialsBeforeHead);
      if (body && !isPartyName(body)) doc.otherAcronyms.add(acronymKey(def[1]));
      continue;
    }
    if (isDefinedPartyName(name) || found.has(def[1])) found.add(name, def[1], [], kindOf(name));
    else {
      // "The Maha Vikas Aghadi (MVA) will contest all seats, the opposition alliance said": a name with no head word
      // the article calls a party or an alliance
      const called = calledParty(doc, c, name, def[1]);
      if (called) found.add(name, def[1], [], called);
      else doc.otherAcronyms.add(acronymKey(def[1]));
    }
  }
}

/** "ACR (Full Name)": definitions of an acronym before the name. */
function findAcronymFirstDefinitions(doc: ArticleDoc, chunks: NameChunk[], found: PartyCollector): void {
  for (const c of chunks) {
    if (c.words.length !== 1 || !bracketWithin(doc.text, c.end, 80) || !isAcronym(c.words[0].text)) continue;
    const after = doc.text.slice(c.end, c.end + 80);
    const def = /^\s*\(([^()]{4,70})\)/u.exec(after);
    if (def && isAcronymOf(c.words[0].text, def[1])) {
      if (isPartyName(def[1])) found.add(clean(def[1]), c.words[0].text, [], kindOf(def[1]));
      else doc.otherAcronyms.add(acronymKey(c.words[0].text));
    }
  }
}

/** Names built on party head words ("the X Party", "X League", "X Movement"). */
function findHeadedNames(doc: ArticleDoc, chunks: NameChunk[], found: PartyCollector, people: PersonNameWords): void {
  for (const c of chunks) {
    // a party name needs a head word: most chunks have none, and need no closer look
    if (!c.words.some(isHeadedWord)) continue;
    // "the 5-Star Movement": a number hyphened on opens the name
    const number = /(?:^|[^\p{L}\p{N}.,-])(\p{N}{1,3})-$/u.exec(doc.text.slice(Math.max(0, c.start - 5), c.start));
    if (number) {
      const phrase = `${number[1]}-${joinText(c.words)}`;
      if (isPartyName(phrase) && hasHeadLast(phrase)) found.add(phrase, null, [], kindOf(phrase));
      continue;
    }
    if (!canHoldPartyName(doc, c) || opensFoundName(doc, c)) continue;
    for (const [a, b] of subPhrases(c)) {
      // "the pro-Kurdish DEM Party": the word a "pro-" or "anti-" is hyphened on is an adjective, not the name's
      // ("pro-Second Amendment Democrats" keeps its words: only a people's adjective is cut off)
      if (a === 0 && (c.prefix === 'pro' || c.prefix === 'anti') && c.words.length > 1) {
        if (DEMONYM_SHAPE.test(c.words[0].text)) continue;
      }
      // "Traveller Law Reform Coalition": a body's head word before the phrase makes the chunk that body's name
      if (c.words.slice(0, a).some((w) => isOrgWord(low(w.text)))) continue;
      // "The Islamist Tehreek-e-Nijat": an ideology's adjective before a name opening with a party's own-language
      // head is no part of it
      // ("the Socialist Tehreek Party" keeps its party word)
      const opener = low(c.words[a].text);
      if (
        b - a >= 2 &&
        /ist$/.test(opener) &&
        !IDEOLOGY_PARTY_WORDS.has(opener) &&
        opensWithOwnHead(c.words[a + 1].text)
      )
        continue;
      const phrase = joinText(c.words, a, b);
      if (isPartyName(phrase) && !namedAfterPerson(phrase, people)) {
        found.add(phrase, null, [], kindOf(phrase));
        break;
      }
    }
  }
}

/** Short forms of the parties named so far, and generic party names ("Labour", "the Greens"). */
function findGenericNames(doc: ArticleDoc, chunks: NameChunk[], found: PartyCollector): void {
  const named = [...doc.entities.values()].filter((e) => e.label === 'Party');
  // the named parties' words, split once for `truncates` (asked for every chunk of two words or more)
  // (a loop, not `map`: see join-text.ts on the arrays V8's optimised `map` makes)
  const namedWords: string[][] = [];
  for (const e of named) namedWords.push(longNameWords(e.name));
  for (const c of chunks) {
    const whole = joinText(c.words);
    let longer: (typeof named)[number] | undefined;
    if (c.words.length >= 2 && named.length > 0) {
      const a = partyKey(whole).split(' ');
      longer = named.find((_, i) => truncatesWords(a, namedWords[i]));
    }
    if (longer) {
      found.add(longer.name, null, [whole], longer.partyKind);
      continue;
    }
    if (!c.words.some((w) => IDEOLOGY_PARTY_WORDS.has(w.text.toLowerCase()) || w.text === 'Lib')) continue;
    for (const [a, b] of subPhrases(c)) {
      const phrase = joinText(c.words, a, b);
      // a nickname keyed with the party's name ("Tories" for "Conservatives") joins it as an alias
      if (found.has(phrase)) {
        if (isIdeologyName(phrase, c, doc)) found.add(phrase, null, [], kindOf(phrase));
        break;
      }
      if (isIdeologyName(phrase, c, doc)) {
        found.add(phrase, null, [], kindOf(phrase));
        break;
      }
    }
  }
}

/** Acronyms and words in party contexts ("PTI-led", "Likud leader", "joined the X"), in rounds as what is known grows. */
function findContextNames(
  doc: ArticleDoc,
  chunks: NameChunk[],
  found: PartyCollector,
  surnames: Set<string>,
  people: PersonNameWords,
  parts: Map<NameChunk, NameParts>,
): void {
  // the candidates are fixed; only what counts as "known" grows from round to round
  const candidates = chunks.filter((c) => {
    if (c.words.length > 2) return false;
    // "Mr. Rubio's supporters": a name behind an honorific is a person, whatever follows it
    if (parts.get(c)!.honorifics.length > 0) return false;
    const phrase = joinText(c.words);
    const l = low(phrase);
    // "Bernie supporters" with "Bernie Sanders" elsewhere: a given name is a person's
    if (surnames.has(l) || people.given.has(l)) return false;
    return canBeContextParty(phrase, doc) && !partOfPlace(doc, c) && !endsFoundName(doc, c, found);
  });
  // "Dana Whitfield supporters", "Dana Whitfield's leadership": two words ending like a surname are a person
  // unless a role only a party’s members share follows ("Sinn Fein lawmakers")
  // ("Tony Blair whips", with "Mr Blair" elsewhere, is a person whatever follows)
  const personLike = (c: NameChunk) =>
    c.words.length === 2 &&
    !isAcronym(c.words[0].text) &&
    surnames.has(low(c.words[1].text)) &&
    (people.titled.has(low(c.words[1].text)) || !inRoleContext(doc, c, MEMBER_ONLY_ROLES));
  // "PML-N Senator Irfan Siddiqi", "XYZ Leader Ana Ruiz": an acronym opening a name behind a role only parties have
  for (const c of chunks) {
    const acr = c.words[0].text;
    if (c.words.length < 3 || !isAcronym(acr) || !canBeContextParty(acr, doc) || found.has(acr)) continue;
    const role = low(c.words[1].text);
    if (STRONG_PARTY_ROLES.has(role) || role === 'senator') found.add(acr, acr, [], 'party');
  }
  let grew = true;
  for (let round = 0; round < 3 && grew; round++) {
    grew = false;
    for (const c of candidates) {
      const phrase = joinText(c.words);
      if (found.has(phrase)) continue;
      if (inPartyContext(doc, c, found) && !personLike(c) && !OCCASIONS.has(low(c.words[0].text))) {
        found.add(phrase, isAcronym(phrase) ? phrase : null, [], 'party');
        grew = true;
      }
    }
  }
}

/** Acronyms made of the initials of a party the article names. */
function findInitialsOfNamed(doc: ArticleDoc, chunks: NameChunk[], found: PartyCollector): void {
  for (const c of chunks) {
    const acr = c.words[0].text;
    if (c.words.length !== 1 || !isAcronym(acr) || NON_PARTY_ACRONYMS.has(low(acr))) continue;
    const named: LocalEntity[] = [];
    for (const e of doc.entities.values())
      if (e.label === 'Party' && !isAcronym(e.name) && isAcronymOf(acr, e.name)) named.push(e);
    if (named.length !== 1) continue;
    const current = found.lookup(acr);
    if (current === named[0].key) continue;
    if (current) found.merge(named[0].key, current);
    else found.add(named[0].name, acr, [], named[0].partyKind);
  }
}

/** The acronym after the hyphen of a party's name ("CPN-UML"), written alone. */
function findHyphenTailAcronyms(doc: ArticleDoc, found: PartyCollector): void {
  for (const e of [...doc.entities.values()]) {
    if (e.label !== 'Party') continue;
    const tail = /^\p{Lu}[\p{L}]*-(\p{Lu}{3,})$/u.exec(e.name)?.[1];
    if (!tail || !new RegExp(`(?<![\\p{L}-])${tail}(?![\\p{L}-])`, 'u').test(doc.text)) continue;
    const current = found.lookup(tail);
    if (current === e.key) continue;
    if (current) found.merge(e.key, current);
    else found.add(e.name, null, [tail], e.partyKind);
  }
}

/** ", the opposition alliance said": an apposition calling a name a party or an alliance (the noun in group 1). */
const CALLED_PARTY =
  /^[^\p{Lu}]*?,[ \t]+the[ \t]+(?:(?:ruling|governing|opposition|main|new|rival|[\p{Ll}]+-party|[\p{Ll}]+-wing)[ \t]+)?(alliance|coalition|bloc|front|party)\b(?!['’]|-|[ \t]+(?:of\b|\p{Lu}))/u;

/**
 * Whether a defined name with no party head word is a party or an alliance by what the article calls it: an
 * apposition in its sentence after the definition (", the opposition alliance said"), or the acronym with a role only
 * a party has ("MVA leaders"). Bodies ("Commission") never are.
 */
function calledParty(doc: ArticleDoc, c: NameChunk, name: string, acronym: string): 'party' | 'alliance' | null {
  const words = low(name).split(/\s+/);
  if (NON_PARTY_ACRONYMS.has(low(acronym)) || words.some(isOrgWord) || isPlace(low(name))) return null;
  const s = doc.sentences[c.sentence];
  // (from after the definition, with no capitalised word in between: ", the ruling party said" after "against the
  // BJP" is the BJP's)
  const defEnd = doc.text.indexOf(')', c.end) + 1 || c.end;
  const rest = s ? doc.text.slice(defEnd, s.end) : '';
  // "the United Malays National Organisation (UMNO), the main party in BN": called a party outright
  const apposition = CALLED_PARTY.exec(rest);
  if (apposition?.[1] === 'party') return 'party';
  // "the Economic Community of West African States (ECOWAS) bloc": a bloc of states
  if (words.some((w) => STATE_BLOC_WORDS.has(w))) return null;
  const called = apposition ?? GROUP_AFTER.exec(rest);
  if (called) return ALLIANCE_HEADS.has(called[1]) || called[1] === 'front' ? 'alliance' : 'party';
  // "(ACR) came second with 40 seats", "(ACR) became the largest party": the name won seats
  if (ELECTION_RESULT.test(rest)) return 'party';
  // "(ACR) leader X said his party ...": a leader in a sentence that speaks of a party (a campaign's leader is no
  // party's: "Black Lives Matter (BLM) leader X said the campaign ...")
  if (/^[ \t]+leader\b/.test(rest) && /\bpart(?:y|ies)\b/.test(rest)) return 'party';
  // "the main opposition X (ACR)", "the Marxist X (ACR)": a party cue before the name
  const at = c.end - name.length;
  const start = doc.text.slice(at, c.end) === name ? at : c.start;
  const cue = NAME_CUE_BEFORE.exec(doc.text.slice(Math.max(0, start - 40), start));
  if (cue && PARTY_CUE_WORDS.has(low(cue[1]))) return 'party';
  const role = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(acronym)}(?:['’]s)?[ \t]+(\p{Ll}+)`, 'gu');
  for (const m of doc.text.matchAll(role)) if (MEMBER_ONLY_ROLES.has(m[1]) || m[1] === 'leaders') return 'party';
  return null;
}

/**
 * "The uMkhonto weSizwe Party (MK Party)": a name whose short form in the bracket keeps its head word, run back over
 * the words before the chunk that open in lowercase with a capital inside (a prefix of the party's own language).
 */
function definedWithHead(doc: ArticleDoc, c: NameChunk, after: string, found: PartyCollector): boolean {
  const m = /^[ \t]*\((\p{Lu}{1,5})[ \t]+(\p{Lu}\p{Ll}+)\)/u.exec(after);
  const head = c.words[c.words.length - 1].text;
  if (!m || m[2] !== head || !isHead(low(head)) || NON_PARTY_ACRONYMS.has(low(m[1]))) return false;
  const camel = /(?:^|[^\p{L}'’-])((?:\p{Ll}{1,3}\p{Lu}\p{Ll}+[ \t]+)+)$/u.exec(
    doc.text.slice(Math.max(0, c.start - 60), c.start),
  );
  const name = clean(`${camel ? camel[1] : ''}${joinText(c.words)}`);
  if (!isPartyName(name) || !sharesLetters(m[1], name)) return false;
  found.add(name, m[1], [`${m[1]} ${m[2]}`], kindOf(name));
  return true;
}

/** "(NPP) alliance won": a party's or an alliance's word right after a definition (the word in group 1). */
const GROUP_AFTER = /^[ \t]+(party|alliance|coalition|bloc|front)\b(?!['’]|-)/u;

/** "came second with 40 seats", "won 159 of the 225 seats", "became the largest party": a result of an election, told
 * of the name before it (no capitalised word in between). */
const ELECTION_RESULT =
  /^[^\p{Lu}]*?(?:\b\d{1,3}[ \t]+(?:of[ \t]+the[ \t]+\d{1,4}[ \t]+)?(?:[\p{Ll}-]+[ \t]+)?seats\b|\b(?:became|becomes|remained|remains|emerged[ \t]+as)[ \t]+the[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}(?:party|alliance|coalition|bloc)\b(?![ \t]+of\b))/u;

/** A cue word (group 1) between "the" or a possessive and a name, maybe after "main": "the main opposition ". */
const NAME_CUE_BEFORE = /(?:\bthe|\p{Lu}[\p{L}.]*['’]s)[ \t]+(?:(?:main|largest|biggest)[ \t]+)?([\p{L}-]+)[ \t]+$/iu;

/** A faction's bracket after a party's name: "(SP)", "(UBT)", "(Maoist Centre)" (the faction in group 1). */
const FACTION_BRACKET = /^[ \t]?\((\p{Lu}{1,4}|\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){0,2})\)/u;

/** A role only a party has, or "-led", after a faction's bracket: "NCP (SP) chief", "Sena (UBT)-led". */
const FACTION_ROLE = /^(?:['’]s)?(?:[ \t]+([\p{Ll}-]+)|-(?:led|backed|ruled|allied)\b)/u;

/**
 * Parties named by a faction's bracket after a party's name: "NCP (SP) chief X", "the Sena (UBT)", "the CPN (Maoist
 * Centre)". The name before the bracket is an acronym or holds a party head word, and the bracket is no definition of
 * it ("Sharad Pawarkar (NCP)" is a person's party, "BJP (Bharatiya Janata Party)" a definition). A form is a party
 * where its name holds a party head word, one of its uses has a party role after it, or a named faction ("Maoist
 * Centre") follows an acronym in a political sentence. Returns the chunks the forms are made of.
 */
function findFactions(doc: ArticleDoc, chunks: NameChunk[], found: PartyCollector): Set<NameChunk> {
  const uses = new Map<string, { base: string; faction: string; chunks: NameChunk[]; party: boolean }>();
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i];
    if (!bracketWithin(doc.text, c.end, 3)) continue;
    const m = FACTION_BRACKET.exec(doc.text.slice(c.end, c.end + 40));
    if (!m) continue;
    const base = joinText(c.words);
    const faction = m[1];
    const acronymBase = c.words.length === 1 && isAcronym(base);
    const headed = !acronymBase && hasStrongHead(base) && !c.words.some((w) => isOrgWord(low(w.text)));
    if (!acronymBase && !headed) continue;
    // ("MACAU (Reuters) -": a dateline's place and its agency)
    if (acronymBase && (NON_PARTY_ACRONYMS.has(low(base)) || c.prefix || c.suffix || isPlace(low(base)))) continue;
    if (/^[ \t]*[-–—]/u.test(doc.text.slice(c.end + m[0].length, c.end + m[0].length + 4))) continue;
    const named = !isAcronym(faction);
    // a definition, one way or the other: "BJP (Bharatiya Janata Party)", "Civic Platform (PO)"
    if (isAcronymOf(base, faction) || isAcronymOf(faction, base) || (named && sharesLetters(base, faction))) continue;
    // "the Justice and Progress Party (JPP)", "Workers' Renewal Party (PTR)": an acronym after a party's name is its
    // definition unless it shares nothing with the name, is short, and is never used by itself ("USRP members")
    if (!named && !acronymBase) {
      if (faction.length > 3 || sharesLetters(faction, base) || nameBeforeJoiners(doc, c, faction, isAcronymOf))
        continue;
      if (new RegExp(String.raw`(?<![\p{L}\p{N}(])${faction}(?![\p{L}\p{N})])`, 'u').test(doc.text)) continue;
    }
    // ("Maoist Centre": a party's centre is a wing of it, not a building)
    const notFaction = (w: string) => (isOrgWord(w) && !/^cent(?:re|er)$/.test(w)) || isPlace(w);
    if (named ? faction.split(/\s+/).some((w) => notFaction(low(w))) : NON_PARTY_ACRONYMS.has(low(faction))) continue;
    const end = c.end + m[0].length;
    const role = FACTION_ROLE.exec(doc.text.slice(end, end + 30));
    const party =
      headed ||
      (!!role && (!role[1] || PARTY_ROLE_NOUNS.has(role[1]))) ||
      (named && acronymBase && politicalSentence(doc, c));
    const form = `${base} (${faction})`;
    const use = uses.get(form) ?? { base, faction, chunks: [], party: false };
    use.chunks.push(c);
    // the bracket's own words are a chunk of their own
    const inside = chunks[i + 1];
    if (inside && inside.start > c.end && inside.end <= end) use.chunks.push(inside);
    use.party ||= party;
    uses.set(form, use);
  }
  const out = new Set<NameChunk>();
  for (const [form, use] of uses) {
    if (!use.party) continue;
    found.add(form, null, factionAliases(use.base, use.faction), 'party');
    for (const c of use.chunks) out.add(c);
  }
  return out;
}

/**
 * The other names of a faction's form: a named faction of two words or more ("Maoist Centre"), and for one word
 * (a common word: "United", "Secular") the short form of initials instead ("JD(U)" for "Janata Dal (United)").
 */
function factionAliases(base: string, faction: string): string[] {
  if (isAcronym(faction)) return [];
  if (/\s/.test(faction)) return [faction];
  const initials = base.split(/[\s-]+/).map((w) => w[0]);
  if (isAcronym(base) || initials.length < 2 || !initials.every((l) => /\p{Lu}/u.test(l))) return [];
  return [`${initials.join('')}(${faction[0]})`];
}

/** Last words of capitalised runs that look like personal names ("Gordon Brown", "Mr Brown"). */
function surnameLikeWords(chunks: NameChunk[], split: Map<NameChunk, NameParts>): Set<string> {
  const out = new Set<string>();
  for (const c of chunks) {
    const parts = split.get(c)!;
    const rest = parts.rest;
    if (rest.length === 0 || rest.length > 4) continue;
    if (rest.length === 1 && parts.honorifics.length === 0) continue;
    if (
      rest.some((w) => {
        const l = low(w.text);
        return isAcronym(w.text) || PARTY_HEADS.has(l) || ORG_HEADS.has(l);
      })
    )
      continue;
    if (isPlace(joinText(rest))) continue;
    out.add(low(rest[rest.length - 1].text));
  }
  return out;
}

/** "Unity Front" for "People's Unity Front": the last two words or more of a longer name, one or two words shorter. */
function endsWith(short: string, long: string): boolean {
  const a = partyKey(short).split(' ');
  const b = partyKey(long).split(' ');
  if (a.length < 2 || b.length <= a.length || b.length - a.length > 2) return false;
  return a.every((w, i) => w === b[b.length - a.length + i]);
}

/** "Democratic Labour" for "Democratic Labour Movement": the long name minus trailing party head words. */
function truncates(short: string, long: string): boolean {
  return truncatesWords(partyKey(short).split(' '), longNameWords(long));
}

/** The words `truncates` compares a long name by. */
function longNameWords(long: string): string[] {
  return low(long)
    .replace(/^the\s+/, '')
    .replace(/['’]/g, '')
    .split(/[\s-]+/);
}

/** `truncates` on split words: `a` the short name's party key words, `b` the long name's words. */
function truncatesWords(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length <= a.length) return false;
  if (!a.every((w, i) => w === b[i].replace(/s$/, '') || w === b[i])) return false;
  return b.slice(a.length).every((w) => PARTY_HEADS.has(w));
}

/** Contiguous sub-phrases of a chunk, longest first. */
function subPhrases(c: NameChunk): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = c.words.length;
  for (let len = n; len >= 1; len--) for (let a = 0; a + len <= n; a++) out.push([a, a + len]);
  return out;
}

function kindOf(name: string): 'party' | 'alliance' {
  const words = low(name).split(/[\s-]+/);
  // "Bloc Québécois": one party named for a bloc of people
  if (words.length === 2 && words[0] === 'bloc' && BLOC_PEOPLE.test(words[1])) return 'party';
  return words.some((w) => ALLIANCE_HEADS.has(w)) && !words.includes('party') ? 'alliance' : 'party';
}

/** A phrase built on a party head word: "Pakistan Peoples' Party", "Muttahida Qaumi Movement", "Awami League". */
/** Compound words built on a party word ("Volkspartei", "Bürgerpartei"): a party head by themselves. */
const PARTY_COMPOUND = /^\p{L}{3,}(?:partei|partij|partiet)$/u;

/** A lowercased word a party's name is built on (module level: a closure made per call was compiled again and again). */
const isHead = (w: string): boolean => PARTY_HEADS.has(w.replace(/'s?$/, '')) || PARTY_COMPOUND.test(w);

/** Whether a chunk's word may make it hold a party name: a head word, a hyphened word, or a party compound. */
function isHeadedWord(w: { text: string }): boolean {
  const l = w.text.toLowerCase();
  // (the possessive is stripped only where there is a quote to strip)
  const stem = l.includes("'") || l.includes('’') ? l.replace(/['’]s?$/, '') : l;
  return PARTY_HEADS.has(stem) || w.text.includes('-') || (l.includes('part') && PARTY_COMPOUND.test(l));
}

/** Whether a name ends in a party head word ("5-Star Movement", not "5-Star Movement Rally"). */
function hasHeadLast(name: string): boolean {
  const words = low(name).split(/[\s-]+/);
  return isHead(words[words.length - 1]);
}

/** A lowercased people's adjective ("peruvian", "nepali"): the shape of DEMONYM_SHAPE. */
const PEOPLE_ADJECTIVE = /^\p{Ll}+(?:an|ese|ish|i)$/u;

/** The known non-parties, spaced for a search inside a phrase. */
const NOT_PARTIES_SPACED = [...NOT_PARTIES].map((n) => ` ${n} `);

export function isPartyName(phrase: string): boolean {
  const l = low(phrase).replace(/^the\s+/, '');
  if (NOT_PARTIES.has(l)) return false;
  // "Cruz-supporting Republicans", "Ivy League-trained": a word with a lowercase word hyphened on is a modifier
  if (/-\p{Ll}+(?:\s|$)/u.test(phrase.replace(/^the\s+/i, ''))) return false;
  const words = l.split(/[\s-]+/).filter(Boolean);
  if (words.length === 0) return false;
  if (words.some((w) => isOrgWord(w))) return false;
  // "Senior Tories", "Top Republican Party donor": a word before the name that is not part of it
  if (NON_PARTY_OPENERS.has(words[0])) return false;
  // "European Union Vet Fund": a known non-party inside the phrase
  if (words.length > 2) {
    const spaced = ` ${words.join(' ')} `;
    if (NOT_PARTIES_SPACED.some((n) => spaced.includes(n))) return false;
  }
  // an English "Party" ends the name unless "of" or "for" follows it ("SNP Holyrood", "Party of the Regions")
  const partyAt = words.findIndex((w) => w === 'party' || w === 'parties');
  if (partyAt >= 0 && partyAt < words.length - 1 && !/^(?:of|for)$/.test(words[partyAt + 1])) return false;
  const heads = words.filter(isHead);
  if (heads.length === 0) return false;
  // "Democrats Hillary Clinton", "Party Chairman Reince Priebus": a plural head ends a name, and an office after
  // the last head is a person's title (the party is the shorter phrase before it)
  const lastHead = words.findLastIndex(isHead);
  if (words.slice(lastHead + 1).some((w) => ROLE_NOUNS.has(w))) return false;
  if (words.some((w, i) => i < words.length - 1 && IDEOLOGY_PARTY_WORDS.has(w) && /[^']s$/.test(w) && isHead(w)))
    return false;
  if (words.length === 1) return PARTY_COMPOUND.test(words[0]);
  const strong = heads.some((h) => !WEAK_HEADS.has(h));
  // ("Samaj League": a head in a party's own language names a party with an English one)
  if (strong) return !words.every((w) => PARTY_HEADS.has(w) || w === 'the') || ownLanguageHeads(words);
  // campaign groups and unions: "League Against Cruel Sports", "Union of Mine Workers"
  if (words.some((w) => /^(?:against|to|with|on|in|at)$/.test(w))) return false;
  // "National Rally", "Rally for the Republic", not "Trump Rally": a rally's name opens with it or an adjective
  const rally = words.indexOf('rally');
  if (rally > 0 && !/(?:al|ar|ic|ive|ist|an)$/.test(words[rally - 1])) return false;
  // a weak head opening the phrase is followed by "of"/"for" or a plain word ("Front National"), never by a name
  // ("Union Address", "Union Terminal", "League Championship")
  // ("Bloc Québécois": a bloc's people named after it, in the party's own language)
  if (
    WEAK_HEADS.has(words[0]) &&
    words.length > 1 &&
    !WEAK_HEAD_FOLLOWERS.test(words[1]) &&
    !NON_NAME_WORDS.has(words[1]) &&
    !(words[0] === 'bloc' && BLOC_PEOPLE.test(words[1]))
  )
    return false;
  // weak heads need a distinctive word that is not a place or nationality alone
  const others = words.filter((w) => !PARTY_HEADS.has(w) && w !== 'of' && w !== 'the' && w !== 'for');
  if (others.length === 0) return false;
  if (words.length === 2 && isPlace(others[0])) return false;
  // "Republican Congress", "U.S. Congress", "the Peruvian Congress": the legislature a party holds, not a party
  if (
    words.includes('congress') &&
    others.every(
      (w) =>
        IDEOLOGY_PARTY_WORDS.has(w) ||
        w === 'democratic' ||
        isPlace(w) ||
        NON_PARTY_ACRONYMS.has(w) ||
        PEOPLE_ADJECTIVE.test(w),
    )
  )
    return false;
  return true;
}

/** Whether a word opens with a party head in a party's own language: "Tehreek-e-Nijat", "Samaj". */
function opensWithOwnHead(word: string): boolean {
  const first = low(word).split('-')[0];
  return isHead(first) && !ENGLISH_HEADS.has(first) && !IDEOLOGY_PARTY_WORDS.has(first);
}

/** Words all party heads, two or more different, one of them a party's own-language head ("awami", "janata"). */
function ownLanguageHeads(words: string[]): boolean {
  return (
    new Set(words).size > 1 && words.some((w) => !ENGLISH_HEADS.has(w) && !IDEOLOGY_PARTY_WORDS.has(w) && isHead(w))
  );
}

/** Generic party names: "Labour", "Tories", "Liberal Democrats", "Lib Dem", "the Greens". */
function isIdeologyName(phrase: string, c: NameChunk, doc: ArticleDoc): boolean {
  const words = low(phrase)
    .replace(/^the\s+/, '')
    .split(/\s+/);
  if (words.length > 2 || !words.every((w) => IDEOLOGY_PARTY_WORDS.has(w) || w === 'lib')) return false;
  if (words.includes('labor') && !laborAsParty(c, doc)) return false;
  // inside a longer chunk, a word before the phrase that is not a title makes it part of a name ("Damian Green")
  const idx = c.words.findIndex((w) => low(w.text).replace(/^the\s+/, '') === words[0]);
  if (idx > 0 && !NON_NAME_WORDS.has(low(c.words[idx - 1].text)) && !NON_PARTY_OPENERS.has(low(c.words[idx - 1].text)))
    return false;
  if (words.length === 1 && ['green', 'liberal', 'democrat', 'republican', 'dem', 'gop'].includes(words[0])) {
    // ambiguous alone: need a party role after it, "the" before a plural, or a following "Party"
    return inRoleContext(doc, c) || /s$/.test(words[0]);
  }
  return true;
}

/**
 * "Labor" (the spelling of Labour's name in Australia) as a party: a name by itself ("accused Labor of", "Labor's
 * bill", "Labor leader"), not a word of work's ("Labor Day", "the Labor Department", "Secretary of Labor", "Labor
 * costs rose").
 */
function laborAsParty(c: NameChunk, doc: ArticleDoc): boolean {
  if (c.words.length !== 1) return false;
  const next = doc.tokens[doc.tokenAt(c.end)];
  // "Labor leaders met ...", "Labor unions backed ...": opening a sentence before a noun, the word of work's
  const s = doc.sentences[c.sentence];
  const opens = !!s && /^\W*$/u.test(doc.text.slice(s.start, c.start));
  if (opens && next && next.pos === 'NOUN') return false;
  if (/\b(?:of|for)[ \t]+(?:the[ \t]+)?$/i.test(doc.text.slice(Math.max(0, c.start - 12), c.start))) return false;
  // "the departments of State, Interior, Labor, Justice and Energy", "Labor and Commerce officials": a department
  const after = /^(?:,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)(\p{Lu}\p{Ll}+)/u.exec(
    doc.text.slice(c.end, c.end + 30),
  );
  const before = /(\p{Lu}\p{Ll}+)(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+)$/u.exec(
    doc.text.slice(Math.max(0, c.start - 30), c.start),
  );
  const department = (m: RegExpExecArray | null) =>
    !!m && (NON_PARTY_MODIFIERS.has(low(m[1])) || DEPARTMENT_WORDS.has(low(m[1])));
  if (department(after) || department(before)) return false;
  return !next || next.pos !== 'NOUN' || PARTY_ROLE_NOUNS.has(next.lower);
}

/** Names of government departments beside "Labor" in a list that NON_PARTY_MODIFIERS does not hold. */
const DEPARTMENT_WORDS = new Set(['commerce', 'agriculture', 'transportation', 'veterans', 'homeland', 'housing']);

function canBeContextParty(phrase: string, doc: ArticleDoc): boolean {
  const l = low(phrase);
  if (isAcronym(phrase)) {
    return !NON_PARTY_ACRONYMS.has(l) && !doc.otherAcronyms.has(acronymKey(phrase));
  }
  const words = l.split(/\s+/);
  if (words.some((w) => NON_NAME_WORDS.has(w) || NON_PARTY_MODIFIERS.has(w) || ORG_HEADS.has(w))) return false;
  // "U.S. leaders", "GOP VP nominee", "Presumptive GOP nominee": a country, an office or an opener is no party
  if (words.some((w) => NON_PARTY_ACRONYMS.has(w)) || NON_PARTY_OPENERS.has(words[0])) return false;
  // "Cruz-friendly", "Congress-is": a name with a lowercase word hyphened on is a modifier
  if (/-\p{Ll}+$/u.test(phrase)) return false;
  // "Clinton-Kaine ticket", "Walker/Cruz", "Mexican-American", "Mid-Atlantic": two capitalised words joined
  if (/\p{Lu}\p{Ll}+[-/]\p{Lu}\p{Ll}/u.test(phrase)) return false;
  if (isPlace(l) || NON_PARTY_GROUPS.has(l)) return false;
  // "GOP Israel supporters", "Washington GOP leaders": a place inside the phrase
  if (words.length > 1 && words.some((w) => isPlace(w))) return false;
  // "Minority voters", "Legislative leaders", "'Leave' supporters": a word the article also writes in lowercase
  if (words.length === 1 && !IDEOLOGY_PARTY_WORDS.has(l) && doc.lowercaseWords().has(l)) return false;
  // "Libyan leader X": a nationality, not a party
  if (words.length === 1 && DEMONYM_SHAPE.test(phrase) && !PARTY_HEADS.has(l) && !IDEOLOGY_PARTY_WORDS.has(l))
    return false;
  return true;
}

/** A capitalised word followed (maybe after "'s") by a party role noun: "Likud leader", "PPP's leadership". */
function inRoleContext(doc: ArticleDoc, c: NameChunk, roles: Set<string> = PARTY_ROLE_NOUNS): boolean {
  const rest = doc.text.slice(c.end, c.end + 40);
  const m = /^(['’]s?)?\s+([\p{Ll}-]+)/u.exec(rest);
  // "Centerview's primary challenge": after a possessive, "primary" is an adjective
  if (m && m[1] && m[2] === 'primary') return false;
  return !!m && roles.has(m[2]);
}

/** Roles only a party has: the word before them is a party even when it is not an acronym. */
const STRONG_PARTY_ROLES = new Set(
  'leader leaders leadership mp mps mep meps mna mnas mpa mpas mla mlas msp msps candidate candidates lawmaker lawmakers legislator legislators manifesto activists activist voters supporters councillor councillors peer peers backbencher backbenchers frontbencher frontbenchers whip whips nominee nominees primary primaries ticket'.split(
    ' ',
  ),
);

const PARTY_NOUN = new Set(['party']);

/** Offices a company, a union or an agency is named with as often as a party ("L2 president", "HP's co-founder"). */
const BODY_ROLES = new Set('president vice-president founder co-founder'.split(' '));

/** Words of party politics: one in the sentence makes "XYZ chief" a party's office rather than a company's. */
const POLITICAL_WORDS =
  /\b(?:party|parties|election|elections|elected|polls?|votes?|voters|vot(?:ed|ing)|seats?|coalition|opposition|campaign|candidates?|nominee|mps?|lawmakers?|legislators?|parliament|parliamentary|assembly|senate|congress|ticket|rally|manifesto|ruling|government|minister|ministers|senator|constituency|ballot)\b/i;

function politicalSentence(doc: ArticleDoc, c: NameChunk): boolean {
  const s = doc.sentences[c.sentence];
  return !!s && POLITICAL_WORDS.test(doc.text.slice(s.start, s.end));
}

/** Roles a party's members have and a person's followers do not: "X MPs" is a party, "X supporters" may be a person's. */
const MEMBER_ONLY_ROLES = new Set(
  'mps meps mnas mpas mlas msps lawmakers legislators peers councillors councilors backbenchers frontbenchers whips manifesto'.split(
    ' ',
  ),
);

function inPartyContext(doc: ArticleDoc, c: NameChunk, found: PartyCollector): boolean {
  if (c.suffix && ['led', 'backed', 'allied', 'ruled', 'run', 'dominated', 'controlled'].includes(c.suffix)) {
    return true;
  }
  if (c.prefix && ['pro', 'anti', 'ex'].includes(c.prefix) && isAcronym(c.words[0].text)) return true;
  // a party role noun follows ("PTI leader"); a plain capitalised word needs a role only parties have
  // ("Likud lawmakers", not "Ofsted chief")
  // ("Syriza leader", "the Syriza party"); a single word before a role a person's followers share needs more
  // ("Stein voters", "a Trump ticket")
  if (inRoleContext(doc, c)) {
    // "HP's co-founder", "L2 president": an office any body has needs a word of party politics nearby
    if (isAcronym(c.words[0].text)) return !inRoleContext(doc, c, BODY_ROLES) || politicalSentence(doc, c);
    if (c.words.length === 1 && inRoleContext(doc, c, FOLLOWER_ROLES)) return false;
    // "the Syriza party", but not "a Eurosceptic party" or "the Donner party" of a person
    const adjective = /(?:ic|ist|al|ive|ous|an|ese|ish)$/.test(low(c.words[0].text));
    return (
      inRoleContext(doc, c, STRONG_PARTY_ROLES) ||
      (c.words.length === 1 && !adjective && inRoleContext(doc, c, PARTY_NOUN))
    );
  }
  const before = doc.text.slice(Math.max(0, c.start - 30), c.start);
  if (
    /\b(?:joined|join|joining|quit|left|defected to|member of|members of|leader of|chief of|ticket of|supported|backed|allied with|alliance with|coalition with)\s+(?:the\s+)?$/i.test(
      before,
    )
  ) {
    return isAcronym(c.words[0].text);
  }
  // coordinated with a known party: "PPP and PML-N", "PPP, PML-N"
  const after = doc.text.slice(c.end, c.end + 60);
  // ("the PD and the 5-Star Movement": the party after may be a name of several words, opening with a number)
  const coordAfter =
    /^(?:['’]s?)?\s*(?:,|and|&|or)\s*(?:the\s+)?([\p{Lu}\p{N}][\p{L}\p{N}\-()/]*(?:[ \t]+\(?\p{Lu}[\p{L}\p{N}\-()/]*){0,3})/u.exec(
      after,
    );
  const coordBefore = /([\p{Lu}][\p{L}\p{N}\-()/]*)(?:['’]s?)?\s*(?:,|and|&|or)\s*(?:the\s+)?$/u.exec(before);
  const isKnown = (s: string | undefined) => {
    if (!s) return false;
    const words = s.split(/[ \t]+/);
    for (let n = words.length; n >= 1; n--) if (found.has(words.slice(0, n).join(' '))) return true;
    return false;
  };
  return isAcronym(c.words[0].text) && (isKnown(coordAfter?.[1]) || isKnown(coordBefore?.[1]));
}

/** Whether a word names a body that is not a party ("Commission", "Bank") or a sport ("Football"). */
function isOrgWord(w: string): boolean {
  return (ORG_HEADS.has(w) && !PARTY_HEADS.has(w)) || NON_PARTY_NAME_WORDS.has(w);
}

/** A people's adjective after "Bloc" opening a name ("Bloc Québécois", "Bloc Flamand"), not an English noun. */
const BLOC_PEOPLE = /^\p{L}+(?:ois|ais|and|an|ano|ese|ish|ic|ien)$/u;

/** Words that may follow a weak head opening a name: "Union of ...", "Front for ...", "Ligue des ...". */
const WEAK_HEAD_FOLLOWERS = /^(?:of|for|de|des|du|del|della|di|per|pour|por|para|und|für)$/;

/**
 * Whether a chunk can hold a party's name at all: not a shouted headline ("PARTY GOES ON"), not the tail of a
 * hyphened word ("Pro-Life Alliance", "5-Star Movement", "Non-European Union"), not a union of a trade ("National
 * Union of Students"), not the end of a longer name joined by "and" ("Justice and Development Party").
 */
function canHoldPartyName(doc: ArticleDoc, c: NameChunk): boolean {
  if (c.words.length >= 2 && c.words.some((w) => PARTY_HEADS.has(low(w.text)) && /^\p{Lu}{3,}$/u.test(w.text)))
    return false;
  const before = doc.text.slice(Math.max(0, c.start - 30), c.start);
  if (/[\p{Lu}\p{N}][\p{L}\p{N}]*-$/u.test(before) || /^(?:Non|Pro|Anti)-/u.test(c.words[0].text)) return false;
  // "Traveller Law | Reform Coalition": the chunk was cut after a body's head word, and continues its name
  const prev = /(\p{Lu}[\p{L}'’]*)[ \t]+$/u.exec(before);
  if (prev && isOrgWord(low(prev[1]))) return false;
  const lastWord = low(c.words[c.words.length - 1].text);
  if (WEAK_HEADS.has(lastWord)) {
    const of = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’]+)/u.exec(doc.text.slice(c.end, c.end + 40));
    if (of && isOrgWord(low(of[1]))) return false;
  }
  if (/\p{Lu}[\p{L}'’-]*\s+(?:and|&)\s+$/u.test(before) && c.words.length === 2) {
    const first = low(c.words[0].text);
    if (!PARTY_HEADS.has(first) && !IDEOLOGY_PARTY_WORDS.has(first) && !isPlace(first) && !isAcronym(c.words[0].text))
      return false;
  }
  return true;
}

/** Words of people's names: `titled` behind an honorific or office ("Mr Kilroy-Silk"), `given` opening a full name. */
interface PersonNameWords {
  titled: Set<string>;
  given: Set<string>;
}

function personNameWords(chunks: NameChunk[], split: Map<NameChunk, NameParts>): PersonNameWords {
  const titled = new Set<string>();
  const given = new Set<string>();
  const full: string[][] = [];
  for (const c of chunks) {
    const parts = split.get(c)!;
    if (parts.rest.length === 0 || parts.rest.length > 3) continue;
    if (parts.rest.some((w) => isAcronym(w.text))) continue;
    // (a loop, not `map`: see join-text.ts on the arrays V8's optimised `map` makes)
    const rest: string[] = [];
    for (const w of parts.rest) rest.push(low(w.text));
    if (
      rest.some((w) => PARTY_HEADS.has(w) || ORG_HEADS.has(w) || IDEOLOGY_PARTY_WORDS.has(w) || NON_NAME_WORDS.has(w))
    )
      continue;
    if (parts.honorifics.length + parts.offices.length > 0) for (const w of rest) titled.add(w);
    if (rest.length >= 2 && !isPlace(rest.join(' '))) full.push(rest);
  }
  for (const rest of full) {
    given.add(rest[0]);
    if (titled.has(rest[rest.length - 1])) for (const w of rest) titled.add(w);
  }
  return { titled, given };
}

/** "the Robert Kilroy-Silk Party" with "Mr Kilroy-Silk" elsewhere: a person's name with a party word, in mockery. */
function namedAfterPerson(phrase: string, people: PersonNameWords): boolean {
  const words = low(phrase)
    .replace(/^the\s+/, '')
    .split(/\s+/)
    .filter((w) => !PARTY_HEADS.has(w) && w !== 'of');
  return words.length > 0 && words.every((w) => people.titled.has(w));
}

/** "the PCS union", "the data firm L2", "campaigners HACAN": an acronym a company's or a union's noun stands by. */
function markOrganisationAcronyms(doc: ArticleDoc, chunks: NameChunk[]): void {
  for (const c of chunks) {
    if (c.words.length !== 1 || !isAcronym(c.words[0].text)) continue;
    const before = /(\p{Ll}+)\s+$/u.exec(doc.text.slice(Math.max(0, c.start - 20), c.start));
    const after = /^(?:['’]s?)?\s+(\p{Ll}+)/u.exec(doc.text.slice(c.end, c.end + 20));
    if ((before && ORG_NOUNS.has(before[1])) || (after && ORG_NOUNS.has(after[1])))
      doc.otherAcronyms.add(acronymKey(c.words[0].text));
  }
}

/** "New Hampshire voters" read from "Hampshire", "District of Columbia primary": the chunk ends a place's name. */
function partOfPlace(doc: ArticleDoc, c: NameChunk): boolean {
  const before = /(\p{Lu}[\p{L}.'’-]*(?:\s+of)?)\s+$/u.exec(doc.text.slice(Math.max(0, c.start - 30), c.start));
  return !!before && isPlace(`${before[1]} ${joinText(c.words)}`);
}

/** Whether `acronym` is made of the initials of `name` without its last word, a head word ("Services Union"). */
function initialsBeforeHead(acronym: string, name: string): boolean {
  const words = name.split(/\s+/);
  const last = low(words[words.length - 1]);
  return (
    words.length > 2 &&
    (PARTY_HEADS.has(last) || ORG_HEADS.has(last)) &&
    isAcronymOf(acronym, words.slice(0, -1).join(' '))
  );
}

/** The longest tail of a chunk's words that `matches` the acronym. */
function tailMatching(words: string[], acronym: string, matches: (a: string, n: string) => boolean): string | null {
  for (let i = 0; i < words.length; i++)
    if (matches(acronym, words.slice(i).join(' '))) return words.slice(i).join(' ');
  return null;
}

/** "The Union Solidarity and Development Party (USDP)": an acronym's name running back over lowercase joining words. */
function nameBeforeJoiners(
  doc: ArticleDoc,
  c: NameChunk,
  acronym: string,
  matches: (a: string, n: string) => boolean,
): string | null {
  // within the sentence: "... on Sunday. The Renewal for Ostland (RfO)" starts at "The"
  const from = Math.max(0, c.start - 80, doc.sentences[c.sentence]?.start ?? 0);
  const before = doc.text.slice(from, c.start);
  const m = /(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+(?:(?:of|for|and|the|on|in|&|de|du|des|del|della|di)\s+){0,2}){1,6}$/u.exec(
    before,
  );
  if (!m || !/\s\p{Ll}+\s/u.test(m[0])) return null;
  const words = `${m[0]}${joinText(c.words)}`.split(/\s+/).filter(Boolean);
  // (not past a possessor: "President X's Justice and Development Party (AKP)" is the party of X)
  const lead = m[0].split(/\s+/).filter(Boolean).length;
  const possessor = words.slice(0, lead).findLastIndex((w) => /\p{Ll}['’]s$/u.test(w));
  for (let i = possessor + 1; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i])) continue;
    const tail = words.slice(i).join(' ');
    if (matches(acronym, tail)) return tail;
  }
  return null;
}

/** Collects party spellings into article-local entities, joining a name with its acronym and abbreviations. */
class PartyCollector {
  constructor(private readonly doc: ArticleDoc) {}

  has(surface: string): boolean {
    return this.lookup(surface) !== null;
  }

  lookup(surface: string): string | null {
    if (isAcronym(surface)) {
      const k = this.doc.partyAcronyms.get(acronymKey(surface));
      if (k) return k;
    }
    return this.doc.partyNames.get(partyKey(surface)) ?? null;
  }

  add(name: string, acronym: string | null, aliases: string[], kind: 'party' | 'alliance'): void {
    const doc = this.doc;
    const surface = clean(name).replace(/^the\s+/i, '');
    let key = this.lookup(surface) ?? (acronym ? this.lookup(acronym) : null);
    for (const a of aliases) key ??= this.lookup(a);
    let entity = key ? doc.entities.get(key) : undefined;
    if (!entity) {
      key = partyId(partyKey(acronym && isAcronym(surface) ? acronym : surface));
      entity = {
        key,
        label: 'Party',
        name: surface,
        aliases: new Set(),
        titles: new Set(),
        acronym: null,
        partyKind: kind,
        gender: null,
        firstMention: null,
      };
      doc.entities.set(key, entity);
    }
    const e = entity;
    const addSurface = (s: string) => {
      const c = clean(s).replace(/^the\s+/i, '');
      e.aliases.add(c);
      if (isAcronym(c)) {
        doc.partyAcronyms.set(acronymKey(c), e.key);
        e.acronym ??= c;
      } else doc.partyNames.set(partyKey(c), e.key);
    };
    addSurface(surface);
    if (acronym) addSurface(acronym);
    for (const a of aliases) addSurface(a);
    // the preferred name: a full name over an acronym, a longer name over a shorter one
    if (isAcronym(e.name) && !isAcronym(surface)) e.name = surface;
    else if (!isAcronym(surface) && surface.split(' ').length > e.name.split(' ').length && !isAcronym(e.name)) {
      if (partyKey(surface) !== partyKey(e.name)) e.name = surface;
    }
    if (kind === 'alliance') e.partyKind = 'alliance';
  }

  /** Folds the party `from` into the party `into`: its spellings point at `into` from now on. */
  merge(into: string, from: string): void {
    const a = this.doc.entities.get(into);
    const b = this.doc.entities.get(from);
    if (!a || !b || a === b) return;
    for (const alias of b.aliases) {
      a.aliases.add(alias);
      if (isAcronym(alias)) {
        this.doc.partyAcronyms.set(acronymKey(alias), a.key);
        a.acronym ??= alias;
      } else this.doc.partyNames.set(partyKey(alias), a.key);
    }
    if (b.partyKind === 'alliance') a.partyKind = 'alliance';
    this.doc.entities.delete(from);
  }

  /** "Lib Dem" and "Liberal Democrat" in one article are one party. */
  linkAbbreviations(): void {
    const parties = [...this.doc.entities.values()].filter((e) => e.label === 'Party');
    for (const short of parties) {
      for (const long of parties) {
        if (short === long || !this.doc.entities.has(short.key)) continue;
        if (abbreviates(short.name, long.name) || truncates(short.name, long.name) || endsWith(short.name, long.name)) {
          for (const a of short.aliases) {
            long.aliases.add(a);
            if (isAcronym(a)) this.doc.partyAcronyms.set(acronymKey(a), long.key);
            else this.doc.partyNames.set(partyKey(a), long.key);
          }
          this.doc.entities.delete(short.key);
        }
      }
    }
  }
}

/** "AfD", "PiS": a short mixed-case acronym (capitals with one or two lowercase letters inside). */
function isMixedAcronym(s: string): boolean {
  return (
    /^\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){1,5}$/u.test(s) && /\p{Ll}/u.test(s) && (s.match(/\p{Lu}/gu) ?? []).length >= 2
  );
}

/**
 * Whether at least half of an acronym's letters, its first among them, are initials or capitals of the name's
 * words: "PNV" of "Basque Nationalist Party", "SPD" of "Social Democrats", "PTI-P" of "Pakistan Tehreek-e-Pakistan".
 */
function sharesLetters(acronym: string, name: string): boolean {
  const letters = [...acronymKey(acronym)];
  const pool: string[] = [];
  for (const w of clean(name)
    .split(/[\s\-/]+/)
    .filter(Boolean)) {
    pool.push(w[0].toUpperCase());
    for (const ch of w.slice(1)) if (/\p{Lu}/u.test(ch)) pool.push(ch);
  }
  if (!pool.includes(letters[0])) return false;
  let hits = 0;
  for (const l of letters) {
    const i = pool.indexOf(l);
    if (i >= 0) {
      hits++;
      pool.splice(i, 1);
    }
  }
  return hits * 2 >= letters.length;
}

/**
 * A name defined with an acronym whose initials it makes, read as a party: a party name, or one the definition
 * vouches for: all party head words ("Janata Union (JU)"), an opener that is part of it ("All Nigeria Congress
 * (ANC)"), or an ideology word with a plural of partisans ("Labour Progressives (LP)").
 */
function isDefinedPartyName(name: string): boolean {
  if (isPartyName(name)) return true;
  const words = low(name)
    .split(/[\s-]+/)
    .filter(Boolean);
  if (words.length < 2 || words.some((w) => isOrgWord(w)) || NOT_PARTIES.has(words.join(' '))) return false;
  const head = (w: string) => PARTY_HEADS.has(w.replace(/'s?$/, ''));
  if (words.every(head) && new Set(words).size > 1) return true;
  if (NON_PARTY_OPENERS.has(words[0]) && words.length >= 3 && words.slice(1).some(head)) return true;
  // "African Democratic Congress (ADC)": three words or more before "Congress" name no legislature
  if (
    words.length >= 3 &&
    words[words.length - 1] === 'congress' &&
    !words.every((w) => PARTY_HEADS.has(w) || isPlace(w))
  )
    return true;
  return IDEOLOGY_PARTY_WORDS.has(words[0]) && /(?:ives|ists|als|ans|crats|ots)$/.test(words[words.length - 1]);
}

/** Roles after a mixed-case acronym that make it a party ("AfD co-leader", "PiS lawmakers"). */
const MIXED_ACRONYM_ROLES =
  /^(?:['’]s)?\s+(?:co-leaders?|leaders?|leadership|lawmakers|legislators|mps|meps|candidates?|manifesto|voters|politicians?|members|chairman|chairwoman|spokesman|spokeswoman|spokesperson|party)\b/iu;

/** "the Alternative for Germany (AfD)" with "AfD co-leader X" elsewhere: the name and its acronym are one party. */
function definedMixed(doc: ArticleDoc, c: NameChunk, acronym: string, found: PartyCollector): void {
  if (NON_PARTY_ACRONYMS.has(low(acronym))) return;
  let usedAsParty = false;
  for (let at = doc.text.indexOf(acronym); at >= 0 && !usedAsParty; at = doc.text.indexOf(acronym, at + 1)) {
    const before = at > 0 ? doc.text[at - 1] : ' ';
    if (/[\p{L}\p{N}(]/u.test(before)) continue;
    usedAsParty = MIXED_ACRONYM_ROLES.test(doc.text.slice(at + acronym.length, at + acronym.length + 30));
  }
  if (!usedAsParty) return;
  const words = c.words.map((w) => w.text);
  const name =
    nameBeforeJoiners(doc, c, acronym, sharesLetters) ??
    tailMatching(words, acronym, (a, n) => sharesLetters(a, n) && !low(n).split(/\s+/).some(isOrgWord));
  if (name && !low(name).split(/\s+/).some(isOrgWord)) found.add(name, null, [acronym], kindOf(name));
}

/** A day or month ("the ruling Monday"), "May" included here: a cued name is never the month's. */
function isCalendarWord(w: string): boolean {
  return CALENDAR_NAMES.has(w) || w === 'may' || OCCASIONS.has(w);
}

/** Feasts and occasions a party is thrown for ("a Christmas party"), not a political party's names. */
const OCCASIONS = new Set(
  'christmas easter halloween thanksgiving diwali eid hanukkah birthday valentine valentines hogmanay'.split(' '),
);

/** What follows a person's name and not a party's: ", who", an age (", 45,"), or a role (", legal director of"). */
const PERSON_APPOSITION = new RegExp(
  String.raw`^,\s+(?:who\b|\d{1,3},|(?:(?:the|a|an|its|his|her)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:${[...ROLE_NOUNS, ...PROFESSION_NOUNS, 'director', 'head', 'founder', 'chief'].join('|')})\b)`,
  'u',
);

/** A party cue before a chunk: "the ruling ", "Spain's governing " (the owner in group 1, the cue word in group 2). */
const CUE_BEFORE = /(?:\bthe|(\p{Lu}[\p{L}.]*)['’]s)[ \t]+([\p{L}-]+)[ \t]+$/iu;

/** CUE_BEFORE with "main" before the cue word: "the main opposition ". */
const CUE_AFTER_MAIN = /(?:\bthe|(\p{Lu}[\p{L}.]*)['’]s)[ \t]+main[ \t]+([\p{L}-]+)[ \t]+$/iu;

const isBlank = (ch: number) => ch === 32 || ch === 9;

/**
 * The last two blank-separated tokens of text[from, to) when it ends with blanks: `opener` where the one before the
 * last starts, and the last from `word` to `end`. A match of CUE_BEFORE can only start at `opener` or after it:
 * it holds no blank but its two blank runs, and a blank before `opener` is no word character for its \b.
 */
function lastTwoTokens(text: string, from: number, to: number): { opener: number; word: number; end: number } | null {
  let i = to;
  while (i > from && isBlank(text.charCodeAt(i - 1))) i--;
  if (i === to || i === from) return null;
  const end = i;
  while (i > from && !isBlank(text.charCodeAt(i - 1))) i--;
  const word = i;
  while (i > from && isBlank(text.charCodeAt(i - 1))) i--;
  if (i === word || i === from) return null;
  while (i > from && !isBlank(text.charCodeAt(i - 1))) i--;
  return { opener: i, word, end };
}

/** ", or CHP," / ", or CHP.": an acronym defined by the wire services' ", or" (set off by a comma or a stop). */
const OR_DEFINITION = /^,[ \t]+or[ \t]+(\p{Lu}[\p{Lu}\p{N}]{1,7}(?:-\p{Lu}+)?)(?=[,.;:][ \t\n]|[,.;:]?$)/u;

/** Whether a definition's text names its acronym outright: "(CHP)" right after the name, or ", or CHP,". */
function explicitDefinition(def: string): boolean {
  // (a bracket's match starts with the blanks before it)
  return /^(?:\s*\(|,[ \t]+or[ \t])/.test(def);
}

/** A string matched literally inside a regular expression ("JD(U)"). */
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the article uses an acronym before `at`: a definition is its first use ("SNP ... the Labour Party, or SNP"). */
function usedBefore(doc: ArticleDoc, acronym: string, at: number): boolean {
  const first = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(acronym)}(?![\p{L}\p{N}])`, 'u').exec(doc.text);
  return !!first && first.index < at;
}

/** Whether a name holds a head word that makes a party by itself ("Party", "Sena"), not a weak one ("Union"). */
function hasStrongHead(name: string): boolean {
  return low(name)
    .split(/[\s-]+/)
    .some((w) => isHead(w) && !WEAK_HEADS.has(w) && !IDEOLOGY_PARTY_WORDS.has(w));
}

/** Whether a name's lowercase words are all "and" ("Justice and Development Party", not "Ana Ruiz of the X Party"). */
function joinedByAnd(name: string): boolean {
  return name.split(/\s+/).every((w) => !/^\p{Ll}/u.test(w) || w === 'and');
}

/** Whether a name holds a party head word of any strength ("Party", "Union"), an ideology plural not counted. */
function hasPartyHead(name: string): boolean {
  return low(name)
    .split(/[\s-]+/)
    .some((w) => isHead(w) && !IDEOLOGY_PARTY_WORDS.has(w));
}

/** Whether a "(" comes within `span` characters of `at` (the definitions' patterns all need one). */
function bracketWithin(text: string, at: number, span: number): boolean {
  const p = text.indexOf('(', at);
  return p >= 0 && p < at + span;
}

/** Lowercase party heads that name the party after them: "the opposition party Tisza", "the alliance Sumar", and a
 * coalition's partner ("its junior coalition partner X"). */
const HEAD_CUE_WORDS = new Set(['party', 'alliance', 'coalition', 'partner']);
const HEAD_CUE_BEFORE =
  /(?:\bthe[ \t]+(?:[\p{L}-]+[ \t]+){0,3}(?:party|alliance|coalition)|\b(?:the|its|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}(?:coalition|junior|senior|governing|ruling)[ \t]+partner)[ \t]+$/iu;

/** Lowercase heads of an alliance named by the word before them: "the INDIA bloc", "the Labour-Green bloc" (not a
 * "GOP front-runner"). */
const BLOC_AFTER = /^[ \t]+(bloc|alliance|coalition|front)\b(?!-)/u;

/**
 * Parties named by a cue before them: "the ruling X", "the far-right X", "the centrist X (ACR)", and alliances
 * named by an acronym or by joined party names before a lowercase bloc word ("the opposition INDIA bloc", "the
 * Labour-Green bloc"). Outlets, bodies, places, offices and people's names are left alone.
 */
function findCuedParties(
  doc: ArticleDoc,
  chunks: NameChunk[],
  found: PartyCollector,
  surnames: Set<string>,
  people: PersonNameWords,
  split: Map<NameChunk, NameParts>,
): void {
  // the one-word chunks, lowered: made when a cued chunk first asks
  let standalone: Set<string> | null = null;
  const standaloneWords = () =>
    (standalone ??= new Set(chunks.filter((c) => c.words.length === 1).map((c) => low(c.words[0].text))));
  for (const c of chunks) {
    if (c.prefix || c.suffix) continue;
    const bloc = c.words.length === 1 ? BLOC_AFTER.exec(doc.text.slice(c.end, c.end + 20)) : null;
    // the word a cue would be: a chunk with no bloc word after it and no cue word before it is left as it is
    const from = Math.max(0, c.start - 40);
    const tokens = lastTwoTokens(doc.text, from, c.start);
    const lastWord = tokens ? low(doc.text.slice(tokens.word, tokens.end)) : '';
    if (!bloc && (!tokens || c.titleCase || !(PARTY_CUE_WORDS.has(lastWord) || HEAD_CUE_WORDS.has(lastWord)))) continue;
    const phrase = joinText(c.words);
    if (found.has(phrase) || opensFoundName(doc, c, /^[ \t]+(?:of|for|and)[ \t]/)) continue;
    const before = doc.text.slice(from, c.start);
    // "the ruling X", "Spain's governing X" (a place's), not "Labour's ruling NEC" (a party's own body)
    // (run from the token before the cue word: no match starts earlier, and the backtracking stays short)
    // ("Taiwan's main opposition X": "main" between them)
    const cue = tokens
      ? (CUE_BEFORE.exec(doc.text.slice(tokens.opener, c.start)) ??
        (low(doc.text.slice(tokens.opener, tokens.word - 1).trim()) === 'main' ? CUE_AFTER_MAIN.exec(before) : null))
      : null;
    // "the Catalan separatist party Junts", "the leftist alliance Sumar": the kind of body before its name
    // ("the coalition partner Jan Nowak": a partner of two words or more may be a person)
    const head =
      HEAD_CUE_WORDS.has(lastWord) && (lastWord !== 'partner' || c.words.length === 1)
        ? HEAD_CUE_BEFORE.exec(before)
        : null;
    const cueWord = head ? 'ruling' : cue && (!cue[1] || isPlace(cue[1])) ? low(cue[2]) : null;
    const words = low(phrase).split(/\s+/);
    // alliances: "the opposition INDIA bloc", "The Labour-Green bloc"
    if (bloc && /\bthe[ \t]+(?:[\p{L}-]+[ \t]+)?$/iu.test(before)) {
      const parts = phrase.split('-');
      const joined =
        parts.length >= 2 &&
        parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p) && (IDEOLOGY_PARTY_WORDS.has(low(p)) || found.has(p)));
      // ("said the INDIA bloc would ...": without a cue, a party named in its sentence makes it a bloc of parties,
      // not one of states)
      const acronym =
        isAcronym(phrase) &&
        !NON_PARTY_ACRONYMS.has(low(phrase)) &&
        !doc.otherAcronyms.has(acronymKey(phrase)) &&
        (cueWord === 'opposition' || cueWord === 'ruling' || cueWord === 'governing' || namesParty(doc, c));
      // "the ruling Mahayuti alliance": one capitalised word, after a ruling or opposition cue
      // ("the ruling Likud coalition" with "Likud lawmakers" elsewhere is a party's coalition, not an alliance's name)
      const single =
        !joined &&
        !acronym &&
        (cueWord === 'opposition' || cueWord === 'ruling' || cueWord === 'governing') &&
        /^\p{Lu}\p{Ll}{2,}$/u.test(phrase) &&
        plainName(words[0], phrase, surnames, people) &&
        !partyRoleElsewhere(doc, phrase);
      if (joined || acronym || single) {
        found.add(`${phrase} ${bloc[1]}`, acronym ? phrase : null, acronym ? [] : [phrase], 'alliance');
        continue;
      }
    }
    if (!cueWord || !PARTY_CUE_WORDS.has(cueWord) || c.titleCase) continue;
    // "the populist President X", "the ruling Mr X": an office or an honorific makes a person
    const parts = split.get(c)!;
    if (parts.honorifics.length + parts.offices.length > 0) continue;
    // "the centrist Ostria 2050": a name with a number after it (a place's name among them) is a party's
    const number = numberAfter(doc, c);
    if (number) {
      if (!words.some((w) => isOrgWord(w) || isCalendarWord(w) || people.titled.has(w)) && !found.has(phrase))
        found.add(`${phrase} ${number}`, null, [], 'party');
      continue;
    }
    if (words.some((w) => isOrgWord(w) || NON_PARTY_ACRONYMS.has(w)) || NON_PARTY_MODIFIERS.has(words[0])) continue;
    if (NON_PARTY_GROUPS.has(words.join(' ')) || (words.length <= 2 && isPlace(words.join(' ')))) continue;
    if (words.length === 1 && DEMONYM_SHAPE.test(phrase) && !isAcronym(phrase)) continue;
    if (isAcronym(phrase) && doc.otherAcronyms.has(acronymKey(phrase))) continue;
    // "she celebrated the ruling Monday": a day or a common word
    if ((words.length === 1 && NON_NAME_WORDS.has(words[0])) || isCalendarWord(words[0])) continue;
    // "the populist Viktor Halasz ... Halasz said", "After the ruling Ana Ruiz, legal director of ...": a person
    if (PERSON_APPOSITION.test(doc.text.slice(c.end, c.end + 60))) continue;
    const last = words[words.length - 1];
    if (people.titled.has(last)) continue;
    if (
      words.length === 1
        ? surnames.has(last) || people.given.has(last)
        : standaloneWords().has(last) && !PARTY_HEADS.has(last)
    )
      continue;
    // "the ruling Saud family", "the left-wing Clarion newspaper": a name modifying a noun after it
    const def = /^\s*\(([^()\s]{2,12})\)/u.exec(doc.text.slice(c.end, c.end + 20));
    const afterAt = c.end + (def ? def[0].length : 0);
    const next = doc.tokens[doc.tokenAt(afterAt)];
    if (next && next.pos === 'NOUN' && !PARTY_ROLE_NOUNS.has(next.lower) && !PARTY_HEADS.has(next.lower)) continue;
    const acronym = def && isAcronym(def[1]) && !NON_PARTY_ACRONYMS.has(low(def[1])) ? def[1] : null;
    if (acronym) doc.otherAcronyms.delete(acronymKey(acronym));
    // ("the leftist X Y coalition": an alliance by the word after it)
    // ("the ruling X coalition" with "X lawmakers" elsewhere is a party's coalition)
    const kind =
      next && ALLIANCE_HEADS.has(next.lower) && !partyRoleElsewhere(doc, phrase) ? 'alliance' : kindOf(phrase);
    found.add(phrase, isAcronym(phrase) ? phrase : acronym, [], kind);
  }
}

/** Whether a chunk's sentence names a party the article has found (by one of its spellings, as a whole word). */
function namesParty(doc: ArticleDoc, c: NameChunk): boolean {
  const s = doc.sentences[c.sentence];
  if (!s) return false;
  const text = doc.text.slice(s.start, s.end);
  for (const e of doc.entities.values()) {
    if (e.label !== 'Party') continue;
    for (const a of e.aliases) {
      const at = text.indexOf(a);
      if (at < 0 || at === c.start - s.start) continue;
      const edge = (ch: string | undefined) => !ch || !/[\p{L}\p{N}]/u.test(ch);
      if (edge(text[at - 1]) && edge(text[at + a.length])) return true;
    }
  }
  return false;
}

/** Roles after a name that make "the X movement" a party's: a party's rival or ally, its leaders, its lawmakers. */
const MOVEMENT_PARTY_ROLES = new Set(['rival', 'rivals', 'ally', 'allies', 'leader', 'leaders', ...MEMBER_ONLY_ROLES]);

/** ", X's rival,": an apposition calling the name before it a rival or an ally of X (X in group 1). */
const RIVAL_APPOSITION =
  /^,[ \t]+(\p{Lu}[\p{L}-]*)['’]s[ \t]+(?:(?:main|chief|bitter|old|long-time|longtime|former)[ \t]+)?(?:arch-?)?(?:rival|ally)s?,/u;

/**
 * "the X movement" with "X's rival" or "X leaders" elsewhere: one word named with a movement and a party's role (a
 * movement without one is a campaign's: "the Y movement" of protests); then "Z, X's rival," of such a party.
 */
function findMovements(
  doc: ArticleDoc,
  chunks: NameChunk[],
  found: PartyCollector,
  surnames: Set<string>,
  people: PersonNameWords,
): void {
  const plain = (c: NameChunk) => {
    if (c.words.length !== 1 || c.prefix || c.suffix || c.titleCase) return false;
    const word = c.words[0].text;
    return !isAcronym(word) && plainName(low(word), word, surnames, people) && !doc.lowercaseWords().has(low(word));
  };
  for (const c of chunks) {
    if (!/^[ \t]+movement\b/.test(doc.text.slice(c.end, c.end + 10)) || !plain(c)) continue;
    if (!/\bthe[ \t]+$/i.test(doc.text.slice(Math.max(0, c.start - 5), c.start))) continue;
    const word = c.words[0].text;
    if (found.has(word)) continue;
    const role = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(word)}(?:['’]s)?[ \t]+(\p{Ll}+)`, 'gu');
    for (const m of doc.text.matchAll(role)) {
      if (!MOVEMENT_PARTY_ROLES.has(m[1])) continue;
      found.add(word, null, [], 'party');
      break;
    }
  }
  for (const c of chunks) {
    if (codeAt(doc.text, c.end) !== 44) continue;
    // (the pattern first: most chunks before a comma have no apposition after them)
    const m = RIVAL_APPOSITION.exec(doc.text.slice(c.end, c.end + 50));
    if (m && found.has(m[1]) && plain(c) && !found.has(c.words[0].text)) found.add(c.words[0].text, null, [], 'party');
  }
}

/** A pair of acronyms joined by a slash: "XYZ/XYC" (the two in groups 1 and 2). */
const SLASH_PAIR = /^(\p{Lu}{2,6})\/(\p{Lu}{2,6})$/u;

/**
 * "Kowal's conservative XYZ/XYC bloc", "XYZ/XYC leader X": two acronyms joined by a slash before a bloc word, a role
 * only a party has or "-led" are one party (a union of two sister parties), and each acronym alone names it too ("the
 * XYZ headquarters").
 */
function findSlashPairs(doc: ArticleDoc, chunks: NameChunk[], found: PartyCollector): void {
  for (const c of chunks) {
    if (c.words.length !== 1 || c.prefix) continue;
    const phrase = c.words[0].text;
    const m = SLASH_PAIR.exec(phrase);
    if (!m || found.has(phrase)) continue;
    const pair = [m[1], m[2]];
    if (pair.some((a) => NON_PARTY_ACRONYMS.has(low(a)) || doc.otherAcronyms.has(acronymKey(a)))) continue;
    const led = !!c.suffix && ['led', 'backed', 'ruled', 'allied'].includes(c.suffix);
    const bloc = !c.suffix && BLOC_AFTER.exec(doc.text.slice(c.end, c.end + 20));
    if (!led && !bloc && (c.suffix || !inRoleContext(doc, c, STRONG_PARTY_ROLES))) continue;
    found.add(phrase, null, pair, bloc ? 'alliance' : 'party');
  }
}

/**
 * "governed with KO and The Left": a party word after a capitalised "The" inside a sentence (at its start, "The" is
 * capitalised whatever follows).
 */
function findCapitalTheNames(doc: ArticleDoc, chunks: NameChunk[], found: PartyCollector): void {
  for (const c of chunks) {
    if (c.titleCase || c.prefix || c.suffix || c.words.length !== 1) continue;
    if (!THE_PARTY_WORDS.has(low(c.words[0].text))) continue;
    const s = doc.sentences[c.sentence];
    const before = doc.text.slice(Math.max(s?.start ?? 0, c.start - 30), c.start);
    if (!/[\p{Ll}\p{N},;][ \t]+The[ \t]+$/u.test(before)) continue;
    found.add(c.words[0].text, null, [], 'party');
  }
}

/** "allied in the European Parliament with Hungary's " before a name (the place in group 1). */
const ALLIED_WITH_PLACE =
  /\b(?:allied|allies|ally|aligned|alliance|partnered)\b[^.;:!?]{0,50}?\bwith[ \t]+(\p{Lu}[\p{L}.]*)['’]s[ \t]+$/u;

/**
 * "The RN is allied in the European Parliament with Hungary's Fidesz": one word after a place's possessive that a
 * party is allied with (not a person's name: "allied with Ostria's Kowal" with "Jan Kowal" elsewhere).
 */
function findAlliedPlaceNames(
  doc: ArticleDoc,
  chunks: NameChunk[],
  found: PartyCollector,
  surnames: Set<string>,
  people: PersonNameWords,
  split: Map<NameChunk, NameParts>,
): void {
  for (const c of chunks) {
    if (c.titleCase || c.prefix || c.suffix || c.words.length !== 1) continue;
    const ch = codeAt(doc.text, c.start - 2);
    if (ch !== 115 || !/['’]/.test(charAt(doc.text, c.start - 3))) continue;
    const m = ALLIED_WITH_PLACE.exec(doc.text.slice(Math.max(0, c.start - 90), c.start));
    if (!m || !isPlace(low(m[1]))) continue;
    const word = c.words[0].text;
    const w = low(word);
    if (found.has(word) || split.get(c)!.honorifics.length + split.get(c)!.offices.length > 0) continue;
    if (surnames.has(w) || people.given.has(w) || people.titled.has(w) || isPlace(w) || DEMONYM_SHAPE.test(word))
      continue;
    if (isOrgWord(w) || NON_NAME_WORDS.has(w) || NON_PARTY_MODIFIERS.has(w) || isCalendarWord(w)) continue;
    if (isAcronym(word) && (NON_PARTY_ACRONYMS.has(w) || doc.otherAcronyms.has(acronymKey(word)))) continue;
    found.add(word, isAcronym(word) ? word : null, [], 'party');
  }
}

/** A year or number written after a name: "Ostria 2050" (the number in group 1). */
const NUMBER_AFTER = /^[ \t]+(\p{N}{2,4})(?![\p{L}\p{N}]|[.,:/-]\p{N})/u;

function numberAfter(doc: ArticleDoc, c: NameChunk): string | null {
  const ch = codeAt(doc.text, c.end + 1);
  if (ch < 48 || ch > 57) return null;
  return NUMBER_AFTER.exec(doc.text.slice(c.end, c.end + 8))?.[1] ?? null;
}

/** Roles after a numbered name that only a party has: "Ostria 2050 leader X", "Ostria 2050 lawmakers". */
const NUMBERED_PARTY_ROLE =
  /^(?:['’]s)?[ \t]+(?:leaders?|co-leaders?|leadership|lawmakers|legislators|mps|meps|candidates?|chairman|chairwoman|spokes(?:man|woman|person))\b|^-(?:led|backed)\b/u;

/** "Ostria 2050 leader X": a name and a number before a role only a party has. */
function findNumberedNames(
  doc: ArticleDoc,
  chunks: NameChunk[],
  found: PartyCollector,
  people: PersonNameWords,
  split: Map<NameChunk, NameParts>,
): void {
  for (const c of chunks) {
    if (c.titleCase || c.prefix || c.suffix || c.words.length > 3) continue;
    const number = numberAfter(doc, c);
    if (!number) continue;
    const after = c.end + (NUMBER_AFTER.exec(doc.text.slice(c.end, c.end + 8))?.[0].length ?? 0);
    if (!NUMBERED_PARTY_ROLE.test(doc.text.slice(after, after + 20))) continue;
    const parts = split.get(c)!;
    if (parts.honorifics.length + parts.offices.length > 0) continue;
    const phrase = joinText(c.words);
    const words = low(phrase).split(/\s+/);
    if (words.some((w) => isOrgWord(w) || isCalendarWord(w) || NON_NAME_WORDS.has(w) || people.titled.has(w))) continue;
    // "A Number 10 spokeswoman": a common word (written in lowercase elsewhere, or tagged a common noun)
    if (words.length === 1 && (doc.lowercaseWords().has(words[0]) || doc.tokens[doc.tokenAt(c.start)]?.pos === 'NOUN'))
      continue;
    found.add(`${phrase} ${number}`, null, [], 'party');
  }
}

/** ", known as X", " party, also known as X": a party's other name after it. */
const KNOWN_AS = /^(?:[ \t]+party)?,?[ \t]+(?:also[ \t]+)?known[ \t]+as[ \t]+$/u;

/**
 * Other names of the article's parties: "the Brazil Union party, known as União Brasil" (the name after "known as"),
 * and "Tehreek" alone for "Tehreek-e-Nijat" (an own-language head opening the one party's hyphened name).
 */
function findOtherNames(doc: ArticleDoc, chunks: NameChunk[], found: PartyCollector): void {
  for (let i = 0; i + 1 < chunks.length; i++) {
    const c = chunks[i];
    const next = chunks[i + 1];
    if (next.start - c.end > 30 || !KNOWN_AS.test(doc.text.slice(c.end, next.start))) continue;
    const key = found.lookup(joinText(c.words));
    const e = key ? doc.entities.get(key) : undefined;
    const other = joinText(next.words);
    if (!e || found.has(other) || next.words.length > 5 || isPlace(low(other))) continue;
    found.add(e.name, null, [other], e.partyKind);
  }
  const heads = new Map<string, LocalEntity | null>();
  for (const e of doc.entities.values()) {
    if (e.label !== 'Party') continue;
    const m = /^(\p{Lu}\p{Ll}+)-\p{Ll}{1,3}-\p{Lu}/u.exec(e.name);
    if (!m || !opensWithOwnHead(m[1])) continue;
    heads.set(m[1], heads.has(m[1]) ? null : e);
  }
  if (heads.size === 0) return;
  for (const c of chunks) {
    if (c.words.length !== 1) continue;
    const e = heads.get(c.words[0].text);
    if (e && !found.has(c.words[0].text)) found.add(e.name, null, [c.words[0].text], e.partyKind);
  }
}

/**
 * "Spanish Socialists" with "the Socialist Workers' Party (PSOE)": a people's adjective and a plural party word name
 * the one party of the article whose name holds that word (not one named by party words alone: "Scottish
 * Conservatives" are no "Conservative Party").
 */
function joinNationalPlurals(doc: ArticleDoc, found: PartyCollector): void {
  const parties = [...doc.entities.values()].filter((e) => e.label === 'Party');
  for (const e of parties) {
    const m = /^(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}\p{Ll}+s)$/u.exec(e.name);
    if (!m || !IDEOLOGY_PARTY_WORDS.has(low(m[2])) || !(DEMONYM_SHAPE.test(m[1]) || isPlace(low(m[1])))) continue;
    const stem = singular(low(m[2]));
    const holders = parties.filter((p) => {
      if (p === e || !doc.entities.has(p.key)) return false;
      // (a party's name with the word in the singular and a strong head: not "Latino Republicans", not "Republican
      // Jewish Coalition")
      const words = longNameWords(p.name);
      if (words.every((w) => IDEOLOGY_PARTY_WORDS.has(w) || PARTY_HEADS.has(w))) return false;
      return words.includes(stem) && hasStrongHead(p.name);
    });
    if (holders.length === 1) found.merge(holders[0].key, e.key);
  }
}

/** ", an alliance of ...", ", the far-right party that ...": an apposition calling the name before it a party. */
const KIND_APPOSITION =
  /^,[ \t]+(?:a|an|the)[ \t]+(?:(?!of\b|the\b)[\p{Ll}-]+[ \t]+){0,3}?(party|alliance|coalition|bloc)[ \t]+(?:of|that|which|led|founded|formed|whose)\b/u;

/**
 * "Fourth Path, an alliance of the centrist X and Y, ...": a name the apposition after it calls a party or an
 * alliance. People ("Jan Nowak, the party's leader"), places and bodies are left alone.
 */
function findCalledByApposition(
  doc: ArticleDoc,
  chunks: NameChunk[],
  found: PartyCollector,
  surnames: Set<string>,
  people: PersonNameWords,
  split: Map<NameChunk, NameParts>,
): void {
  for (const c of chunks) {
    if (c.titleCase || c.prefix || c.suffix || codeAt(doc.text, c.end) !== 44) continue;
    const m = KIND_APPOSITION.exec(doc.text.slice(c.end, c.end + 60));
    if (!m) continue;
    // an apposition closes with a comma before the sentence goes on ("In addition to the ABA, a bipartisan
    // coalition of politicians have vouched" is a list's)
    const s = doc.sentences[c.sentence];
    if (!s || !doc.text.slice(c.end + m[0].length, s.end).includes(',')) continue;
    const phrase = joinText(c.words);
    if (found.has(phrase) || c.words.length > 4) continue;
    const parts = split.get(c)!;
    if (parts.honorifics.length + parts.offices.length > 0) continue;
    const words = low(phrase).split(/\s+/);
    if (words.some((w) => isOrgWord(w) || NON_PARTY_ACRONYMS.has(w) || isCalendarWord(w) || people.titled.has(w)))
      continue;
    // (every name of two words opens and closes a person-like name: only a single word is asked about)
    const one = words.length === 1;
    if (isPlace(phrase) || (one && (surnames.has(words[0]) || people.given.has(words[0])))) continue;
    if (one && (NON_NAME_WORDS.has(words[0]) || DEMONYM_SHAPE.test(phrase))) continue;
    if (NON_PARTY_MODIFIERS.has(words[0]) || NON_PARTY_GROUPS.has(words.join(' '))) continue;
    found.add(phrase, isAcronym(phrase) ? phrase : null, [], m[1] === 'party' ? 'party' : 'alliance');
  }
}

/** Whether a word takes a party's own role or "party" somewhere in the article ("Likud lawmakers", "Likud-led"). */
function partyRoleElsewhere(doc: ArticleDoc, word: string): boolean {
  const re = new RegExp(
    String.raw`(?<![\p{L}\p{N}])${escapeRegExp(word)}(?:['’]s)?(?:-(?:led|backed)\b|[ \t]+(\p{Ll}+))`,
    'gu',
  );
  for (const m of doc.text.matchAll(re)) if (!m[1] || STRONG_PARTY_ROLES.has(m[1]) || m[1] === 'party') return true;
  return false;
}

/** Whether one capitalised word can be an alliance's own name: no party word, place, people, body, day or person. */
function plainName(w: string, word: string, surnames: Set<string>, people: PersonNameWords): boolean {
  if (IDEOLOGY_PARTY_WORDS.has(w) || PARTY_HEADS.has(w) || NON_NAME_WORDS.has(w) || isOrgWord(w)) return false;
  // ("Israeli" is a people's adjective, "Mahayuti" no place's)
  const demonym = DEMONYM_SHAPE.test(word) && (!w.endsWith('i') || isPlace(w.slice(0, -1)));
  if (isPlace(w) || demonym || NON_PARTY_MODIFIERS.has(w) || isCalendarWord(w)) return false;
  return !surnames.has(w) && !people.given.has(w) && !people.titled.has(w);
}

/**
 * "Golan's Likud Renewal party accused ...", "the Civic Platform party said": a name before a lowercase "party" in a
 * political sentence (not "a Christmas party", "a Downing Street party"); "the Law and Justice party (PiS)": two
 * words joined by "and", with the acronym after "party"; "the far-right Unity and Homeland parties": each of the
 * names joined before a lowercase "parties".
 */
function findNamesBeforePartyWord(
  doc: ArticleDoc,
  chunks: NameChunk[],
  found: PartyCollector,
  split: Map<NameChunk, NameParts>,
): void {
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i];
    if (c.titleCase || c.prefix || c.suffix) continue;
    const word = /^[ \t]+part(y|ies)\b/.exec(doc.text.slice(c.end, c.end + 10));
    if (!word) continue;
    // "the Unity and Homeland parties": the names joined before the plural, each a party
    const names = [c];
    if (word[1] === 'ies') {
      for (let j = i - 1; j >= 0; j--) {
        const between = doc.text.slice(chunks[j].end, names[0].start);
        if (!/^(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)$/.test(between) || chunks[j].titleCase) break;
        names.unshift(chunks[j]);
      }
      if (names.length < 2) continue;
    }
    // "the Law and Justice party (PiS)": an acronym after the word defines the name
    const bracket = /^[ \t]+party[ \t]+\(([^()\s]{2,8})\)/.exec(doc.text.slice(c.end, c.end + 24));
    const acronym = bracket && (isAcronym(bracket[1]) || isMixedAcronym(bracket[1])) ? bracket[1] : null;
    // a name takes "the" or a possessive ("a Eurosceptic party" is a kind of party)
    // ("relied on Catalan and Valdorian parties": a list whose first name fails names no party at all)
    let first = true;
    for (const n of names) {
      const phrase = nameBeforePartyWord(doc, n, split, first, !!acronym && names.length === 1, names.length > 1);
      if (!phrase && first && names.length > 1) break;
      first = false;
      if (!phrase || found.has(phrase)) continue;
      // ("the Catalan and Basque parties" with "Basque nationalists": a word the article puts before a noun)
      if (names.length > 1 && n.words.length === 1 && usedAsAdjective(doc, n.words[0].text)) continue;
      const defined = acronym && !NON_PARTY_ACRONYMS.has(low(acronym)) ? acronym : null;
      if (defined) doc.otherAcronyms.delete(acronymKey(defined));
      found.add(
        phrase,
        isAcronym(phrase) ? phrase : defined && isAcronym(defined) ? defined : null,
        defined && !isAcronym(defined) ? [defined] : [],
        'party',
      );
    }
  }
}

/** Whether the article writes a word before a lowercase noun that is no party role: "Basque nationalists". */
function usedAsAdjective(doc: ArticleDoc, word: string): boolean {
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(word)}[ \t]+(\p{Ll}+)`, 'gu');
  for (const m of doc.text.matchAll(re)) {
    if (PARTY_ROLE_NOUNS.has(m[1]) || m[1] === 'party' || m[1] === 'parties') continue;
    const t = doc.tokens[doc.tokenAt(m.index + m[0].length - m[1].length)];
    if (t && t.pos === 'NOUN') return true;
  }
  return false;
}

/**
 * The party's name a chunk before "party" makes (`leading`: the first of the names, "the" or a possessive before it;
 * `defined`: an acronym follows "party"; `listed`: one of several names before "parties").
 */
function nameBeforePartyWord(
  doc: ArticleDoc,
  c: NameChunk,
  split: Map<NameChunk, NameParts>,
  leading: boolean,
  defined: boolean,
  listed: boolean,
): string | null {
  // "Benvenuti's Brothers of the Nation party": the name runs back over "of (the)" to capitalised words
  const before = doc.text.slice(Math.max(0, c.start - 60), c.start);
  const ofBefore = NAME_BEFORE_OF.exec(before);
  // ("the Leader of the Opposition party": an office's name, not a party's)
  const openWord = ofBefore ? low(ofBefore[1].split(/\s+/)[0]) : '';
  let opening = ofBefore && !ROLE_NOUNS.has(openWord) && !PARTY_ROLE_NOUNS.has(openWord) ? ofBefore[1] : '';
  // "the Law and Justice party": one capitalised word and "and" before it, neither a party's nor a place's word
  // ("the Labour and Liberal party leaders", "the Scottish and Welsh party")
  const andBefore = !opening && leading ? NAME_BEFORE_AND.exec(before) : null;
  if (andBefore) {
    const w = low(andBefore[1].split(/\s+/)[0]);
    // (a common word among them where the acronym after "party" vouches for the name: "Law and Justice")
    const plain = (x: string) =>
      !IDEOLOGY_PARTY_WORDS.has(x) &&
      !PARTY_HEADS.has(x) &&
      !isPlace(x) &&
      !PEOPLE_ADJECTIVE.test(x) &&
      (defined || !NON_NAME_WORDS.has(x));
    if (plain(w) && c.words.length === 1 && plain(low(c.words[0].text))) opening = andBefore[1];
  }
  if (leading) {
    const lead = doc.text.slice(Math.max(0, c.start - opening.length - 40), c.start - opening.length);
    if (!/(?:\bthe|\p{L}['’]s)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}$/iu.test(lead)) return null;
  }
  const phrase = clean(opening + joinText(c.words));
  // ("Justice" alone after "Law and" is no judge's title)
  const parts = split.get(c);
  if (parts && parts.honorifics.length + parts.offices.length > 0 && !(andBefore && opening)) return null;
  const words = low(phrase).split(/\s+/);
  // ("the Law and Justice party (PiS)": a body's word in a name the acronym defines)
  // ("the Democratic Center party": a centre named by an adjective is a party's, not a building's)
  const centre = (w: string, i: number) =>
    /^cent(?:re|er)$/.test(w) && i === words.length - 1 && i > 0 && /(?:ic|al|ive|ist)$/.test(words[i - 1]);
  const orgWord = (w: string, i: number) => isOrgWord(w) && !(defined && andBefore) && !centre(w, i);
  if (words.some((w, i) => orgWord(w, i) || NON_PARTY_ACRONYMS.has(w) || isCalendarWord(w)) || isPlace(phrase))
    return null;
  // "the League party threatened ...": a weak head word alone, named by "the" before "party"
  const weakAlone = words.length === 1 && WEAK_HEADS.has(words[0]) && words[0] !== 'congress';
  if (words.length === 1 && !weakAlone && (NON_NAME_WORDS.has(words[0]) || DEMONYM_SHAPE.test(phrase))) return null;
  if (NON_PARTY_MODIFIERS.has(words[0]) || NON_PARTY_GROUPS.has(words.join(' '))) return null;
  // "The Eurosceptic party", "the Islamist party": an adjective, not a name
  if (
    words.length === 1 &&
    (/(?:ic|ist|ical|ive|ian)$/.test(words[0]) || doc.tokens[doc.tokenAt(c.start)]?.pos === 'ADJ')
  )
    return null;
  // a political sentence by some other word than "party" itself (a list of names before "parties" is its own
  // evidence)
  if (listed) return phrase;
  const s = doc.sentences[c.sentence];
  const rest = doc.text.slice(s.start, c.start) + doc.text.slice(c.end + 7, s.end);
  if (!POLITICAL_WORDS.test(rest) && !/\b(?:accused|said|leader|coalition|alliance|endorsed)\b/.test(rest)) return null;
  return phrase;
}

/** One capitalised word and "and" before a chunk: "Law and " before "Justice party". */
const NAME_BEFORE_AND = /(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+[ \t]+and[ \t]+)$/u;

/** "Nation" of "Brothers of the Nation": a chunk that ends a party's name running over "of (the)" or "and". */
function endsFoundName(doc: ArticleDoc, c: NameChunk, found: PartyCollector): boolean {
  // (both patterns need "of", "for", "the" or "and" just before the chunk: most chunks are looked at no further)
  if (!JOINER_BEFORE.has(wordBefore(doc.text, c.start))) return false;
  const before = doc.text.slice(Math.max(0, c.start - 60), c.start);
  const m = NAME_BEFORE_OF.exec(before) ?? NAME_BEFORE_AND.exec(before);
  return !!m && found.has(clean(m[1] + joinText(c.words)));
}

/**
 * "Democratic Party" of "the Democratic Party for the People (DPP)": a chunk cut at "of" or "for" (or the `joiners`)
 * that opens a party's name the article has found (the chunk is no party of its own).
 */
function opensFoundName(doc: ArticleDoc, c: NameChunk, joiners = /^[ \t]+(?:of|for)[ \t]/): boolean {
  if (!joiners.test(doc.text.slice(c.end, c.end + 5))) return false;
  for (const e of doc.entities.values()) {
    if (e.label !== 'Party') continue;
    for (const a of e.aliases) {
      if (a.length <= c.end - c.start || isAcronym(a)) continue;
      if (clean(doc.text.slice(c.start, c.start + a.length)) === a) return true;
    }
  }
  return false;
}

const JOINER_BEFORE = new Set(['of', 'for', 'the', 'and']);

/** The word that ends before the spaces or tabs before `at` ('' when none comes between it and `at`). */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  if (end === at) return '';
  let start = end;
  while (start > 0 && end - start < 4 && text.charCodeAt(start - 1) > 96 && text.charCodeAt(start - 1) < 123) start--;
  return text.slice(start, end);
}

/** Capitalised words and "of (the)" before a chunk: "Brothers of the " before "Nation party". */
const NAME_BEFORE_OF = /(?<![\p{L}\p{N}'’])((?:\p{Lu}[\p{L}\p{M}-]*[ \t]+){1,3}(?:of|for)[ \t]+(?:the[ \t]+)?)$/u;

/** Roles of a party called "Congress" that the legislature of that name never has ("Congress MPs", "Congress president"). */
const CONGRESS_PARTY_ROLES =
  /^(?:['’]s)?[ \t]+(?:party|mps?|mlas?|mnas?|workers|spokes(?:person|man|woman)|president|chief|general[ \t]+secretary)\b/iu;
/** Words of the legislature called Congress and its members. */
const LEGISLATURE_WORDS =
  /\b(?:senate|senators?|house of representatives|capitol|republicans?|democrats?|congress(?:man|woman|men|women)|congressional|gop)\b/i;

/**
 * "Congress president X", "the Congress party", "Congress-led": a party called Congress, and then every "Congress" of
 * the article; "Congress leader X" too where nothing speaks of a legislature's members.
 */
function findCongressParty(doc: ArticleDoc, chunks: NameChunk[], found: PartyCollector): void {
  // "Nepali Congress president X", "the Nepali Congress party": a people's or a place's Congress with a role only a
  // party has ("the US Congress" is a legislature, with none of them)
  for (const c of chunks) {
    if (c.words.length !== 2 || c.words[1].text !== 'Congress') continue;
    const first = c.words[0].text;
    if (isAcronym(first) || !(isPlace(low(first)) || DEMONYM_SHAPE.test(first))) continue;
    const phrase = joinText(c.words);
    if (found.has(phrase) || NOT_PARTIES.has(low(phrase))) continue;
    const led = c.suffix && ['led', 'ruled', 'backed', 'allied'].includes(c.suffix);
    if (led || CONGRESS_PARTY_ROLES.test(doc.text.slice(c.end, c.end + 30))) found.add(phrase, null, [], 'party');
  }
  if (found.has('Congress')) return;
  const congress = chunks.filter((c) => c.words.length === 1 && c.words[0].text === 'Congress');
  if (congress.length === 0) return;
  // (the whole text is searched only where "leader" follows, and then once)
  let legislature: boolean | undefined;
  const asParty = congress.some((c) => {
    if (c.suffix && ['led', 'ruled', 'backed', 'allied'].includes(c.suffix)) return true;
    const after = doc.text.slice(c.end, c.end + 30);
    if (CONGRESS_PARTY_ROLES.test(after)) return true;
    if (!/^[ \t]+leaders?\b/u.test(after)) return false;
    legislature ??= LEGISLATURE_WORDS.test(doc.text);
    return !legislature;
  });
  if (asParty) found.add('Congress', null, [], 'party');
}
