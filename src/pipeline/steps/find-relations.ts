// ACCUSED, ALLIED_WITH, OPPOSED and MET_WITH between people and parties, from cue verbs and nouns with their
// subject and objects. "We"/"our"/"us" inside a speaker's quotation stand for the speaker's party. Negated,
// conditional and hypothetical statements ("would face consequences if they entered into an alliance",
// "denied any deal") do not become facts.
import type { ArticleDoc, ClaimDraft, Mention, RelationDraft } from '../article-doc.js';
import type { RelType, TieStatus } from '../../model/types.js';
import {
  ACCUSATION_PHRASES,
  ACCUSATION_VERBS,
  ACCUSATION_WORDS,
  ALLIANCE_NOUNS,
  HYPOTHETICAL_WORDS,
  NEGATION_WORDS,
  OPPOSITION_VERBS,
} from '../../lexicon/relation-cues.js';
import { isMainVerbObject, subjectBefore, type Subject } from '../speakers.js';
import { joinLower } from '../join-text.js';
import { OFFICE_NOUNS, OFFICE_PHRASES, ROLE_NOUNS } from '../../lexicon/titles.js';
import { PARTY_ROLE_NOUNS } from '../../lexicon/party-words.js';

/** An endpoint: an entity key, or "we" resolved through the speaker. */
interface Endpoint {
  entity: string;
  start: number;
  end: number;
}

const firstWordsOf = new WeakMap<Set<string>, Set<string>>();

/** The first words of a set of phrases (built once per set). */
function firstWords(phrases: Set<string>): Set<string> {
  let first = firstWordsOf.get(phrases);
  if (!first) {
    first = new Set([...phrases].map((p) => p.split(' ')[0]));
    firstWordsOf.set(phrases, first);
  }
  return first;
}

/** Verbs of joining or backing that ally their subject with their object. */
const ALLYING_VERBS = new Set(
  'supported supports backed backs joined joins allied sided teamed partnered merged govern governs governed governing cooperated cooperates cooperating collaborated collaborates'.split(
    ' ',
  ),
);
const MEETING_WORDS = new Set(['met', 'meets', 'meet', 'meeting', 'talks']);

/** "agreed to contest the by-elections jointly": adverbs that make an electoral pact of a joint contest. */
const JOINT_WORDS = new Set(['jointly', 'together', 'joint']);

/** "agreed on seat adjustment", "a seat-sharing deal": an electoral pact in the words of South Asian news. */
const SEAT_DEAL_WORDS = new Set(['adjustment', 'adjustments', 'sharing', 'seat-sharing', 'seat-adjustment']);
const isSeatDeal = (doc: ArticleDoc, t: number): boolean =>
  SEAT_DEAL_WORDS.has(doc.tokens[t].lower) &&
  (doc.tokens[t].lower.startsWith('seat') || /^seats?$/.test(doc.tokens[t - 1]?.lower ?? ''));

/** "its coalition partner Y", "once an ally of Y": nouns that name a party's ally. */
const ALLY_NOUNS = new Set(['ally', 'allies', 'partner', 'partners']);

/** Every word some rule below starts from (besides "-led" and "-backed" words): the others are passed over. */
const CUE_WORDS = new Set([
  ...ACCUSATION_VERBS,
  ...firstWords(ACCUSATION_PHRASES),
  ...ALLIANCE_NOUNS,
  ...ALLYING_VERBS,
  ...OPPOSITION_VERBS,
  'against',
  'opposition',
  ...MEETING_WORDS,
  ...JOINT_WORDS,
  ...SEAT_DEAL_WORDS,
  ...ALLY_NOUNS,
]);

/** "PTI-led", "army-backed": a word that ties a party to what it leads or backs. */
function isLedWord(lower: string): boolean {
  // asked of every token: most do not end in "d", which one character code tells
  return lower.charCodeAt(lower.length - 1) === 0x64 && (lower.endsWith('-led') || lower.endsWith('-backed'));
}

export function findRelations(doc: ArticleDoc): ArticleDoc {
  const out = new RelationSink(doc);
  partyOfSpeakers(doc, out);
  for (const s of doc.sentences) {
    for (let t = s.firstToken; t < s.endToken; t++) {
      const tok = doc.tokens[t];
      const led = isLedWord(tok.lower);
      if (!led && !CUE_WORDS.has(tok.lower)) continue;
      if (ACCUSATION_VERBS.has(tok.lower) && (tok.pos === 'VERB' || tok.pos === 'NOUN')) accusation(doc, t, out);
      else if (startsPhrase(doc, t, ACCUSATION_PHRASES)) accusation(doc, t, out, phraseEnd(doc, t, ACCUSATION_PHRASES));
      if (ALLIANCE_NOUNS.has(tok.lower) || led || JOINT_WORDS.has(tok.lower) || isSeatDeal(doc, t))
        alliance(doc, t, out);
      if (ALLYING_VERBS.has(tok.lower)) alliedByVerb(doc, t, out);
      if (
        OPPOSITION_VERBS.has(tok.lower) ||
        (tok.lower === 'against' &&
          /\b(?:voted|vote|votes|voting|campaigned|stood)\s+$/.test(doc.text.slice(tok.start - 12, tok.start))) ||
        (tok.lower === 'opposition' && /^\s+to\b/.test(doc.text.slice(tok.end, tok.end + 4)))
      ) {
        opposition(doc, t, out);
      }
      if (MEETING_WORDS.has(tok.lower)) meeting(doc, t, out);
      if (tok.lower === 'partners') partnersInAppositive(doc, t, out);
      if (ALLY_NOUNS.has(tok.lower)) namedAlly(doc, t, out);
    }
  }
  accusationsInClaims(doc, out);
  allianceMembership(doc, out);
  return doc;
}

class RelationSink {
  private readonly seen = new Set<string>();
  constructor(private readonly doc: ArticleDoc) {}

  add(
    type: RelType,
    a: Endpoint,
    b: Endpoint,
    rule: string,
    confidence: number,
    status: TieStatus | null = null,
  ): void {
    if (a.entity === b.entity) return;
    const ea = this.doc.entities.get(a.entity);
    const eb = this.doc.entities.get(b.entity);
    if (!ea || !eb) return;
    if ((type === 'ALLIED_WITH' || type === 'OPPOSED') && eb.label !== 'Party') return;
    if (type === 'ALLIED_WITH' && ea.label !== 'Party') return;
    const start = Math.min(a.start, b.start);
    const end = Math.max(a.end, b.end);
    const key = `${type}|${a.entity}|${b.entity}|${start}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const r: RelationDraft = {
      type,
      from: a.entity,
      to: b.entity,
      start,
      end,
      sentence: this.doc.sentenceAt(start)?.i ?? 0,
      confidence,
      status,
      validFrom: null,
      validTo: null,
      rule,
    };
    this.doc.relations.push(r);
  }
}

function startsPhrase(doc: ArticleDoc, t: number, phrases: Set<string>): boolean {
  return phraseEnd(doc, t, phrases) > t;
}

function phraseEnd(doc: ArticleDoc, t: number, phrases: Set<string>): number {
  if (!firstWords(phrases).has(doc.tokens[t].lower)) return t;
  for (let n = 5; n >= 2; n--) {
    if (t + n <= doc.tokens.length && phrases.has(joinLower(doc.tokens, t, t + n))) return t + n - 1;
  }
  return t;
}

/** Negated, conditional or hypothetical: a negation or modal just before the verb, or "if" opening its clause. */
function isModal(doc: ArticleDoc, t: number): boolean {
  const s = doc.sentences[doc.tokens[t].sentence];
  for (let i = t - 1; i >= Math.max(s.firstToken, t - 5); i--) {
    const w = doc.tokens[i].lower;
    if (w === ',' || w === ';') break;
    if (NEGATION_WORDS.has(w) || HYPOTHETICAL_WORDS.has(w) || w === "n't" || w === 'expected' || w === 'likely')
      return true;
  }
  // "if they entered into an alliance": a conditional clause
  const clause = doc.text.slice(s.start, doc.tokens[t].start);
  return /\b(?:if|unless|whether)\b[^,;]*$/i.test(clause);
}

/** The party "we", "our" and "us" stand for inside a quotation: the speaker's party in this article. */
function speakersParty(doc: ArticleDoc, offset: number): string | null {
  const claim = claimAt(doc, offset);
  if (!claim?.speaker) return null;
  return partyOf(doc, claim.speaker);
}

function claimAt(doc: ArticleDoc, offset: number): ClaimDraft | undefined {
  return doc.claims.find((c) => c.start <= offset && offset < c.end);
}

export function partyOf(doc: ArticleDoc, person: string): string | null {
  const m = doc.relations.find((r) => r.type === 'MEMBER_OF' && r.from === person);
  return m ? m.to : null;
}

/**
 * "The governor said that his party secured seven seats ..., the MQM-P's mandate": a speaker who talks of
 * "his/her party" in a sentence naming one party belongs to it (when the article gives no other party).
 */
function partyOfSpeakers(doc: ArticleDoc, out: RelationSink): void {
  for (const c of doc.claims) {
    if (!c.speaker || partyOf(doc, c.speaker)) continue;
    const s = doc.sentences[c.sentence];
    if (!s) continue;
    const text = doc.text.slice(s.start, s.end);
    const own = /\b(?:his|her|my|our)\s+party\b/i.exec(text);
    if (!own) continue;
    // "his party" is the nearest person's before it ("Mr Howard is likely to defend his party's ..."), when named
    const owner = doc
      .mentionsIn(s.i)
      .filter((m) => m.kind !== 'party' && m.kind !== 'pronoun' && m.entity && m.end <= s.start + own.index)
      .pop();
    if (owner && owner.entity !== c.speaker && !owner.inQuote) continue;
    const named = new Set(
      doc
        .mentionsIn(s.i)
        .filter((m) => m.kind === 'party' && m.entity && !isAnotherPartysTie(doc, m, c.speaker!))
        .map((m) => m.entity!),
    );
    if (named.size !== 1) continue;
    const party = [...named][0];
    const at = s.start + own.index;
    out.add(
      'MEMBER_OF',
      { entity: c.speaker, start: Math.min(at, c.evidenceStart), end: at + own[0].length },
      { entity: party, start: s.start, end: s.end },
      'own-party',
      0.6,
      'current',
    );
  }
}

/**
 * A party named as someone else's ("negotiate with Freedom Alliance leader X") or as the speaker's partner ("X, a
 * key NDA ally, said his party ..."): not the party "his party" names.
 */
function isAnotherPartysTie(doc: ArticleDoc, party: Mention, speaker: string): boolean {
  const after = doc.text.slice(party.end, party.end + 60);
  if (/^['’]?s?\s+(?:ally|allies|partner|partners|constituent|constituents)\b/i.test(after)) return true;
  // "her party would continue to support the minority DPP government": the party of a government it backs
  if (/^\)?(?:\s*\([^()]{1,12}\))?(?:-led)?\s+(?:government|administration|coalition)\b/i.test(after)) return true;
  const holder = officeHolder(doc, party);
  return !!holder?.entity && holder.entity !== speaker;
}

/**
 * The person whose office a party names right before them ("APC secretary-general Themba Nkosi", "PSZ chairwoman
 * Annegret Vollmer"): lowercase office words between, the last a role.
 */
function officeHolder(doc: ArticleDoc, party: Mention): Mention | undefined {
  const holder = doc.mentions.find((x) => x.kind === 'person' && x.start > party.end && x.start - party.end <= 40);
  if (
    holder?.entity &&
    // ("met Kurdistan Democratic Party (KDP) leader Masoud Barzanji": past the party's bracketed acronym)
    /^(?:\s*\([^()]{1,12}\))?(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(doc.text.slice(party.end, holder.start)) &&
    isRoleBefore(doc, holder.start)
  )
    return holder;
  return undefined;
}

/** The subject of a verb as an endpoint: a person, party or title, or "we" = the speaker's party. */
function subjectEndpoint(doc: ArticleDoc, t: number): Endpoint | null {
  const tok = doc.tokens[t];
  const s = doc.sentences[tok.sentence];
  const before = doc.text.slice(Math.max(s.start, tok.start - 40), tok.start);
  const we = /\b(we|We)\s+(?:(?:have|had|were|are|also|then|all|both)\s+)*$/.exec(before);
  if (we && tok.quote >= 0) {
    const party = speakersParty(doc, tok.start);
    const at = tok.start - before.length + we.index;
    return party ? { entity: party, start: at, end: at + 2 } : null;
  }
  // "X said his party had supported the PML-N": in reported speech, the speaker's party
  const own = /\b(his|her|their)\s+party\s+(?:(?:has|had|have|also|then|always|never)\s+)*$/.exec(before);
  if (own) {
    const claim = claimAt(doc, tok.start);
    const party = claim?.speaker && claim.kind === 'reported' ? partyOf(doc, claim.speaker) : null;
    const at = tok.start - before.length + own.index;
    if (party && claim!.start <= at) return { entity: party, start: at, end: at + own[0].trimEnd().length };
  }
  // "The FM, which had agreed to ...": a relative pronoun stands for the name before it
  const named = doc.mentionsIn(tok.sentence).filter((m) => m.end <= tok.start && m.entity && m.kind !== 'pronoun');
  let relative = named.pop();
  if (
    relative &&
    /^\)?\s*(?:\([^()]{1,12}\))?\s*,\s*(?:which|who)\s+(?:(?:has|had|have|also|already)\s+)*(?:been\s+)?$/.test(
      doc.text.slice(relative.end, tok.start),
    )
  ) {
    // "Farmers' Movement (FM), which": the name the bracketed acronym defines
    const defined = named.pop();
    if (defined?.entity === relative.entity && /\(\s*$/.test(doc.text.slice(defined.end, relative.start)))
      relative = defined;
    return { entity: relative.entity!, start: relative.start, end: relative.end };
  }
  let subj: Subject | null = subjectBefore(doc, tok.start, tok.sentence);
  if (!subj && /,\s*$/.test(before) && /ing$/.test(tok.lower)) {
    // ", blaming ..." belongs to the main clause's subject
    let first = doc.mentions.find((m) => m.sentence === tok.sentence && m.start < tok.start && !m.inQuote);
    // "APC secretary-general Themba Nkosi hit back, accusing ...": the party names the person's office
    const holder = first?.kind === 'party' ? officeHolder(doc, first) : undefined;
    if (holder) first = holder;
    if (first && !holder && isMainVerbObject(doc, tok.sentence, first)) first = undefined;
    if (first) subj = { entity: first.entity, start: first.start, end: first.end, kind: 'person' };
  }
  if (!subj?.entity) return null;
  return { entity: subj.entity, start: subj.start, end: subj.end };
}

/** The last three, two and one capitalised words of a gap. */
const TRAILING_CAPITALS = [3, 2, 1].map((n) => new RegExp(`(?:^|\\s)((?:\\p{Lu}[\\p{Ll}.-]*\\s+){${n}})$`, 'u'));

/** A gap before a person's name without the capitalised office that ends it ("met Prime Minister " -> "met "). */
function withoutOfficeBefore(gap: string): string {
  if (!/\p{Lu}/u.test(gap)) return gap;
  for (const re of TRAILING_CAPITALS) {
    const office = re.exec(gap);
    if (!office) continue;
    const words = office[1].trim().toLowerCase();
    if (OFFICE_PHRASES.has(words) || (!words.includes(' ') && OFFICE_NOUNS.has(words)))
      return gap.slice(0, gap.length - office[1].length) + ' ';
  }
  return gap;
}

/**
 * The objects after a verb: mentions joined by "and", commas or "or", each perhaps after "the" and with a
 * possessive ("Labour's pledges" -> Labour). Stops at a verb, a clause break or a preposition other than "of".
 */
function objectsAfter(doc: ArticleDoc, from: number, sentence: number, maxGap = 3): Endpoint[] {
  const out: Endpoint[] = [];
  const s = doc.sentences[sentence];
  let at = from;
  for (let guard = 0; guard < 6; guard++) {
    const m = doc.mentionsIn(sentence).find((x) => x.start >= at && x.kind !== 'pronoun');
    if (!m || !m.entity) break;
    // "met Prime Minister X": an office written before a person's name counts as no word between
    const gap = m.kind === 'person' ? withoutOfficeBefore(doc.text.slice(at, m.start)) : doc.text.slice(at, m.start);
    const words = gap
      .trim()
      .split(/\s+/)
      .filter((w) => w && !/^(?:the|and|or|&|,)$/i.test(w.replace(/,$/, '')));
    // "accused her runoff rival, José Luis Carrasco, of ...": an appositive description before the name
    const described =
      out.length === 0 && /^\s*(?:his|her|their|its|the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s*$/u.test(gap);
    if (!described && (words.length > maxGap || /[.;:!?"“”]/.test(gap))) break;
    // "blamed the media for Trump": the object comes before the preposition, the name after it is not accused
    if (out.length === 0 && words.some((w) => PREPOSITIONS.test(w))) break;
    if (out.length === 0 && gap.includes(',') && !described) break; // "criticises this government, Hobbes": another phrase
    // (a list goes on past a descriptor: "the SPD, the Greens and the liberal FDP")
    if (
      out.length > 0 &&
      !/^\s*(?:,|and|&|or|as well as)?\s*(?:(?:,|and|&|or)\s*)?(?:the\s+)?(?:\p{Ll}[\p{Ll}-]+\s+)?$/iu.test(gap)
    )
      break;
    // (the descriptor an adjective: "blasted X and defended Y" lists no two objects)
    const descriptor = /(\p{Ll}[\p{Ll}-]+)\s+$/u.exec(gap);
    if (out.length > 0 && descriptor && !/^(?:and|or|the)$/.test(descriptor[1])) {
      const tok = doc.tokens[doc.tokenAt(at + descriptor.index)];
      if (tok?.pos !== 'ADJ') break;
    }
    // "met PSZ chairwoman Annegret Vollmer": the party names the person's office; the person is the object
    const held = m.kind === 'party' ? officeHolder(doc, m) : undefined;
    if (held?.entity) {
      out.push({ entity: held.entity, start: held.start, end: held.end });
      at = held.end;
      continue;
    }
    let object: Mention = m;
    // "accused Premier Dara Velt's National Renewal Party of ...": a person's named party, or another named thing
    // of theirs ("Velt's Finance Ministry"), is the object, not the person
    const owned = m.kind === 'person' ? /^['’]s\s+(?=\p{Lu})/u.exec(doc.text.slice(m.end, s.end)) : null;
    if (owned) {
      const party = doc
        .mentionsIn(sentence)
        .find((x) => x.start === m.end + owned[0].length && x.kind === 'party' && x.entity);
      if (!party) break;
      object = party;
    }
    out.push({ entity: object.entity!, start: object.start, end: object.end });
    at = object.end;
    // "(PPP)" after a name is the same party
    const paren = /^\s*\([^()]{1,12}\)/.exec(doc.text.slice(at, s.end));
    if (paren) at += paren[0].length;
    const poss = /^['’]s?\s+(?:[\p{L}-]+\s+){0,4}/u.exec(doc.text.slice(at, s.end));
    if (poss) at += poss[0].length;
  }
  return out;
}

const PREPOSITIONS = /^(?:for|of|on|over|about|with|from|in|at|to|into|against|after|before|during)$/i;

/** The word just before `offset` is an office or role ("chairwoman", "leader"). */
function isRoleBefore(doc: ArticleDoc, offset: number): boolean {
  const m = /([\p{L}-]+)\s+$/u.exec(doc.text.slice(Math.max(0, offset - 30), offset));
  return !!m && (ROLE_NOUNS.has(m[1].toLowerCase()) || PARTY_ROLE_NOUNS.has(m[1].toLowerCase()));
}

function accusation(doc: ArticleDoc, t: number, out: RelationSink, lastTok = t): void {
  const tok = doc.tokens[t];
  if (isModal(doc, t)) return;
  // "will attack Labour in a speech": announced, not yet made
  if (/\b(?:will|shall|'ll|to)\s+(?:\p{Ll}+ly\s+)?$/u.test(doc.text.slice(Math.max(0, tok.start - 14), tok.start)))
    return;
  if (tok.pos === 'NOUN' && !/^accus/.test(tok.lower)) return;
  // passive: "X was accused by Y"
  const after = doc.text.slice(doc.tokens[lastTok].end, doc.tokens[lastTok].end + 40);
  const beforeText = doc.text.slice(Math.max(0, tok.start - 12), tok.start);
  // "X has been accused of ...", "X accused of attacking Y" (a headline): someone unnamed accuses X
  if (/^\s+of\b/.test(after) || (/\b(?:was|were|is|are|been|being)\s+$/.test(beforeText) && !/^\s+by\s/.test(after)))
    return;
  if (/\b(?:was|were|is|are|been|being)\s+$/.test(beforeText) && /^\s+by\s/.test(after)) {
    const by = objectsAfter(doc, doc.tokens[lastTok].end + after.indexOf('by') + 2, tok.sentence, 1);
    const target = subjectEndpoint(doc, t);
    if (target) for (const b of by) out.add('ACCUSED', b, target, 'passive-accusation', 0.75);
    return;
  }
  const subject = subjectEndpoint(doc, t);
  if (!subject) return;
  let objects = objectsAfter(doc, doc.tokens[lastTok].end, tok.sentence);
  if (objects.length === 0) {
    // "blamed the decline on X": an object after "on"
    const on = /^[^.;]{0,60}?\bon\s+/.exec(after);
    if (on && /^blam/.test(tok.lower))
      objects = objectsAfter(doc, doc.tokens[lastTok].end + on[0].length, tok.sentence, 1);
    // "accused the two parties of ...": the pair of parties named together just before
    const pair = /^\s+((?:the\s+two|both)\s+(?:parties|partners))\b/i.exec(after);
    if (pair) {
      // the evidence is this sentence's words ("accused the two parties"); the pair is found before it
      const at = doc.tokens[lastTok].end + pair[0].length - pair[1].length;
      objects = lastPartyPair(doc, tok.start, subject.entity).map((o) => ({
        ...o,
        start: at,
        end: at + pair[1].length,
      }));
    }
  }
  for (const o of objects) out.add('ACCUSED', subject, o, `verb:${tok.lower}`, 0.8);
}

/**
 * The two parties "the two parties" means: the last pair named together ("the CDU and the SPD") in the three
 * sentences up to `offset`; else the two different parties named in the six sentences before, when no third one
 * is (the accuser aside).
 */
function lastPartyPair(doc: ArticleDoc, offset: number, accuser: string | null): Endpoint[] {
  const sentence = doc.sentenceAt(offset)?.i ?? 0;
  const parties = doc.mentions.filter(
    (m) => m.kind === 'party' && m.entity && m.end <= offset && sentence - m.sentence <= 3,
  );
  const endpoint = (m: Mention): Endpoint => ({ entity: m.entity!, start: m.start, end: m.end });
  for (let i = parties.length - 1; i > 0; i--) {
    const a = parties[i - 1];
    const b = parties[i];
    if (a.entity === b.entity || a.sentence !== b.sentence) continue;
    if (!/^\)?\s*(?:\([^()]{1,12}\))?\s*(?:and|&)\s+(?:the\s+)?$/.test(doc.text.slice(a.end, b.start))) continue;
    return [a, b].map(endpoint);
  }
  const last = new Map<string, Mention>();
  for (const m of doc.mentions) {
    if (m.kind !== 'party' || !m.entity || m.entity === accuser) continue;
    if (m.sentence < sentence && sentence - m.sentence <= 6) last.set(m.entity, m);
  }
  return last.size === 2 ? [...last.values()].map(endpoint) : [];
}

/** Inside a claim, an accusation word said of a named target: the speaker accuses the target. */
function accusationsInClaims(doc: ArticleDoc, out: RelationSink): void {
  for (const c of doc.claims) {
    if (!c.speaker || c.polarity === 'denies') continue;
    const ownParty = partyOf(doc, c.speaker);
    for (let t = doc.tokenAt(c.start); t < doc.tokens.length && doc.tokens[t].end <= c.end; t++) {
      const tok = doc.tokens[t];
      const denial = deniedLegitimacy(doc, t);
      if (denial) {
        // "the NDA had no moral authority": the "no" is the accusation, not a negation of it
        if (isModal(doc, denial)) continue;
      } else if (!ACCUSATION_WORDS.has(tok.lower) || isModal(doc, t)) continue;
      // "PPP called our mandate as 100% fake": the subject of "called" accuses the speaker's party
      const s = doc.sentences[tok.sentence];
      const clause = doc.text.slice(Math.max(c.start, s.start), tok.start);
      const called = /\b(called|termed|branded|labelled|labeled|described)\s+(our|us|their|his|her)\b[^.;]*$/i.exec(
        clause,
      );
      if (called) {
        const verbAt = Math.max(c.start, s.start) + called.index;
        const vt = doc.tokenAt(verbAt);
        const who = subjectEndpoint(doc, vt);
        const target = /^(our|us)$/i.test(called[2]) ? ownParty : null;
        if (who && target)
          out.add('ACCUSED', who, { entity: target, start: verbAt, end: tok.end }, 'called-fake', 0.75);
        continue;
      }
      // a named person or party shortly before the word, as the subject of its clause ("Tony Blair lied")
      const m = lastMentionBefore(doc, tok.start, Math.max(c.start, s.start));
      if (!m?.entity || m.entity === c.speaker || m.entity === ownParty) continue;
      const between = doc.text.slice(m.end, tok.start);
      // ("the Finance Minister, Dr. Ama Osei, had misled": a name in an appositive closed before the verb)
      const appositive =
        /^,\s*(?:(?:has|had|have|was|is|were|are)\s+)?["“]?$/.test(between) &&
        (/,\s*$/.test(doc.text.slice(Math.max(c.start, m.start - 3), m.start)) ||
          !!coordinatedBefore(doc, m, Math.max(c.start, s.start)));
      if (between.split(/\s+/).length > 10 || (/[,;:]/.test(between) && !appositive)) continue;
      // "Veritas would avoid the old parties' lies": the word has another owner, or the name is the subject of
      // another verb (unless the word is the name's own: "X is now recycling it in his desperate bid")
      if (/\S\s*\S*(?:s['’]|['’]s)\s/u.test(between)) continue;
      // "an unfair perception that Trump is racist": the speaker reports a view, and may reject it
      if (
        /\b(?:perception|perceptions|claim|claims|suggestion|suggestions|notion|idea|allegation|allegations|accusation|accusations|charge|charges)\s+that\s+$/i.test(
          doc.text.slice(Math.max(c.start, m.start - 40), m.start),
        )
      )
        continue;
      // "a Conservative Party that will take Britain backwards": a relative clause of the name's own is its verb
      const ownClause = /^\s+(?:that|which|who)\s/.test(between);
      if (
        verbBetween(doc, m.end, tok.start) &&
        !ownClause &&
        !/\b(?:his|her|their|its)\s+(?:\p{Ll}+\s+)?$/u.test(between)
      )
        continue;
      const targets = [m];
      // "the two MPs, Ana Ruiz and Ivo Lund, had betrayed": every name of a coordinated appositive
      const partner = appositive ? coordinatedBefore(doc, m, Math.max(c.start, s.start)) : undefined;
      if (partner?.entity && partner.entity !== c.speaker && partner.entity !== ownParty) targets.push(partner);
      for (const target of targets)
        out.add(
          'ACCUSED',
          { entity: c.speaker, start: c.evidenceStart, end: c.evidenceStart },
          { entity: target.entity!, start: target.start, end: tok.end },
          'claim-word',
          0.6,
        );
    }
  }
}

/**
 * "had no mandate", "has no moral authority", "lacks legitimacy": denying the target's right to govern. Returns
 * the token where the denial starts ("no", "lacks"), or 0 when the token at `t` closes none.
 */
function deniedLegitimacy(doc: ArticleDoc, t: number): number {
  if (!/^(?:mandate|authority|legitimacy)$/.test(doc.tokens[t].lower)) return 0;
  let k = t - 1;
  if (k > 0 && /^(?:moral|democratic|legal|political|popular)$/.test(doc.tokens[k].lower)) k--;
  return k > 0 && /^(?:no|lacks|lacked|lack)$/.test(doc.tokens[k].lower) ? k : 0;
}

/** A verb of its own (not an auxiliary: "Tony Blair is a liar") between two offsets. */
function verbBetween(doc: ArticleDoc, from: number, to: number): boolean {
  for (let k = doc.tokenAt(from); k < doc.tokens.length && doc.tokens[k].end <= to; k++) {
    if (doc.tokens[k].pos === 'VERB') return true;
  }
  return false;
}

/** The name joined to `m` by "and" in an appositive (", Ana Ruiz and [m],"), if any. */
function coordinatedBefore(doc: ArticleDoc, m: Mention, from: number): Mention | undefined {
  const prev = lastMentionBefore(doc, m.start, from);
  if (!prev || prev.kind !== m.kind || !/^\s+and\s+$/.test(doc.text.slice(prev.end, m.start))) return undefined;
  return /,\s*$/.test(doc.text.slice(Math.max(from, prev.start - 3), prev.start)) ? prev : undefined;
}

function lastMentionBefore(doc: ArticleDoc, offset: number, from: number): Mention | undefined {
  let found: Mention | undefined;
  for (const m of doc.mentions) {
    if (m.start >= from && m.end <= offset && m.kind !== 'title') found = m;
  }
  return found;
}

/** "part of the PTI-led coalition", "coalition between X and Y", "X's coalition partner Y", "the X-Y alliance". */
function alliance(doc: ArticleDoc, t: number, out: RelationSink): void {
  const tok = doc.tokens[t];
  const s = doc.sentences[tok.sentence];
  if (isModal(doc, t)) return;
  const before = doc.text.slice(s.start, tok.start);
  const after = doc.text.slice(tok.end, s.end);
  const status0: TieStatus = /\b(?:were|was|had been|former|previous|then)\b[^.;]*$/i.test(before) ? 'past' : 'current';
  const status = status0;
  // "X-led coalition" with a subject that is part of it
  const led = doc.mentions.find(
    (m) =>
      m.kind === 'party' &&
      m.sentence === s.i &&
      m.end <= tok.start &&
      tok.start - m.end <= 12 &&
      /^\s*-?\s*(?:led|backed)\b/.test(doc.text.slice(m.end, m.end + 10)),
  );
  if (
    led?.entity &&
    /\b(?:part of|in|joined|join|member of|members of|partner in|partners in)\s+(?:the|a|an)\s+$/i.test(
      doc.text.slice(s.start, led.start),
    )
  ) {
    const verb = doc.tokenAt(
      doc.text.slice(s.start, led.start).search(/\b(?:were|was|are|is|joined|join)\b/) + s.start,
    );
    const subj = isModal(doc, verb) ? null : subjectEndpoint(doc, verb);
    if (subj)
      out.add(
        'ALLIED_WITH',
        subj,
        { entity: led.entity, start: led.start, end: tok.end },
        'part-of-led-coalition',
        0.8,
        status,
      );
    return;
  }
  // "the BJP-led National Democratic Alliance (NDA)": the leading party is in the alliance the noun names
  const named = doc
    .mentionsIn(s.i)
    .find((m) => m.kind === 'party' && m.entity && m.start <= tok.start && tok.end <= m.end);
  const leader =
    named &&
    doc
      .mentionsIn(s.i)
      .find(
        (m) =>
          m.kind === 'party' &&
          m.entity &&
          m.entity !== named.entity &&
          m.end < named.start &&
          /^\s*-\s*led\s+$/.test(doc.text.slice(m.end, named.start)),
      );
  if (named?.entity && leader?.entity) {
    out.add(
      'ALLIED_WITH',
      { entity: leader.entity, start: leader.start, end: leader.end },
      { entity: named.entity, start: named.start, end: named.end },
      'led-alliance',
      0.8,
      status,
    );
    return;
  }
  // "X and Y agreed to contest the by-elections jointly": an electoral pact without the word
  const contestBefore =
    /\b(?:contest|contests|contested|contesting|fight|fighting|fought|field|fields|fielded|fielding|run|runs|ran|running)\b/.test(
      doc.text.slice(s.start, tok.start),
    );
  // "... will run joint lists", "field a joint candidate"
  const jointTicket =
    tok.lower === 'joint' &&
    contestBefore &&
    /^\s+(?:lists?|tickets?|slates?|candidates?|platforms?)\b/.test(doc.text.slice(tok.end, tok.end + 12));
  const jointContest = (/^(?:jointly|together)$/.test(tok.lower) && contestBefore) || jointTicket;
  // "agreed a budget deal with X": a deal counts only when made with the other party ("with" path below)
  const deal = /^(?:deal|accord|agreement)$/.test(tok.lower);
  if (!ALLIANCE_WORDS.test(tok.lower) && !jointContest && !isSeatDeal(doc, t) && !deal) return;
  // "coalition/alliance between X and Y", "coalition of X, Y and Z", "alliance with X" (subject is the other)
  // ("The Alliance, made up of the CUP and the GLP")
  const between = deal
    ? null
    : /^\s*,?\s+(?:between|of|(?:made\s+up|composed|consisting)\s+of|comprising)\s+/.exec(after);
  if (between) {
    const parties = objectsAfter(doc, tok.end + between[0].length, s.i, 2).filter(
      (e) => doc.entities.get(e.entity)?.label === 'Party',
    );
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++)
        out.add('ALLIED_WITH', parties[i], parties[j], 'coalition-between', 0.8, status);
    }
    return;
  }
  // "X and Y agreed on Tuesday to contest the election as one bloc": coordinated parties agreeing
  const firstVerb = doc.tokens.slice(s.firstToken, t).find((x) => x.pos === 'VERB' && x.quote < 0);
  const mainVerb = doc.tokens
    .slice(s.firstToken, t)
    .find(
      (x) => x.pos === 'VERB' && x.quote < 0 && !doc.mentionsIn(s.i).some((m) => m.start <= x.start && x.end <= m.end),
    );
  if (jointTicket && mainVerb && !isModal(doc, mainVerb.i)) {
    let v = mainVerb.i; // "X and Y will run": the subject stands before the auxiliary
    while (v > s.firstToken && /^(?:will|shall|are|is|to|plan|plans)$/.test(doc.tokens[v - 1].lower)) v--;
    const subjects = coordinatedSubjects(doc, v).filter((e) => doc.entities.get(e.entity)?.label === 'Party');
    const planned = /\b(?:will|shall|plan|plans|planned|agreed|agree|to)\s+(?:\p{Ll}+\s+)?$/u.test(
      doc.text.slice(s.start, mainVerb.start),
    );
    for (let i = 0; i < subjects.length; i++) {
      for (let j = i + 1; j < subjects.length; j++)
        out.add('ALLIED_WITH', subjects[i], subjects[j], 'joint-ticket', 0.75, planned ? 'proposed' : 'current');
    }
    if (subjects.length >= 2) return;
  }
  if (
    firstVerb &&
    !deal &&
    /^(?:agreed|agree|signed|sealed|formed|announced|struck|unveiled|launched|decided)$/.test(firstVerb.lower) &&
    !isModal(doc, firstVerb.i)
  ) {
    const subjects = coordinatedSubjects(doc, firstVerb.i).filter((e) => doc.entities.get(e.entity)?.label === 'Party');
    if (subjects.length >= 2) {
      // "agreed to form a coalition" is to come; "agreed on seat adjustment" is a deal made
      const agreedOn = /^\s+(?:on|upon)\b/.test(doc.text.slice(firstVerb.end, firstVerb.end + 6));
      const status: TieStatus = /^agree/.test(firstVerb.lower) && !agreedOn ? 'proposed' : 'current';
      for (let i = 0; i < subjects.length; i++) {
        for (let j = i + 1; j < subjects.length; j++)
          out.add('ALLIED_WITH', subjects[i], subjects[j], 'coordinated-agreement', 0.75, status);
      }
      return;
    }
  }
  // "X and Y have agreed to form a coalition", "X and Y signed a pact": the coordinated subject are allies
  const formed =
    /\b(?:formed|form|forming|agreed|agree|signed|sign|sealed|struck|announced|entered|enter|join|joined|renewed)\s+(?:to\s+form\s+)?(?:an?\s+|the\s+|their\s+|a\s+new\s+)?(?:[\p{Ll}-]+\s+)?$/u.exec(
      before,
    );
  if (formed && !deal && !/^\s+with\b/.test(after)) {
    const clause = doc.mentions.filter(
      (m) => m.sentence === s.i && m.kind === 'party' && m.end <= s.start + formed.index,
    );
    const first = clause[0];
    if (first?.entity && clause.length >= 2) {
      const subjects = objectsAfter(doc, first.start, s.i, 0).filter(
        (e) => doc.entities.get(e.entity)?.label === 'Party',
      );
      const status: TieStatus = /\b(?:agreed|agree)\s+to\b/.test(formed[0]) ? 'proposed' : status0;
      for (let i = 0; i < subjects.length; i++) {
        for (let j = i + 1; j < subjects.length; j++)
          out.add('ALLIED_WITH', subjects[i], subjects[j], 'coordinated-subject', 0.8, status);
      }
      if (subjects.length >= 2) return;
    }
  }
  const withP = /^\s+with\s+/.exec(after);
  if (withP) {
    const other = objectsAfter(doc, tok.end + withP[0].length, s.i, 2);
    const verb =
      /\b(?:formed|form|forming|forms|agreed|signed|sealed|struck|entered|announced|joined|join|in|led|leads|leading|heads|headed|heading)\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?(?:an?\s+|the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.exec(
        before,
      );
    if (!verb || other.length === 0) return;
    // "X agreed to join a coalition with Y": the subject is the agreeing verb's; agreed, not yet formed
    const control = /\b(?:agreed|agrees|decided|decides|voted|votes)\s+to\s+$/.exec(
      doc.text.slice(s.start, s.start + verb.index),
    );
    const agreed = !!control && /^agree/.test(control[0].trim());
    let subj = subjectEndpoint(doc, doc.tokenAt(s.start + (control ? control.index : verb.index)));
    // "Benvenuti, who has led a coalition with the League": a leader's party is the League's ally
    if (subj && doc.entities.get(subj.entity)?.label === 'Person') {
      const party = partyOf(doc, subj.entity);
      subj = party ? { ...subj, entity: party } : null;
    }
    if (subj)
      for (const o of other) out.add('ALLIED_WITH', subj, o, 'alliance-with', 0.75, agreed ? 'proposed' : status);
    return;
  }
  // "X's coalition partner Y" / "the X-Y alliance"
  const partner = /^\s+partners?\s*,?\s+/.exec(after);
  if (partner) {
    const owner = doc.mentions.find(
      (m) => m.kind === 'party' && m.sentence === s.i && m.end <= tok.start && tok.start - m.end <= 4,
    );
    const others = objectsAfter(doc, tok.end + partner[0].length, s.i, 1);
    if (owner?.entity)
      for (const o of others)
        out.add(
          'ALLIED_WITH',
          { entity: owner.entity, start: owner.start, end: owner.end },
          o,
          'coalition-partner',
          0.8,
          status,
        );
  }
}

/**
 * A party joining or leaving an alliance ("walked out of the Lok Samriddhi Morcha", "joined the X alliance"),
 * ending its ties with another party ("snapped its ties with the X"), and an alliance's leader ("the Morcha, the alliance led by the RNS").
 */
function allianceMembership(doc: ArticleDoc, out: RelationSink): void {
  const parties = doc.mentions.filter((m) => m.kind === 'party' && m.entity);
  for (const p of parties) {
    const e = doc.entities.get(p.entity!);
    const s = doc.sentences[p.sentence];
    const after = doc.text.slice(p.end, s.end);
    const described =
      /^\s*(?:\([^()]{1,12}\))?\s*,\s+the\s+(?:ruling\s+|governing\s+|opposition\s+|\p{Ll}+\s+)?(?:alliance|coalition|bloc|front)\b/u.exec(
        after,
      );
    allyInAppositive(doc, p, parties, out);
    const before = doc.text.slice(s.start, p.start);
    // "X snapped its ties with the NDA", "severed links with", "ended its alliance with": allies until then
    const ended =
      /\b(?:snapped|severed|cut|broke(?:\s+off)?|ended)\s+(?:(?:its|their|all)\s+)?(?:ties|links|alliance|partnership)\s+with\s+(?:the\s+)?$/i.exec(
        before,
      );
    if (ended && !isModal(doc, doc.tokenAt(s.start + ended.index))) {
      const subj = subjectEndpoint(doc, doc.tokenAt(s.start + ended.index));
      if (subj && subj.entity !== p.entity)
        out.add('ALLIED_WITH', subj, { entity: p.entity!, start: p.start, end: p.end }, 'ties-ended', 0.75, 'past');
    }
    if (e?.partyKind !== 'alliance' && !described) continue;
    const verb =
      /\b(walked out of|pulled out of|withdrew from|broke away from|quit|left|exited|joined|rejoined|(?:is|are|was|were|remains?|remained|(?:has|have|had)\s+been)\s+(?:a\s+)?(?:part|members?)\s+of|stays? in)\s+(?:the\s+)?$/i.exec(
        before,
      );
    if (verb && !isModal(doc, doc.tokenAt(s.start + verb.index))) {
      const subj = subjectEndpoint(doc, doc.tokenAt(s.start + verb.index));
      const past = /walked|pulled|withdrew|broke|quit|left|exited|was|were|had/i.test(verb[1]);
      if (subj)
        out.add(
          'ALLIED_WITH',
          subj,
          { entity: p.entity!, start: p.start, end: p.end },
          'alliance-member',
          0.75,
          past ? 'past' : 'current',
        );
    }
    const led =
      /^\s*(?:\([^()]{1,12}\))?\s*,\s+the\s+(?:\p{Ll}+\s+)?(?:alliance|coalition|bloc|front)\s+(?:\p{Ll}+\s+)?(?:led|headed|dominated)\s+by\s+(?:the\s+)?/u.exec(
        after,
      );
    if (led) {
      const leader = doc.mentions.find((m) => m.kind === 'party' && m.start === p.end + led[0].length);
      if (leader?.entity)
        out.add(
          'ALLIED_WITH',
          { entity: p.entity!, start: p.start, end: p.end },
          { entity: leader.entity, start: leader.start, end: leader.end },
          'alliance-led-by',
          0.8,
          'current',
        );
    }
  }
}

/** "The JLP, a key RNA ally, said", "The TPP, another RNA constituent,": the party is in the other's alliance. */
function allyInAppositive(doc: ArticleDoc, p: Mention, parties: Mention[], out: RelationSink): void {
  const q = parties.find(
    (m) => m.sentence === p.sentence && m.start > p.end && m.start - p.end <= 40 && m.entity !== p.entity,
  );
  if (!q?.entity || q.entity === p.entity) return;
  const between = doc.text.slice(p.end, q.start);
  const appositive =
    /^\s*(?:\([^()]{1,12}\))?\s*,\s+(?:a|an|another|the|one)\s+(?:(former)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.exec(between);
  const role = /^['’]?s?\s+(?:coalition\s+|alliance\s+)?(?:ally|partner|constituent|member)\b/i.exec(
    doc.text.slice(q.end, q.end + 30),
  );
  if (!appositive || !role) return;
  out.add(
    'ALLIED_WITH',
    { entity: p.entity!, start: p.start, end: p.end },
    { entity: q.entity, start: q.start, end: q.end + role[0].length },
    'ally-appositive',
    0.8,
    appositive[1] ? 'past' : 'current',
  );
}

/** "X and Y met": mentions joined by "and" ending right before the verb (with auxiliaries only between). */
function coordinatedSubjects(doc: ArticleDoc, t: number): Endpoint[] {
  const tok = doc.tokens[t];
  // "the Civic Party (CP)": an acronym in brackets is the name before it
  const inSentence = doc
    .mentionsIn(tok.sentence)
    .filter((m) => m.end <= tok.start && m.entity)
    .filter(
      (m, i, all) =>
        !(i > 0 && all[i - 1].entity === m.entity && /^\s*\(\s*$/.test(doc.text.slice(all[i - 1].end, m.start))),
    );
  const last = inSentence.at(-1);
  const closing = (from: number, to: number) => doc.text.slice(from, to).replace(/^\s*\([^()]{1,12}\)/, '');
  // (a day may stand between: "X and Y on Sunday agreed")
  if (
    !last ||
    !/^\s*(?:on\s+\p{Lu}\p{Ll}+day\s+|(?:have|had|has|also|then|finally|first)\s+)*$/u.test(
      closing(last.end, tok.start),
    )
  )
    return [];
  const out: Endpoint[] = [{ entity: last.entity!, start: last.start, end: last.end }];
  for (let i = inSentence.length - 2; i >= 0; i--) {
    const m = inSentence[i];
    if (!/^\s*(?:,|and|&)\s*(?:the\s+)?$/i.test(closing(m.end, out[0].start))) break;
    out.unshift({ entity: m.entity!, start: m.start, end: m.end });
  }
  return out;
}

const ALLIANCE_WORDS = /^(?:coalition|alliance|pact|partnership|bloc|tie-up|partner|partners)$/;

/** "We supported PDM", "X joined hands with Y", "X allied with Y", "X backed Y". */
function alliedByVerb(doc: ArticleDoc, t: number, out: RelationSink): void {
  const tok = doc.tokens[t];
  if (isModal(doc, t)) return;
  if (/^govern/.test(tok.lower) && /^\s+together\b(?!\s+with\b)/.test(doc.text.slice(tok.end, tok.end + 20))) {
    governedTogether(doc, t, out);
    return;
  }
  const subj = subjectEndpoint(doc, t);
  if (!subj || doc.entities.get(subj.entity)?.label !== 'Party') return;
  // "is allied in the European Parliament with", "has governed since late 2022 with": a phrase of place or time
  // before "with" is passed over
  const inserted = /^(?:allied|govern|cooperat|collaborat|partnered)/.test(tok.lower)
    ? (/^\s+(?:in|since|at|for|from)(?:\s+[\p{L}\d'’-]+){1,4}?(?=\s+with\s)/u.exec(
        doc.text.slice(tok.end, tok.end + 60),
      )?.[0].length ?? 0)
    : 0;
  const from = tok.end + inserted;
  // "the Socialists, who govern with Sumar": governing with a party, not governing a country
  if (/^govern/.test(tok.lower) && !/^\s+(?:together\s+)?with\b/.test(doc.text.slice(from, from + 20))) return;
  // (past a description of the object: "with the leftist alliance Sumar")
  const lead =
    /^\s+(?:hands\s+with|up\s+with|with|together\s+with|forces\s+with)?\s*(?:the\s+(?:[\p{Ll}-]+\s+){0,2}(?:party|alliance|coalition|bloc)\s+(?=\p{Lu}))?/u.exec(
      doc.text.slice(from, from + 60),
    )?.[0] ?? '';
  // "backed Tory plans": a party word modifying a noun is not the party being backed
  const modifier = (o: Endpoint) => {
    const next = doc.tokens[doc.tokenAt(o.end)];
    return !!next && next.sentence === tok.sentence && /^\p{Ll}/u.test(next.text) && next.pos === 'NOUN';
  };
  const objects = objectsAfter(doc, from + lead.length, tok.sentence, 1).filter(
    (o) => doc.entities.get(o.entity)?.label === 'Party' && !modifier(o),
  );
  // "The Greens, who had governed with the SPD", "who governed with the SPD until ...": a tie of before
  const lead12 = doc.text.slice(Math.max(0, tok.start - 12), tok.start);
  const status: TieStatus =
    /\b(?:had|formerly|previously|once)\s+$/.test(lead12) ||
    (tok.lower === 'governed' && !/\b(?:has|have|having)\s+(?:\p{Ll}+ly\s+)?$/u.test(lead12))
      ? 'past'
      : 'current';
  for (const o of objects) out.add('ALLIED_WITH', subj, o, `verb:${tok.lower}`, 0.7, status);
}

/**
 * A party's named ally: "the LPP and its junior coalition partner, the Harmony Party", "X and its allies, Y and Z",
 * "the AKP's ally, the MHP",
 * "X, once an ally of Y" (a tie of before), "X, a coalition partner of Y".
 */
function namedAlly(doc: ArticleDoc, t: number, out: RelationSink): void {
  const tok = doc.tokens[t];
  const s = doc.sentences[tok.sentence];
  if (isModal(doc, t)) return;
  const before = doc.text.slice(s.start, tok.start);
  const parties = doc.mentionsIn(s.i).filter((m) => m.kind === 'party' && m.entity);
  // the party whose mention ends right before `at`, past a bracketed acronym and an alliance noun
  // the party whose mention ends right before `at` ("the Civic Party (CP) and its ...": the name, not the acronym)
  const ownerBefore = (at: number): Mention | undefined => {
    const before = parties.filter((m) => m.end <= at);
    const last = before.at(-1);
    const named = before.at(-2);
    return last && named?.entity === last.entity && /^\s*\(\s*$/.test(doc.text.slice(named.end, last.start))
      ? named
      : last;
  };
  const closes = (m: Mention | undefined, at: number) =>
    !!m && /^\s*(?:\([^()]{1,12}\))?\s*(?:coalition|alliance|bloc|party)?\s*$/.test(doc.text.slice(m.end, at));
  // ("The AKP's ally, the MHP": the owner is the possessor)
  const its =
    /,?\s+and\s+(?:its|their)\s+(?:(former|erstwhile|one-time)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.exec(before) ??
    /['’]s?\s+(?:(former|erstwhile|one-time)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.exec(before);
  const appositive =
    /,\s+(?:(once|formerly|long)\s+)?(?:a|an|the|another)\s+(?:(former|erstwhile|one-time)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.exec(
      before,
    );
  let owner: Mention | undefined;
  let others: Endpoint[] = [];
  let past = false;
  if (its) {
    owner = ownerBefore(s.start + its.index);
    if (!closes(owner, s.start + its.index)) return;
    const lead = /^\s*,?\s+(?:the\s+)?/.exec(doc.text.slice(tok.end, s.end));
    if (lead) others = objectsAfter(doc, tok.end + lead[0].length, s.i, 1);
    past = !!its[1];
  } else if (appositive && /^(?:ally|partner)$/.test(tok.lower)) {
    owner = ownerBefore(s.start + appositive.index);
    if (!closes(owner, s.start + appositive.index)) return;
    const of = /^\s+of\s+(?:the\s+)?/.exec(doc.text.slice(tok.end, s.end));
    if (of) others = objectsAfter(doc, tok.end + of[0].length, s.i, 1);
    past = !!appositive[1] || !!appositive[2];
  }
  if (!owner?.entity) return;
  for (const o of others)
    out.add(
      'ALLIED_WITH',
      { entity: owner.entity, start: owner.start, end: owner.end },
      o,
      'named-ally',
      0.8,
      past ? 'past' : 'current',
    );
}

/** "The ANC and the DA, the two largest partners in the GNU,": parties that an appositive calls partners. */
function partnersInAppositive(doc: ArticleDoc, t: number, out: RelationSink): void {
  const tok = doc.tokens[t];
  const s = doc.sentences[tok.sentence];
  const before = doc.text.slice(s.start, tok.start);
  const appositive = /,\s+(?:the|both)\s+(?:[\p{Ll}-]+\s+){0,3}$/u.exec(before);
  if (!appositive || isModal(doc, t)) return;
  const parties = coordinatedSubjects(doc, doc.tokenAt(s.start + appositive.index)).filter(
    (e) => doc.entities.get(e.entity)?.label === 'Party',
  );
  const status: TieStatus = /\b(?:former|previous|erstwhile|one-time)\s+/.test(appositive[0]) ? 'past' : 'current';
  for (let i = 0; i < parties.length; i++) {
    for (let j = i + 1; j < parties.length; j++)
      out.add('ALLIED_WITH', parties[i], parties[j], 'partners-appositive', 0.75, status);
  }
}

/**
 * "The GLP and the CUP, which governed together from 2015 to 2019": coordinated parties that govern (or
 * governed) as allies.
 */
function governedTogether(doc: ArticleDoc, t: number, out: RelationSink): void {
  const tok = doc.tokens[t];
  const s = doc.sentences[tok.sentence];
  const before = doc.text.slice(s.start, tok.start);
  const relative = /,\s*(?:which|who)\s+(?:(?:have|has|had)\s+)?$/.exec(before);
  const anchor = relative ? doc.tokenAt(s.start + relative.index) : t;
  const parties = coordinatedSubjects(doc, anchor).filter((e) => doc.entities.get(e.entity)?.label === 'Party');
  const status: TieStatus = tok.lower === 'governed' && !/\b(?:have|has)\s+$/.test(before) ? 'past' : 'current';
  for (let i = 0; i < parties.length; i++) {
    for (let j = i + 1; j < parties.length; j++)
      out.add('ALLIED_WITH', parties[i], parties[j], 'governed-together', 0.75, status);
  }
}

function opposition(doc: ArticleDoc, t: number, out: RelationSink): void {
  const tok = doc.tokens[t];
  // a stated position ("she would oppose the party at every turn") is opposition; a hypothesis ("if") is not
  const stance = /\b(?:would|will)\s+$/.test(doc.text.slice(Math.max(0, tok.start - 7), tok.start));
  if (
    isModal(doc, t) &&
    !(stance && !/\b(?:if|unless)\b/.test(doc.text.slice(doc.sentences[tok.sentence].start, tok.start)))
  )
    return;
  // "sat in opposition to X": the subject of "sat"; "voted against X": the subject of "voted"
  let verbTok = tok.lower === 'against' && t > 0 ? t - 1 : t;
  if (tok.lower === 'opposition') {
    const head = doc.text.slice(Math.max(0, tok.start - 20), tok.start);
    const v = /\b(?:sat|sit|sits|sitting|were|was|are|is|remained|remain)\s+in\s+$/.exec(head);
    if (!v) return;
    verbTok = doc.tokenAt(tok.start - head.length + v.index);
  }
  const subj = subjectEndpoint(doc, verbTok);
  if (!subj) return;
  const lead = tok.lower === 'opposition' ? (/^\s+to\s+/.exec(doc.text.slice(tok.end, tok.end + 6))?.[0] ?? '') : '';
  const objects = objectsAfter(doc, tok.end + lead.length, tok.sentence, 1).filter(
    (o) => doc.entities.get(o.entity)?.label === 'Party',
  );
  for (const o of objects) out.add('OPPOSED', subj, o, `verb:${tok.lower}`, 0.7);
}

/** "X met Y", "X met with Y", "X held talks with Y", "talks between X and Y". */
function meeting(doc: ArticleDoc, t: number, out: RelationSink): void {
  const tok = doc.tokens[t];
  if (isModal(doc, t)) return;
  const s = doc.sentences[tok.sentence];
  const after = doc.text.slice(tok.end, s.end);
  // "X told reporters after meeting Y": the main clause's subject met Y
  if (tok.lower === 'meeting' && /\b(?:after|before|while|when)\s+$/i.test(doc.text.slice(s.start, tok.start))) {
    const verb = doc.tokens.slice(s.firstToken, t).find((x) => x.pos === 'VERB' && x.quote < 0);
    const subj = verb ? subjectEndpoint(doc, verb.i) : null;
    const lead = /^\s+(?:with\s+)?/.exec(after)?.[0] ?? '';
    if (subj)
      for (const o of objectsAfter(doc, tok.end + lead.length, s.i, 1)) out.add('MET_WITH', subj, o, 'met', 0.75);
    return;
  }
  if (/^(?:meeting|talks)$/.test(tok.lower)) {
    const between = /^\s+(?:between|with)\s+/.exec(after);
    if (!between) return;
    const parties = objectsAfter(doc, tok.end + between[0].length, s.i, 1);
    if (/^\s+between/.test(after)) {
      for (let i = 0; i < parties.length; i++)
        for (let j = i + 1; j < parties.length; j++) out.add('MET_WITH', parties[i], parties[j], 'talks-between', 0.75);
      return;
    }
    const held = /\b(?:held|hold|holds|holding|had|has)\s+(?:a\s+)?(?:\p{Ll}+\s+)?$/u.exec(
      doc.text.slice(s.start, tok.start),
    );
    if (!held) return;
    const subj = subjectEndpoint(doc, doc.tokenAt(s.start + held.index));
    if (subj) for (const p of parties) out.add('MET_WITH', subj, p, 'talks-with', 0.75);
    return;
  }
  if (tok.pos !== 'VERB') return;
  // "X and Y met for two hours": the two subjects met each other
  const pair = coordinatedSubjects(doc, t);
  if (pair.length >= 2 && !/^\s+(?:with\s+)?(?:the\s+)?\p{Lu}/u.test(after)) {
    for (let i = 0; i < pair.length; i++)
      for (let j = i + 1; j < pair.length; j++) out.add('MET_WITH', pair[i], pair[j], 'met-each-other', 0.75);
    return;
  }
  const subj = subjectEndpoint(doc, t);
  if (!subj) return;
  const lead = /^\s+(?:with\s+)?/.exec(after)?.[0] ?? '';
  for (const o of objectsAfter(doc, tok.end + lead.length, s.i, 1)) out.add('MET_WITH', subj, o, 'met', 0.8);
}
