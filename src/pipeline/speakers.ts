// Who a cue belongs to: the subject mention before a verb (past an appositive), the name after an inverted cue
// ("said Mr X"), and pronouns ("he said") resolved to the most recent compatible person outside quotations,
// preferring the subject of a recent sentence over a name in object position.
import { findDateline } from '../read/find-dateline.js';
import type { ArticleDoc, Gender, LocalEntity, Mention } from './article-doc.js';
import { PROFESSION_NOUNS, ROLE_NOUNS } from '../lexicon/titles.js';
import { SPEECH_VERBS } from '../lexicon/speech-cues.js';
import { ORG_HEADS } from '../lexicon/organisations.js';
import { low } from './names.js';

/** What stands in subject position: a resolved entity, or nothing usable. */
export interface Subject {
  /** Entity key, or null when the subject is not a known person or party. */
  entity: string | null;
  /** Span of the subject words. */
  start: number;
  end: number;
  kind: 'person' | 'party' | 'title' | 'pronoun' | 'other';
}

const PRONOUN_GENDER: Record<string, Gender> = { he: 'm', she: 'f', him: 'm', her: 'f' };
const SUBJECT_PRONOUNS = /^(he|she)$/i;

/** Auxiliaries and adverbs allowed between a subject and its verb ("has also", "can purportedly be heard"). */
const BETWEEN_SUBJECT_AND_VERB = new RegExp(
  String.raw`^\s*(?:\([^()]{1,30}\)\s*)?,?\s*(?:(?:on|late\s+on|early\s+on|earlier|later)\s+\p{Lu}\p{Ll}+day\s+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|(?:earlier|later)\s+(?:today|tonight|this\s+(?:week|month|morning|year))\s+|(?:this|last)\s+(?:week|month|year)\s+|(?:has|had|have|was|is|were|are|will|would|also|then|further|later|again|once|previously|earlier|` +
    String.raw`can|could|may|might|must|should|did|does|do|be|been|being|reportedly|purportedly|allegedly|` +
    String.raw`apparently|clearly|quickly|repeatedly|publicly|privately|recently|subsequently|separately|` +
    String.raw`often|even|still|already|always|now|just|only|first|long|frequently|since|` +
    String.raw`however|meanwhile|too|himself|herself|themselves|went\s+on\s+to|goes\s+on\s+to|(?:seemed|seems|appeared|appears)\s+to|heard|quoted\s+as|seen|recorded)\s+|\p{Ll}{4,}ly\s+|` +
    // a negation ("X isn't saying", "X has not mentioned", "X never said"): the claim keeps it (see find-claims)
    String.raw`(?:is|are|was|were|do|does|did|has|have|had)n['’]t\s+|not\s+|never\s+|` +
    // where or in what the subject spoke: "X in a Medium post said", "X in an interview with CNN said"
    String.raw`(?:in|on|at|during)\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|interview|post|tweet|letter|speech|op-ed|column|video|e-?mail|message|release|appearance|rally|conference|briefing|debate|hearing|address|broadcast)(?:\s+(?:with|on|to)\s+(?:[\p{L}.'’&-]+\s+){1,3}?)?\s*|on\s+(?:Twitter|Facebook|Instagram|television|TV|radio)\s+)*$`,
  'u',
);

/** The mentions of the sentence holding `offset`, outside quotations, in order. */
export function mentionsInSentence(doc: ArticleDoc, sentence: number): Mention[] {
  return doc.mentionsIn(sentence);
}

/**
 * The subject of a verb starting at `verbStart`: the nearest mention before it in the same sentence, joined to
 * the verb only by auxiliaries and adverbs, or by an appositive between commas ("Kamal, MQM-P's deputy
 * convener, said"). Pronouns "he"/"she" are resolved.
 */
/** A quoted phrase of up to five words (in double quote marks or two apostrophes), a comma allowed at its end. */
const QUOTED_PHRASE = /(?:["“]|'')(?:[\p{L}\p{N}'’-]+\s){0,4}[\p{L}\p{N}’-]+[,.]?(?:["”]|'')/gu;
/** "X of the (centrist) ...": what leads from a person to the party they belong to. */
const OF_PARTY_LEAD = /^,?\s+of\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;

/** Whether the word at `offset` is an -ing form ("denouncing"). */
function gerundAt(doc: ArticleDoc, offset: number): boolean {
  const tok = doc.tokens[doc.tokenAt(offset)];
  return !!tok && tok.start === offset && /\p{L}{2,}ing$/u.test(tok.lower);
}

/** The closing mark of such a phrase, right after a name inside it. */
const QUOTED_PHRASE_AT = /^["”]/;

export function subjectBefore(doc: ArticleDoc, verbStart: number, sentence: number, clauseStart = -1): Subject | null {
  const s = doc.sentences[sentence];
  if (!s) return null;
  const from = Math.max(s.start, clauseStart);
  const candidates = doc.mentionsIn(sentence).filter((m) => m.end <= verbStart && m.start >= from);
  // "Ana Ruiz, who calls the plan a “farce,” said": a relative clause of any length, quotations and all
  // (not the object of a preposition: "Supporters of X, who is serving a sentence, have pushed ...")
  const afterPreposition = (m: Mention) =>
    /\b(?:of|for|to|with|by|from|against|about)\s+(?:(?:the|former|late)\s+)*(?:(?:Democrat|Republican|Labour|Labor|Tory|Conservative|Liberal|Socialist|Green|Communist|Nationalist)\s+)?$/u.test(
      doc.text.slice(Math.max(from, m.start - 24), m.start),
    );
  const relative = candidates.find(
    (m) =>
      (m.kind === 'person' || m.kind === 'party') &&
      (isRelativeClause(doc.text.slice(m.end, verbStart)) ||
        isRelativeThenPredicate(doc.text.slice(m.end, verbStart))) &&
      !afterPreposition(m),
  );
  if (relative)
    return {
      entity: relative.entity,
      start: relative.start,
      end: relative.end,
      kind: relative.kind === 'party' ? 'party' : 'person',
    };
  // the nearest candidate first; a title or name inside an appositive is passed over for the name before it
  for (let i = candidates.length - 1; i >= 0; i--) {
    const m = candidates[i];
    // a quoted phrase of a few words ('one of the so-called "Crane Girls"') reads as any other words
    if (doc.tokens[doc.tokenAt(m.start)]?.quote >= 0 && QUOTED_PHRASE_AT.test(doc.text.slice(m.end, m.end + 2)))
      continue;
    // (a comma inside the closing mark closes the appositive: ', citing "the magic of Trump," said')
    const between = doc.text.slice(m.end, verbStart).replace(QUOTED_PHRASE, (q) => (q.includes(',') ? 'Q,' : 'Q'));
    // a quotation, a colon or a sentence-like full stop (not an abbreviation such as "U.S.") ends the search
    if (between.length > 160 || /["“”;:]|\p{Ll}{2,}\.\s/u.test(between)) break;
    // "María Ochoa of the Frente Amplio Serrano (FAS) accused": the party belongs to the person before it
    // (also "X, of the Liberal Renewal Party (PRL), said", whose bracketed acronym is the same party)
    if (m.kind === 'party' && i > 0 && OF_PARTY_LEAD.test(doc.text.slice(candidates[i - 1].end, m.start))) continue;
    if (
      m.kind === 'party' &&
      i > 1 &&
      candidates[i - 1].entity === m.entity &&
      /^\s*\(\s*$/.test(doc.text.slice(candidates[i - 1].end, m.start)) &&
      OF_PARTY_LEAD.test(doc.text.slice(candidates[i - 2].end, candidates[i - 1].start))
    )
      continue;
    // "X and other Republicans said": the party names the others; X speaks (the verb right after them)
    if (
      m.kind === 'party' &&
      i > 0 &&
      candidates[i - 1].kind === 'person' &&
      /^\s+and\s+other\s+$/.test(doc.text.slice(candidates[i - 1].end, m.start)) &&
      BETWEEN_SUBJECT_AND_VERB.test(between)
    ) {
      const x = candidates[i - 1];
      return { entity: x.entity, start: x.start, end: x.end, kind: 'person' };
    }
    // (nor the object of a preposition: "supporters of Democrat X say", but "the spectacle of X denouncing")
    if (m.kind === 'person' && afterPreposition(m) && !(/^\s*$/.test(between) && gerundAt(doc, verbStart))) continue;
    if (
      BETWEEN_SUBJECT_AND_VERB.test(between) ||
      isAppositive(between) ||
      isSubjectExtension(between) ||
      (m.kind === 'person' && isBodyAppositive(between))
    ) {
      // "Ana Ruiz, contradicting Ben Ode, said": a name closing an appositive is passed over for the subject
      if (/^\)?\s*(?:\([^()]{1,12}\)\s*)?,/.test(between)) {
        const outer = candidates
          .slice(0, i)
          .find((o) => o.kind !== 'party' && isAppositive(doc.text.slice(o.end, verbStart)));
        if (outer) return { entity: outer.entity, start: outer.start, end: outer.end, kind: subjectKind(outer) };
        // "Third Force, an alliance of the Forward Party and the Farmers' Party, has governed ...": the name
        // closes an appositive of a subject the article does not know; "The Farmers' Party, an ally of the
        // Forward Party, has ...", "The MK Party, led by former President X, said": of the party before it
        const opener = /^[^,]+,\s+(?:(?:a|an|the|another|one)\s|(?:led|headed|founded|chaired)\s+by\s)[^,]*$/u.exec(
          doc.text.slice(from, m.start),
        );
        if (opener) {
          const head = candidates.slice(0, i).filter((o) => o.end <= from + opener[0].indexOf(','));
          if (head.length === 0) return null;
          const party = head.at(-1)!;
          if (party.kind === 'party')
            return { entity: party.entity, start: party.start, end: party.end, kind: 'party' };
        }
      }
      const kind = m.kind === 'group' ? 'other' : m.kind === 'pronoun' ? 'pronoun' : m.kind;
      return { entity: m.entity, start: m.start, end: m.end, kind };
    }
  }
  // "the MQM-P leader can be heard": an office of a party, held by the one member the article names
  const office = partyOffice(doc, verbStart, sentence, from);
  if (office) return office;
  // a pronoun subject
  const pron = pronounBefore(doc, verbStart, from);
  if (pron) {
    return { entity: resolvePronoun(doc, pron.start, pron.word), start: pron.start, end: pron.end, kind: 'pronoun' };
  }
  // a second predicate ("X embraced the mogul and said ..."): the subject of the sentence's first verb
  const leadStart = Math.max(from, verbStart - 30);
  const conjunction = /\b(?:and|but)\s+(?:\p{Ll}+ly\s+)?(?:also\s+|then\s+|later\s+)?$/u.exec(
    doc.text.slice(leadStart, verbStart),
  );
  // (not a second infinitive: "Obama's failure to understand and counter X" has no subject of its own)
  if (
    clauseStart < 0 &&
    conjunction &&
    !secondInfinitive(doc, leadStart + conjunction.index, doc.tokens[doc.tokenAt(verbStart)]?.lower ?? '')
  ) {
    const main = mainClauseStart(doc, sentence);
    for (let t = s.firstToken; t < s.endToken && doc.tokens[t].start < verbStart; t++) {
      const tok = doc.tokens[t];
      if (tok.quote >= 0 || tok.pos !== 'VERB' || tok.start < main) continue;
      // the first predicate's verb comes before the conjunction
      if (tok.start >= leadStart + conjunction.index) break;
      // its subject stands before its auxiliaries, negated or not ("X did not name them, but told ...")
      let v = t;
      while (v > s.firstToken && (doc.tokens[v - 1].pos === 'AUX' || doc.tokens[v - 1].pos === 'PART')) v--;
      // a verb with no subject of its own ("a wide-ranging interview") is passed over for the next one
      const subject = subjectBefore(doc, doc.tokens[v].start, sentence, s.start);
      if (subject) return subject;
    }
  }
  return null;
}

/**
 * Whether the conjunction at `at` joins a second verb to an infinitive ("to understand and counter"): the verb after
 * it (`verb`, lowercased) is a bare form, not a finite one ("went down on one knee to propose and added").
 */
export function secondInfinitive(doc: ArticleDoc, at: number, verb: string): boolean {
  if (at < 0 || /(?:ed|s)$/.test(verb) || FINITE_PAST.has(verb)) return false;
  const t = doc.tokenAt(at);
  const first = doc.tokens[t - 1];
  return !!first && first.pos === 'VERB' && doc.tokens[t - 2]?.lower === 'to';
}

/** Past forms of verbs of saying and stance that do not end in -ed. */
const FINITE_PAST = new Set(['said', 'told', 'wrote', 'spoke', 'made', 'took', 'gave', 'went', 'thought', 'sought']);

/**
 * A leading adverbial clause ("After Ruiz fell ill, Ode wrote ...", "In June, when the vote failed, Ode said ...")
 * is no part of the main clause: where the main clause starts, the sentence start when there is none.
 */
const LEADING_SUBORDINATE =
  /^(?:[^,]{0,40},\s*)?(?:after|when|while|as|because|since|before|once|if|although|though|until|whereas)\s[^,;:"“”]{1,120},\s*/i;

/** A participle inside a noun phrase, after a determiner, adjective or possessive ("the leaked audio"). */
export function isParticipleModifier(doc: ArticleDoc, k: number): boolean {
  const x = doc.tokens[k];
  const prev = doc.tokens[k - 1];
  return (
    x.pos === 'VERB' &&
    /(?:ed|en|ing)$/.test(x.lower) &&
    !!prev &&
    (prev.pos === 'DET' || prev.pos === 'ADJ' || /^(?:his|her|their|its|our|my|your)$/.test(prev.lower))
  );
}

/**
 * Whether the sentence's first mention `m` is the object of its main verb, not the subject of a participle after
 * a comma: the sentence opens with a common noun, its subject, and a verb follows before `m` ("Leaders of the
 * opposition announced a bid to unseat President X, accusing ..."). Not "..., with X marching up to him, saying".
 */
export function isMainVerbObject(doc: ArticleDoc, sentence: number, m: { start: number; end: number }): boolean {
  const s = doc.sentences[sentence];
  const k = doc.tokenAt(m.start);
  if (doc.tokens[k - 1]?.lower === 'with' && /ing$/.test(doc.tokens[doc.tokenAt(m.end)]?.lower ?? '')) return false;
  let nounSubject = false;
  // ("ABUJA (AP) — Leaders of ...": the sentence starts after a dateline)
  const lead = doc.text.slice(s.start, Math.min(s.end, s.start + 80));
  const first = doc.tokenAt(
    s.start + (lead.length - lead.trimStart().length) + (findDateline(lead.trimStart())?.length ?? 0),
  );
  for (let t = first; t < k; t++) {
    const tok = doc.tokens[t];
    if (tok.quote >= 0) continue;
    if (!nounSubject && (tok.pos === 'ADP' || tok.pos === 'SCONJ' || tok.pos === 'PUNCT')) return false;
    // (a capitalised plural opening the sentence, "Leaders of ...", is tagged as a proper noun)
    if (tok.pos === 'NOUN' || (tok.pos === 'PROPN' && t === first && /s$/.test(tok.lower))) nounSubject = true;
    else if (nounSubject && tok.pos === 'VERB' && !isParticipleModifier(doc, t)) return true;
  }
  return false;
}

export function mainClauseStart(doc: ArticleDoc, sentence: number): number {
  const s = doc.sentences[sentence];
  if (!s) return 0;
  const m = LEADING_SUBORDINATE.exec(doc.text.slice(s.start, Math.min(s.end, s.start + 200)));
  return m ? s.start + m[0].length : participleEnd(doc, sentence);
}

/**
 * A leading participle phrase ("Asked about Ruiz, Ode said ...", "Speaking in Lagos, Ode ..."): its names are
 * objects, the main clause's subject comes after it. Where the main clause starts, the sentence start when there
 * is no such phrase.
 */
function participleEnd(doc: ArticleDoc, sentence: number): number {
  const s = doc.sentences[sentence];
  const first = doc.tokens[s.firstToken];
  if (!first || first.pos !== 'VERB' || !/(?:ed|ing)$/.test(first.lower)) return s.start;
  const m = /^[^,;:"“”]{1,120},\s*/.exec(doc.text.slice(s.start, Math.min(s.end, s.start + 200)));
  return m ? s.start + m[0].length : s.start;
}

/** "..., X said." / "said Mr X": a mention right after a cue, or a pronoun. */
export function subjectAfter(doc: ArticleDoc, offset: number, sentence: number): Subject | null {
  const rest = doc.text.slice(offset, offset + 40);
  const pm = /^\s*(he|she)\b/i.exec(rest);
  if (pm) {
    const start = offset + rest.indexOf(pm[1]);
    return {
      entity: resolvePronoun(doc, start, pm[1].toLowerCase()),
      start,
      end: start + pm[1].length,
      kind: 'pronoun',
    };
  }
  const m = doc.mentionsIn(sentence).find((x) => x.start >= offset && x.start - offset <= 40);
  if (!m) return null;
  // "said Vice President X", "said Polk County Sheriff X": capitalised office and place words may come first,
  // or a lowercase description ending in a role ("said former tech executive X")
  const between = doc.text.slice(offset, m.start);
  if (
    !/^\s*(?:[Tt]he\s+)?(?:(?:former\s+)?[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u.test(between) &&
    !isRoleLead(between) &&
    !isDescriptionLead(doc, offset, m.start)
  )
    return null;
  const holder = ownedRoleHolder(doc, m, sentence);
  if (holder) return { entity: holder.entity, start: holder.start, end: holder.end, kind: 'person' };
  // "according to PPP Senator Sherry Rehman": a party naming the office of the person after it
  if (m.kind === 'party') {
    const person = doc.mentionsIn(sentence).find((x) => x.start > m.end && x.start - m.end <= 30);
    // (the office between them, or opening the person's mention: "PPP Senator X")
    const office = person && /^\s+((?:[\p{L}-]+\s+){0,3})$/u.exec(doc.text.slice(m.end, person.start));
    const words = office ? `${office[1]} ${doc.text.slice(person!.start, person!.end)}`.split(/\s+/) : [];
    if (person?.kind === 'person' && words.some((w) => ROLE_NOUNS.has(w.toLowerCase())))
      return { entity: person.entity, start: person.start, end: person.end, kind: 'person' };
  }
  // "suggested business mogul X's refusal ...": a possessor is not the speaker
  if (/^['’]s\b/u.test(doc.text.slice(m.end, m.end + 3))) return null;
  return {
    entity: m.entity,
    start: m.start,
    end: m.end,
    kind: m.kind === 'pronoun' || m.kind === 'group' ? 'other' : m.kind,
  };
}

/**
 * Professions that describe a speaker before the name, besides the political roles of ROLE_NOUNS; "executive"
 * too, which the name splitter leaves alone ("Executive Order" is no title).
 */
const PROFESSIONS = new Set([...PROFESSION_NOUNS, 'executive']);
function subjectKind(m: Mention): Subject['kind'] {
  return m.kind === 'group' ? 'other' : m.kind === 'pronoun' ? 'pronoun' : m.kind;
}

/** Relations that describe a speaker by whom they stand with ("a Smith ally", "a Smith constituent"). */
const RELATION_NOUNS = new Set('ally friend constituent supporter donor critic confidant'.split(' '));

/**
 * "said Clinton ally James Carville", "said Marquette pollster Ann Lee", "said Ortiz's lawyer Ben Hale": a name
 * followed by a role and another person's name; the speaker is the role holder.
 */
function ownedRoleHolder(doc: ArticleDoc, m: Mention, sentence: number): Mention | null {
  const next = doc.mentionsIn(sentence).find((x) => x.start > m.end && x.start - m.end <= 40);
  if (!next?.entity || next.kind !== 'person') return null;
  const between = doc.text.slice(m.end, next.start);
  const role = /^(?:['’]s?)?(\s+(?:\p{Ll}[\p{L}-]*\s+){1,3})$/u.exec(between);
  if (role && isRoleLead(role[1])) return next;
  // "said X's top foreign policy aide Y", "said X's deputy campaign manager, Y": an owned description
  const owned = /^['’]s(\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*)(,?\s+)$/u.exec(between);
  if (!owned) return null;
  return isDescriptionLead(doc, m.end + 2, next.start) ? next : null;
}

/** Words that end a description: after them, the name is not the description's. */
const CLAUSE_WORDS = /^(?:that|which|who|on|in|at|to|for|with|of|and|or|but|after|before|when|while|because|if|as)$/i;

/**
 * "former Ohio governor ", "retired neurosurgeon ", "the younger ": a short description before a name, read from
 * the tagger (adjectives, nouns, names, a determiner first) and ending in a singular noun or an adjective.
 */
export function isDescriptionLead(doc: ArticleDoc, from: number, to: number): boolean {
  const between = doc.text.slice(from, to);
  const comma = /,\s+$/.test(between);
  // (a number may be part of it: "9/11 widow X")
  if (!/^\s*[\p{L}\p{N}][\p{L}\p{N}/.'’ -]*,?\s$/u.test(between)) return false;
  const first = doc.tokenAt(from);
  // an appositive's comma ("X's deputy campaign manager, Y") closes the description
  const end = doc.tokenAt(to) - (comma ? 1 : 0);
  if (end - first < 1 || end - first > 5) return false;
  for (let k = first; k < end; k++) {
    const t = doc.tokens[k];
    if (CLAUSE_WORDS.test(t.lower) || t.quote >= 0) return false;
    const ok =
      t.pos === 'ADJ' ||
      t.pos === 'NOUN' ||
      t.pos === 'PROPN' ||
      (t.pos === 'NUM' && k === first) ||
      (t.pos === 'DET' && k === first && /^(?:the|a|an)$/.test(t.lower)) ||
      (t.pos === 'PART' && /^['’]s$/.test(t.lower)) ||
      t.text === '-';
    if (!ok) return false;
  }
  const last = doc.tokens[end - 1];
  return (last.pos === 'NOUN' && !/s$/.test(last.lower)) || last.pos === 'ADJ';
}

/** "former tech executive ", "the party's campaign director ": up to five words ending in a singular role. */
function isRoleLead(between: string): boolean {
  const words = between.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5 || words.some((w) => CLAUSE_WORDS.test(w))) return false;
  const last = words[words.length - 1].toLowerCase();
  return !/s$/.test(last) && (ROLE_NOUNS.has(last) || PROFESSIONS.has(last) || RELATION_NOUNS.has(last));
}

function partyOffice(doc: ArticleDoc, verbStart: number, sentence: number, from: number): Subject | null {
  const party = [...doc.mentions]
    .reverse()
    .find((m) => m.sentence === sentence && m.kind === 'party' && m.end <= verbStart && m.start >= from);
  if (!party?.entity) return null;
  const between = doc.text.slice(party.end, verbStart);
  const m =
    /^['’]?s?\s+(?:deputy\s+|senior\s+|top\s+)?(leader|chief|head|chairman|chairwoman|spokesman|spokeswoman|spokesperson|convener|convenor|president)\s+(.*)$/su.exec(
      between,
    );
  if (!m || !BETWEEN_SUBJECT_AND_VERB.test(m[2])) return null;
  const members = doc.relations.filter((r) => r.type === 'MEMBER_OF' && r.to === party.entity).map((r) => r.from);
  const unique = [...new Set(members)];
  if (unique.length !== 1) return null;
  return { entity: unique[0], start: party.start, end: verbStart - m[2].length, kind: 'title' };
}

/**
 * "X of California said", "X of the centrist Future Now party said", "X of the National Action Party (NAP) said",
 * "X, who endorsed Y in May and said": material that may separate a subject from its verb.
 */
function isSubjectExtension(between: string): boolean {
  // "Edwards and others said", "X and other Republicans said": the named person speaks among them
  // (not a relative clause: "Hawkins and others who want to ...")
  if (
    /^\s+and\s+(?:several\s+|many\s+|some\s+)?others?(?:\s+(?!(?:who|whom|that|which)\b)[\p{L}-]+){0,3}?\s+$/u.test(
      between,
    )
  )
    return true;
  if (
    /^\s+of\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}(?:\s+party)?(?:\s+\([^()]{1,12}\))?\s+(?:\p{Ll}+ly\s+)?$/u.test(
      between,
    )
  )
    return true;
  return /^\s*,\s*who\s+[^;:"“”]{1,140}?\s+(?:and|but)\s+(?:(?:also|then|later)\s+)?(?:\p{Ll}+ly\s+)?$/u.test(between);
}

/**
 * ", whose party won one seat, congratulated Y and ": a relative clause, then a first predicate of the same subject
 * before the verb ("X, whose ..., congratulated Y and said ...").
 */
function isRelativeThenPredicate(between: string): boolean {
  return /^\s*(?:\([^()]{1,12}\)\s*)?,\s*(?:who|whose)\s+[^;:]{1,220}?,\s*\p{Ll}+(?:ed|ew|ought|ave|ade|ent|ok)\s+[^;:,"“”]{0,80}?\s+(?:and|but)\s+(?:(?:also|then|later)\s+)?$/u.test(
    between,
  );
}

/** ", who calls the plan a “farce,” " / ", whose ... , has": a relative clause closed by a comma before the verb. */
function isRelativeClause(between: string): boolean {
  return /^\s*(?:\([^()]{1,12}\)\s*)?,\s*(?:who|whose)\s+[^;:]{1,220}?,["”’']?\s*(?:(?:has|had|have|was|is|also|then|later|since)\s+)*(?:\p{Ll}+ly\s+)?$/u.test(
    between,
  );
}

/** ", the party's whip, " / ", 58, who farms near Ostend, ": up to three descriptions between commas, or one between dashes. */
/** ", Blackpool Hotel Association said": the body a person speaks for, after a comma that is not closed. */
function isBodyAppositive(between: string): boolean {
  const m = /^\s*,\s*(?:the\s+)?(?:[\p{Lu}][\p{L}&.'’-]*\s+){0,4}([\p{Lu}][\p{L}&.'’-]*)\s+$/u.exec(between);
  return !!m && ORG_HEADS.has(m[1].toLowerCase());
}

function isAppositive(between: string): boolean {
  // " — a teacher from Mount Pleasant — " / " -- who ... -- ": a description between dashes
  if (/^\s+(?:—|–|--)\s[^—–;:"“”]{2,160}\s(?:—|–|--)\s*(?:(?:has|had|also|then|later|was|is)\s+)*$/u.test(between))
    return true;
  return /^\s*(?:\([^()]{1,30}\)\s*)?(?:,[^,;:"“”]{2,90}){1,3},\s*(?:(?:has|had|also|then|further|later|have|was|is|can|could)\s+)*(?:\p{Ll}+ly\s+)?$/u.test(
    between,
  );
}

function pronounBefore(
  doc: ArticleDoc,
  verbStart: number,
  from: number,
): { start: number; end: number; word: string } | null {
  const before = doc.text.slice(Math.max(from, verbStart - 60), verbStart);
  const m = /(?:^|[^\p{L}])(he|she|He|She)(\s+(?:[\p{Ll}]+\s+){0,3})$/u.exec(before);
  if (!m) return null;
  if (!BETWEEN_SUBJECT_AND_VERB.test(m[2])) return null;
  const start = verbStart - m[2].length - m[1].length;
  return { start, end: start + m[1].length, word: m[1].toLowerCase() };
}

/**
 * The person a "he"/"she" at `offset` points back to: the subject (first person mention outside quotations)
 * of the nearest earlier sentence that has a compatible one, within the same or previous paragraphs; the
 * most recent compatible mention of the current sentence comes first when there is one.
 */
/**
 * Whether a person may hold an office: one whose head the article gives them ("the Ohio governor" and "Gov."), a
 * head anyone may be called by ("the Russian leader"), or any office when the article gives them no other.
 */
function holdsOffice(e: LocalEntity | undefined, office: string): boolean {
  if (!e || e.titles.size === 0) return true;
  const head = low(office).split(/\s+/).pop() ?? '';
  if (/^(?:leader|chief|head|boss|official|politician|veteran|figure)$/.test(head)) return true;
  let otherOffice = false;
  for (const t of e.titles)
    for (const w0 of low(t).split(/\s+/)) {
      const w = OFFICE_SHORT[w0.replace(/\.$/, '')] ?? w0;
      if (w === head) return true;
      if (ROLE_NOUNS.has(w) && !/^(?:candidates?|nominees?|hopefuls?|challengers?)$/.test(w)) otherOffice = true;
    }
  // (standing for an office, "former candidate", is holding none)
  return !otherOffice;
}

/** Shortened offices in titles ("Ohio Gov.", "Sen."). */
const OFFICE_SHORT: Record<string, string> = {
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  pres: 'president',
  sec: 'secretary',
};

/**
 * Whether sentence `s` opens with a description ("The MP for X", "The charity", "A spokesman") whose speech verb
 * comes before `firstMention`, the first person or body the sentence names, and whether it is definite (somebody named
 * before, "The MEP said") or indefinite (somebody the article leaves unnamed, "A spokeswoman said").
 */
function describedSpeaker(doc: ArticleDoc, s: number, firstMention: number): 'definite' | 'indefinite' | null {
  const sentence = doc.sentences[s];
  const opener = /^[\s"“]*(The|A|An)\s/.exec(doc.text.slice(sentence.start, sentence.start + 6));
  if (!opener) return null;
  // ("The chancellor said ...": an office, which the article may give a person named before)
  if (doc.untiedOffices.some((m) => m.sentence === s)) return null;
  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    const tok = doc.tokens[t];
    if (tok.start >= firstMention || tok.quote >= 0 || tok.pos === 'PRON') return null;
    // (a capitalised word the tagger reads as a verb is part of a name: "The MP for Hallow and Crane")
    if (tok.pos === 'VERB' && /^\p{Ll}/u.test(tok.text)) {
      // ("A reporter asked X how ... He replied": the one asked answers)
      if (!SPEECH_VERBS.has(tok.lower) || ADDRESSING_VERBS.test(tok.lower)) return null;
      return opener[1] === 'The' ? 'definite' : 'indefinite';
    }
  }
  return null;
}

/** Verbs of speaking to somebody, whose object may speak next. */
const ADDRESSING_VERBS = /^(?:ask|asks|asked|asking|told|tell|tells|question|questioned|pressed|urged|interviewed)$/;

export function resolvePronoun(doc: ArticleDoc, offset: number, word: string): string | null {
  if (!SUBJECT_PRONOUNS.test(word) && !(word in PRONOUN_GENDER)) return null;
  const gender = PRONOUN_GENDER[word] ?? null;
  const here = doc.sentenceAt(offset);
  if (!here) return null;
  const insideQuote = doc.tokens[doc.tokenAt(offset)]?.quote ?? -1;
  const compatible = (m: Mention) => {
    if (!m.entity || (m.kind !== 'person' && m.kind !== 'title')) return false;
    if (m.inQuote && insideQuote < 0) return false;
    const e = doc.entities.get(m.entity);
    return !!e && e.label === 'Person' && (!gender || !e.gender || e.gender === gender);
  };
  // "Ruiz has failed, he claimed": the speaker of reported words is none of the names in them (but "Ruiz, she
  // said, ..." is a name set apart by the attribution, which may be the subject)
  const lead = /,\s*["”']?\s*$/.exec(doc.text.slice(Math.max(here.start, offset - 4), offset));
  const t = doc.tokenAt(offset);
  const inverted =
    lead !== null &&
    SPEECH_VERBS.has(doc.tokens[t + 1]?.lower ?? '') &&
    !doc.mentions.some((m) => m.end === offset - lead[0].length);
  // the reported words start after a colon ('X saw it differently: "...," he said'), else with the sentence
  const colon = doc.text.lastIndexOf(':', offset);
  const wordsStart = inverted ? Math.max(here.start, colon + 1) : offset;
  const sameSentence = doc.mentionsIn(here.i).filter((m) => m.end <= Math.min(offset, wordsStart) && compatible(m));
  let found: string | null = null;
  if (sameSentence.length) {
    // in a subordinate clause ("... to Lord Ashcroft after he said") the nearest name; otherwise the subject
    const lead = doc.text.slice(Math.max(here.start, offset - 12), offset);
    const subordinate =
      /\b(?:after|before|when|because|as|since|while|until|once|if|though|although|where|that)\s+$/i.test(lead);
    // "Asked about X, Y said she ...", "In New York, after meeting with X, Y proposed what she said ...": past a
    // leading participle phrase or subordinate clause
    const main = mainClauseStart(doc, here.i);
    // (a possessor is no subject: "While Clinton has voiced concern over the case, and of Emanuel's situation,
    // she ...")
    const subject =
      sameSentence.find((m) => m.start >= main && !/^['’]s?\b/.test(doc.text.slice(m.end, m.end + 3))) ??
      sameSentence[0];
    found = (subordinate ? sameSentence[sameSentence.length - 1] : subject).entity;
  }
  // an office the article ties to nobody opening a sentence passed on the way back ("The prime minister ratcheted
  // up ... He insisted"): the pronoun is that office's holder, who may be a person named earlier, but not one the
  // article gives other offices
  let untiedOffice: Mention | undefined;
  for (let s = here.i - 1; !found && s >= 0 && here.i - s <= 15; s--) {
    if (doc.sentences[s].paragraph < here.paragraph - 2) break;
    untiedOffice ??= doc.untiedOffices.find(
      (m) =>
        m.sentence === s && !m.inQuote && /^[\s"“]*(?:the\s+)?$/i.test(doc.text.slice(doc.sentences[s].start, m.start)),
    );
    const inS = doc.mentionsIn(s).filter((m) => compatible(m));
    // "A party spokesman criticised X's record. He said: ...": the subject is an office holder the article does
    // not name, so the pronoun stays unresolved rather than going to the person named after it
    const unnamed = doc.unnamedOffices.find((m) => m.sentence === s && (!m.inQuote || insideQuote >= 0));
    if (unnamed && (!inS.length || unnamed.start < inS[0].start)) break;
    // "A spokeswoman for Freedomwatch said ... She added": somebody the article does not name
    const described = describedSpeaker(doc, s, doc.mentionsIn(s)[0]?.start ?? doc.sentences[s].end);
    if (described === 'indefinite') break;
    const fits = (key: string | undefined): key is string => {
      const e = key ? doc.entities.get(key) : undefined;
      return e?.label === 'Person' && (!gender || !e.gender || e.gender === gender);
    };
    // "He went on to accuse Mr X. He urged ...": a sentence opening with a pronoun is about that pronoun's person
    const opener = doc.sentenceSubjects.get(s);
    if (fits(opener)) {
      found = opener;
      break;
    }
    // "Ruiz has failed, he claimed. The party, he said, ...": who spoke in that sentence, before who was named in
    // it, unless they spoke in a subordinate clause ("... repaid Lord X after he said ...")
    const speaker = (doc.spokenSpans.get(s) ?? []).find(
      (c) =>
        fits(c.speaker) &&
        !/\b(?:after|before|when|because|as|since|while|until|once|if|though|although)\s+$/i.test(
          doc.text.slice(Math.max(0, c.subjectStart - 12), c.subjectStart),
        ),
    )?.speaker;
    if (speaker) {
      found = speaker;
      break;
    }
    // "The MP for Hallow and Crane said Ivo Marsh had been ... But ..., he added": the people named there are in
    // what the described speaker said; the speaker is somebody named earlier
    if (described === 'definite') continue;
    if (inS.length) {
      found = inS[0].entity;
      const others = new Set(inS.map((m) => m.entity));
      if (others.size > 1 && !gender) {
        doc.message(
          'resolve-pronoun:ambiguous',
          `"${word}" could be any of ${others.size} people; took the subject`,
          offset,
        );
      }
    }
  }
  if (found && untiedOffice && !holdsOffice(doc.entities.get(found), untiedOffice.text)) {
    doc.message(
      'resolve-pronoun:untied-office',
      `"${word}" stands for "${untiedOffice.text}", which the article ties to nobody`,
      offset,
    );
    found = null;
  }
  if (found && gender) {
    const e = doc.entities.get(found);
    if (e && !e.gender) e.gender = gender;
  }
  // "He went on to accuse Mr X ... He urged ...": a sentence opening with the pronoun is about its person
  if (found && !doc.sentenceSubjects.has(here.i) && /^[\s"“”']*$/.test(doc.text.slice(here.start, offset)))
    doc.sentenceSubjects.set(here.i, found);
  return found;
}
