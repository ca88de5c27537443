// MEMBER_OF: a person belongs to, leads or represents a party, read from titles ("Tory leader X",
// "MQM-P Deputy Convener X"), appositives ("X, a Labour MP,"), possessives ("Labour's X"), "X of the P",
// "X joined P"; "former" and "ex-" make the tie past.
import type { ArticleDoc, Mention, RelationDraft } from '../article-doc.js';
import type { TieStatus } from '../../model/types.js';
import { ROLE_NOUNS } from '../../lexicon/titles.js';
import { PARTY_ROLE_NOUNS } from '../../lexicon/party-words.js';
import { wordSet } from '../../lexicon/words.js';
import { findDateline } from '../../read/find-dateline.js';

const GAP_WORD = /^[\p{L}][\p{L}'’-]*$/u;
const PAST = /\b(?:former|formerly|ex|erstwhile|one-time|then)\b|\bex-$/i;
const LINKING = new Set(['for', 'of', 'on', 'and']);

export function findMemberships(doc: ArticleDoc): ArticleDoc {
  const people = doc.mentions.filter((m) => (m.kind === 'person' || m.kind === 'title') && m.entity);
  const parties = doc.mentions.filter((m) => m.kind === 'party' && m.entity);
  const ties = new Ties(doc);

  tiesAfterParty(doc, people, parties, ties);
  bracketedParties(doc, people, parties, ties);
  possessiveParties(doc, people, parties, ties);
  ownParties(doc, people, parties, ties);
  partiesNamedWithLeader(doc, people, parties, ties);
  tiesAfterPerson(doc, people, parties, ties);
  coordinatedMembers(doc, people, parties, ties);
  rolesOfNamedParty(doc, people, parties, ties);
  partyOffices(doc, parties, ties);
  return doc;
}

/**
 * The MEMBER_OF ties of one article, each recorded once per person, party and evidence start. A class rather than a
 * closure made per article: the passes call it, and a closure new to them deoptimised their optimised code.
 */
class Ties {
  private readonly seen = new Set<string>();

  constructor(private readonly doc: ArticleDoc) {}

  add(person: Mention, party: Mention, rule: string, confidence: number, status: TieStatus, from = -1): void {
    const a = from >= 0 ? from : Math.min(person.start, party.start);
    const b = Math.max(person.end, party.end);
    const k = `${person.entity}|${party.entity}|${a}`;
    if (this.seen.has(k) || !person.entity || !party.entity) return;
    this.seen.add(k);
    this.doc.relations.push(membership(this.doc, person.entity, party.entity, a, b, rule, confidence, status));
  }
}

// The passes of findMemberships, in order, each a function of its own: V8 optimises and, after a deoptimisation,
// recompiles each apart (one function holding them all cost 150-220 ms of compiling each time, three times a cold
// run).

/** A person named after a party: "SPD leader X", "the UPA led by X", "A spokesman for the NRP, X,". */
function tiesAfterParty(doc: ArticleDoc, people: Mention[], parties: Mention[], ties: Ties): void {
  for (const [i, p] of parties.entries()) {
    // "the Taiwan People's Party (TPP), led by X": the acronym in brackets adds nothing to the name before it
    const prev = parties[i - 1];
    if (prev?.entity === p.entity && /^\s*\(\s*$/.test(doc.text.slice(prev.end, p.start))) continue;
    const x = people.find((m) => m.start >= p.end && m.sentence === p.sentence && m.start - p.end <= 80);
    if (x && x.kind === 'person') {
      const gap = doc.text.slice(p.end, x.start);
      if (isTitleGap(doc, p, gap)) {
        ties.add(x, p, 'party-title-name', 0.9, statusBefore(doc, p));
        // "SPD co-leaders Lars Klingbein and Saskia Esken-Ruhl": a plural office names two people
        const second = /\p{Ll}s\s+$/u.test(gap)
          ? people.find((m) => m.start > x.end && m.sentence === x.sentence && m.kind === 'person')
          : undefined;
        if (second && /^\s+and\s+$/.test(doc.text.slice(x.end, second.start)))
          ties.add(second, p, 'party-title-names', 0.85, statusBefore(doc, p), p.start);
      }
      // "the UPA led by former deputy president X"
      if (LED_BY.test(gap)) ties.add(x, p, 'led-by', 0.8, 'current');
      // a name set off by a comma after the party (past its bracketed acronym)
      if (/^(?:\s*\([^()]{1,12}\))?,\s+$/.test(gap)) {
        // "The National Chairman of the PDC, Alhaji X,"; "A spokesman for the NRP, Tomas Brel,"
        for (const [pattern, rule] of OFFICES_BEFORE_PARTY) {
          const office = pattern.exec(doc.text.slice(Math.max(0, p.start - 60), p.start));
          if (!office || !isRoleWord(office[2])) continue;
          const from = p.start - office[0].trimStart().length;
          ties.add(x, p, rule, 0.8, office[1] ? 'past' : 'current', from);
        }
        // "The Democratic Progress Party (DPP), Juna Osk's party, rejected ...": the party's own person
        if (/^['’]s\s+party\s*[,.;]/.test(doc.text.slice(x.end, x.end + 12)))
          ties.add(x, p, 'name-s-party', 0.8, 'current');
      }
    }
  }
}

/** "State premier X (CDU) said", "X (PRB, Selangor)": the party in brackets after a name. */
function bracketedParties(doc: ArticleDoc, people: Mention[], parties: Mention[], ties: Ties): void {
  // "State premier X (CDU) said", "X (PRB, Selangor)": the party in brackets after a name
  for (const x of people) {
    if (x.kind !== 'person') continue;
    const p = parties.find((m) => m.start > x.end && m.start - x.end <= 4 && m.sentence === x.sentence);
    if (
      p &&
      /^\s?\(\s*$/.test(doc.text.slice(x.end, p.start)) &&
      /^\s*(?:[,;/-][^()\n]{0,30})?\)/.test(doc.text.slice(p.end, p.end + 40)) &&
      !abbreviates(p.text, x.text)
    ) {
      ties.add(x, p, 'bracketed-party', 0.85, 'current');
    }
  }
}

/** "Kaya's Justice and Progress Party (JPP) rejected": a person's own party. */
function possessiveParties(doc: ArticleDoc, people: Mention[], parties: Mention[], ties: Ties): void {
  // "Kaya's Justice and Progress Party (JPP) rejected": a person's party, not a party word on a noun ("Blair's
  // Tory critics" are critics, "Begg's Labour MP" is the MP's)
  for (const x of people) {
    if (x.kind !== 'person') continue;
    const p = parties.find((m) => m.start > x.end && m.start - x.end <= 4 && m.sentence === x.sentence);
    if (!p || !/^['’]s\s+$/.test(doc.text.slice(x.end, p.start))) continue;
    // the party heads its phrase: a verb or a clause break follows it (past a bracketed acronym)
    const after = doc.text.slice(p.end, p.end + 40).replace(/^\s*\([^()]{1,12}\)/, '');
    const gap = p.end + (doc.text.slice(p.end, p.end + 40).length - after.length);
    const next = doc.tokens[doc.tokenAt(gap + (after.length - after.trimStart().length))];
    // ("accused Velt's National Renewal Party of ...": a preposition follows a whole name too)
    // ("Lee's Democratic Party controls parliament": a verb the tagger read as a plural noun, an object after it)
    const following = next ? doc.tokens[doc.tokenAt(next.end)] : undefined;
    const misreadVerb =
      next?.pos === 'NOUN' &&
      /^\p{Ll}+s$/u.test(next.text) &&
      !!following &&
      /^(?:DET|NOUN|PROPN|ADJ|PRON)$/.test(following.pos);
    const heads =
      /^\s*[,.;:]/.test(after) ||
      misreadVerb ||
      (!!next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADP' || next.pos === 'CCONJ'));
    if (heads) ties.add(x, p, 'possessive-party', 0.75, 'current');
  }
}

/** "X and his Morena party": the person's own party. */
function ownParties(doc: ArticleDoc, people: Mention[], parties: Mention[], ties: Ties): void {
  // "President Clara Sheinberg and her Renewal Party", "X and his Morena party": the person's own party
  for (const x of people) {
    if (x.kind !== 'person') continue;
    const p = parties.find((m) => m.start > x.end && m.start - x.end <= 24 && m.sentence === x.sentence);
    if (!p || !/^\s+and\s+(?:his|her)\s+(?:\p{Ll}[\p{L}-]*\s+)?$/u.test(doc.text.slice(x.end, p.start))) continue;
    // the party heads its phrase ("and his Tory critics" are critics)
    const next = doc.tokens[doc.tokenAt(p.end)];
    if (!next || next.sentence !== p.sentence || next.pos !== 'NOUN' || next.lower === 'party')
      ties.add(x, p, 'and-own-party', 0.75, 'current');
  }
}

/** "the ANC of Nelson Rolihlahla", "the Kiprono-led UPA": a party named with its leader. */
function partiesNamedWithLeader(doc: ArticleDoc, people: Mention[], parties: Mention[], ties: Ties): void {
  // "The Awami Unity League of ousted Prime Minister X", "the ANC of Nelson Rolihlahla": the party of its leader
  for (const p of parties) {
    const x = people.find((m) => m.start > p.end && m.start - p.end <= 40 && m.sentence === p.sentence);
    if (x?.kind !== 'person') continue;
    const of =
      /^\)?\s+of\s+(?:(?:former|ousted|outgoing|incumbent|acting|caretaker|late|jailed|exiled|deposed|imprisoned)\s+)?((?:\p{Lu}[\p{Ll}.-]+\s+){0,3})$/u.exec(
        doc.text.slice(p.end, x.start),
      );
    // (an office may stand before the name: "of Prime Minister X")
    const office = of?.[1].trim().split(/\s+/).pop()?.toLowerCase() ?? '';
    // (the evidence opens with the name the bracketed acronym stands for: "the Social Democrats (SPD) of ...")
    const prev = parties[parties.indexOf(p) - 1];
    const named = prev?.entity === p.entity && /^\s*\(\s*$/.test(doc.text.slice(prev.end, p.start)) ? prev : p;
    if (of && (!office || isRoleWord(office))) ties.add(x, named, 'party-of-person', 0.7, 'current');
  }
  // "the Kiprono-led UPA"
  for (const x of people) {
    if (x.kind !== 'person') continue;
    const p = parties.find((m) => m.start >= x.end && m.start - x.end <= 12 && m.sentence === x.sentence);
    if (p && /^-led\s+(?:the\s+)?$/i.test(doc.text.slice(x.end, p.start))) ties.add(x, p, 'name-led', 0.8, 'current');
  }
}

/** A party after a person in the same sentence: appositives, "X of the P", "X joined the P". */
function tiesAfterPerson(doc: ArticleDoc, people: Mention[], parties: Mention[], ties: Ties): void {
  for (const x of people) {
    // "X, a prospective Labour MP," / "X, MQM-P's deputy convener," / "X, the Tory leader" / "X, the Majority
    // Leader and a UDA MP,"
    const appos =
      /^,\s+(?:(?:the\s+)?(?:[\p{L}-]+\s+){1,5}and\s+(?=an?\s))?(?:(?:a|an|the)\s+)?((?:former|ex-|senior|veteran|prospective|leading|prominent|deputy|new|then)\s+)?$/u;
    for (const p of parties) {
      if (p.start <= x.end || p.sentence !== x.sentence || p.start - x.end > 60) continue;
      const between = doc.text.slice(x.end, p.start);
      const afterP = doc.text.slice(p.end, p.end + 60).replace(/^\s*\([^()]{1,12}\)/, '');
      const role =
        /^(?:['’]s)?\s+((?:[\p{Ll}\d-]+\s+){0,3}?)([\p{L}-]+)\s*(?:[,.;)]|$|\s+(?:who|and|said|says|told)\b)/u.exec(
          afterP,
        );
      if (appos.test(between) && role && isRoleWord(role[2])) {
        ties.add(x, p, 'appositive', 0.85, PAST.test(between) ? 'past' : 'current');
      }
      // "X of the PPP", "X, leader of the PPP", "X, a member of the PPP"
      if (
        /^,?\s+(?:(?:a|an|the)\s+)?(?:(?:former|senior|deputy)\s+)?(?:[\p{Ll}-]+\s+)?(?:of|from|for)\s+(?:the\s+)?(?:(?:ruling|governing|opposition|centrist|conservative|liberal|socialist|nationalist|populist|radical|moderate|far-right|far-left|hard-right|hard-left|left-wing|right-wing|centre-right|centre-left|center-right|center-left)\s+)?$/u.test(
          between,
        )
      ) {
        // ("X, a spokeswoman for the NRP": "for" only after an office)
        const roleWord = /(\p{Ll}[\p{Ll}-]*)\s+(?:of|from|for)\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+)?$/u.exec(
          between,
        )?.[1];
        const forRole = /\bfor\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+)?$/u.test(between);
        // "a spokesman for the National Federation of Independent Business": the party words begin a longer name
        const longerName = /^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u.test(afterP);
        const office = forRole
          ? !!roleWord && isRoleWord(roleWord)
          : !roleWord || isRoleWord(roleWord) || /^,?\s+(?:of|from)\s/u.test(between);
        if (office && !longerName) ties.add(x, p, 'of-party', 0.75, PAST.test(between) ? 'past' : 'current');
      }
      // "X, whose Future Party leads the polls": the party the person's own
      if (/^,\s+whose\s+$/.test(between)) ties.add(x, p, 'whose-party', 0.75, 'current');
      // "X joined the P" / "X quit the P" / "X defected to the P"
      const joined =
        /^(?:\s*,\s*who)?(?:\s+(?:on\s+\p{Lu}\p{Ll}+day|yesterday|last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)))?\s+(?:has\s+|had\s+)?(joined|rejoined|quit|left|defected\s+to|defected\s+from|resigned\s+from|was\s+expelled\s+from|leads|led|heads|headed|chairs|chaired|founded|co-founded|represents|represented)\s+(?:the\s+)?$/iu.exec(
          between,
        );
      if (joined) {
        const past = /^(?:quit|left|defected\s+from|resigned|was|led|headed|chaired|represented)/i.test(joined[1]);
        ties.add(x, p, 'joined', 0.75, past ? 'past' : 'current');
      }
    }
  }
}

/** "Both X and Y had been members of the GLP": two members at once. */
function coordinatedMembers(doc: ArticleDoc, people: Mention[], parties: Mention[], ties: Ties): void {
  // "Both X and Y had been members of the GLP", "X and Y, both former members of the GLP,": two members at once
  for (const p of parties) {
    const [a, b] = people.filter((m) => m.sentence === p.sentence && m.end <= p.start && m.kind === 'person').slice(-2);
    if (!a || !b || !/^\s+and\s+$/.test(doc.text.slice(a.end, b.start))) continue;
    const tail = COORDINATED_MEMBERS.exec(doc.text.slice(b.end, p.start));
    if (!tail) continue;
    const status: TieStatus = /\b(?:had|were|was|former|ex-)/i.test(tail[0]) ? 'past' : 'current';
    ties.add(a, p, 'coordinated-members', 0.75, status);
    ties.add(b, p, 'coordinated-members', 0.75, status, a.start);
  }
}

/** "Its leader, X,", "X, the party's president,", "party chairman X": a party the sentence or the one before names. */
function rolesOfNamedParty(doc: ArticleDoc, people: Mention[], parties: Mention[], ties: Ties): void {
  // "Its leader, Rodrigo Salcedo," / "Their co-leader, X,": the party named just before
  for (const x of people) {
    if (x.kind !== 'person') continue;
    const s = doc.sentences[x.sentence];
    const lead = doc.text.slice(s.start, x.start);
    const m =
      /^\s*(?:["“]\s*)?(?:Its|Their|The party['’]s|The alliance['’]s|The coalition['’]s)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)(?:\s+(?:in|for|at)\s+(?:the\s+)?[\p{L}\d-]+(?:\s+[\p{L}\d-]+){0,2})?\s*,\s*(?:former\s+|ex-)?(?:\p{Lu}[\p{Ll}.-]*\s+){0,3}$/u.exec(
        lead,
      );
    if (!m || !isRoleWord(m[1].split(/\s+/).pop() ?? '')) continue;
    // "Its" points to the subject of the sentence before: a party that opens it ("The PRA won ... Its leader");
    // a party further back is another body's ("The Labour-Green bloc called ... Its leader" is not the party's)
    const prev = doc.sentences[x.sentence - 1];
    const before = prev ? parties.filter((p) => p.sentence === prev.i && opensSentence(doc, p)) : [];
    // "Their" points to a party with a plural name ("The Greens")
    const plural = /^\s*["“]?\s*Their\b/.test(lead) ? before.filter((p) => /s$/i.test(p.text)) : [];
    // ("The party's presidential candidate, X,": else the one party named in this sentence or the one before)
    const p =
      (plural.length ? plural[plural.length - 1] : before.at(-1)) ??
      (/^\s*["“]?\s*The party['’]s\b/.test(lead) ? onlyPartyBefore(parties, x) : undefined);
    if (p) ties.add(x, p, 'its-role', 0.7, 'current');
  }
  // "The PML-Q said it would go it alone. X, the party's provincial president, said ...": the party that opens
  // the sentence before (or this one)
  for (const x of people) {
    if (x.kind !== 'person') continue;
    const m = /^\s*,\s+the\s+(?:party|alliance|coalition)['’]s\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s*[,.]/u.exec(
      doc.text.slice(x.end, x.end + 60),
    );
    if (!m || !isRoleWord(m[1].split(/\s+/).pop() ?? '')) continue;
    const opening = parties.filter(
      (p) =>
        (p.sentence === x.sentence - 1 || (p.sentence === x.sentence && p.end <= x.start)) && opensSentence(doc, p),
    );
    const p = opening.at(-1) ?? onlyPartyBefore(parties, x);
    if (p) ties.add(x, p, 'the-partys-role', 0.7, 'current');
  }
  // "... the Republican People's Party, or CHP, ... , the party's spokesman Deniz Yucel wrote": the one party
  // named in this sentence before it, or else in the sentence before
  for (const x of people) {
    if (x.kind !== 'person') continue;
    const lead = /\bthe\s+party['’]s\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+$/iu.exec(
      doc.text.slice(Math.max(doc.sentences[x.sentence].start, x.start - 50), x.start),
    );
    if (!lead || !isRoleWord(lead[1].split(/\s+/).pop() ?? '')) continue;
    const p = onlyPartyBefore(parties, x);
    if (p) ties.add(x, p, 'the-partys-role', 0.7, 'current');
  }
  // "The PTI-P rejected the offer, with party chairman X saying ...": the party that opens the sentence
  for (const x of people) {
    if (x.kind !== 'person') continue;
    const s = doc.sentences[x.sentence];
    const lead = /\b(?:party|its)(?:['’]s)?\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+$/u.exec(
      doc.text.slice(Math.max(s.start, x.start - 50), x.start),
    );
    if (!lead || !isRoleWord(lead[1].split(/\s+/).pop() ?? '')) continue;
    const subject = parties.find((p) => p.sentence === x.sentence && p.end <= x.start && opensSentence(doc, p));
    if (subject) ties.add(x, subject, 'party-role-of-subject', 0.75, 'current');
  }
}

/** Offices that carry a party: "the Tory co-chairman" said to a known person. */
function partyOffices(doc: ArticleDoc, parties: Mention[], ties: Ties): void {
  // offices that carry a party: "the Tory co-chairman" said to a known person
  for (const t of doc.mentions) {
    if (t.kind !== 'title' || !t.entity) continue;
    const p = parties.find((m) => m.start >= t.start && m.end <= t.end);
    if (p) ties.add(t, p, 'party-office', 0.8, statusBefore(doc, p));
  }
}

/** ", both former members of the " / " had both been members of ": what makes the two names before a party its members. */
const COORDINATED_MEMBERS =
  /^(?:\s*,\s+both|\s+(?:both\s+)?(?:had\s+been|have\s+been|has\s+been|were|are|remain|remained)(?:\s+both)?)\s+(?:(?:former|ex-|longtime|senior)\s*)?(?:members|leaders)\s+of\s+(?:the\s+)?$/iu;

/** "(UPA) led by former deputy president ": a party and the person who leads it. */
const LED_BY =
  /^\)?(?:\s*\([^()]{1,12}\))?,?\s+(?:(?:which|that)\s+is\s+|now\s+|currently\s+)?(?:led|headed|chaired)\s+by\s+(?:(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3})?(?:\p{Lu}[\p{Ll}.-]*\s+){0,2}$/u;

/** "The National Chairman of the ", "former Secretary-General of ": an office of the party named next. */
const OFFICE_OF =
  /(?:^|[\s,(])((?:[Ff]ormer|[Ee]x-)\s*)?(?:\p{Lu}[\p{L}-]*\s+){0,3}?(\p{Lu}[\p{L}-]*)\s+of\s+(?:the\s+)?$/u;

/** "a spokesman for the ", "the former leader of ": a lowercase role of the party named next. */
const ROLE_OF =
  /(?:^|[\s,(])(?:(?:a|an|the)\s+)?((?:former|ex-)\s*)?(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*)\s+(?:of|for)\s+(?:the\s+)?$/u;

/** Offices written before "PARTY, NAME", with the rule each gives. */
const OFFICES_BEFORE_PARTY: ReadonlyArray<readonly [RegExp, string]> = [
  [OFFICE_OF, 'office-of-party'],
  [ROLE_OF, 'role-of-party'],
];

/** The words between a party and a name make a title: "co-chairman", "constitutional affairs committee chairman". */
function isTitleGap(doc: ArticleDoc, p: Mention, gap: string): boolean {
  // "The CUP's leader, Ilse Marant": a possessive role set off by a comma
  let g = /^['’]s\s[^,;:.]*,\s*$/.test(gap) ? gap.replace(/,\s*$/, ' ') : gap;
  g = g.replace(/^['’]s?/, ' ');
  g = g.replace(/^\s*\([^()]{1,12}\)/, ' '); // "Muttahida Qaumi Movement-Pakistan (MQM-P) Deputy Convener"
  const words = g.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return /^['’]s?\s+$|^\s+$/.test(gap) || gap.trim() === '';
  if (words.length > 6 || /[,;:.]/.test(g)) return false;
  if (!words.every((w) => GAP_WORD.test(w))) return false;
  if (words.some((w) => LINKING.has(w.toLowerCase()) && w === words[0])) return false;
  // "the SPD in outgoing chancellor X's coalition": a preposition starts another phrase
  if (/^(?:in|at|from|with|to|by|under|against|after|before|during|than|like|about|over)$/i.test(words[0]))
    return false;
  // "Labour's record and party leader X": a list, not a title
  if (words.some((w) => /^(?:and|or|but|as|while|than)$/i.test(w))) return false;
  // no verbs between: "Labour said Smith" is not a title
  const t0 = doc.tokenAt(p.end);
  for (let t = t0; t < doc.tokens.length && doc.tokens[t].end <= p.end + gap.length; t++) {
    const tok = doc.tokens[t];
    if ((tok.pos === 'VERB' || tok.pos === 'AUX') && !isRoleWord(tok.text)) return false;
  }
  return words.some((w) => isRoleWord(w));
}

function isRoleWord(w: string): boolean {
  const l = w.toLowerCase().replace(/['’]s$/, '');
  return (ROLE_NOUNS.has(l) || PARTY_ROLE_NOUNS.has(l)) && !NOT_MEMBERSHIP.has(l);
}

/** Party-role nouns that make no member: "NDA allies back X", "Tory donor X" ("GOP rival X" is a member). */
const NOT_MEMBERSHIP = wordSet(`ally allies voter voters donor donors manifesto conference campaign
  primary primaries ticket government governments administration minority majority bench benches frontbench
  backbench`);

/** "Immigration and Customs Enforcement (ICE)": brackets that define an acronym of the words before them. */
function abbreviates(acronym: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .map((w) => w.charAt(0))
    .join('');
  return /^\p{Lu}{2,}$/u.test(acronym) && initials.length > 1 && acronym.endsWith(initials.toUpperCase());
}

/** A party mention that opens its sentence: only an article or a few lowercase words before it ("The PRA"). */
function opensSentence(doc: ArticleDoc, p: Mention): boolean {
  const s = doc.sentences[p.sentence];
  let lead = doc.text.slice(s.start, p.start).trimStart();
  // "ISLAMABAD: The PTI-P ...": a dateline opens the article's first sentence
  lead = lead.slice(findDateline(lead)?.length ?? 0);
  // "Meanwhile, the opposition X", "On Tuesday, the X": a leading adverbial before it
  lead = lead.replace(
    /^(?:meanwhile|however|separately|earlier|later|(?:on|by|in)\s+\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?)\s*,\s*/iu,
    '',
  );
  return /^["“]?\s*(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/iu.test(lead);
}

/** The one party named in x's sentence before it; else the one party named in the sentence before (none if two). */
function onlyPartyBefore(parties: Mention[], x: Mention): Mention | undefined {
  for (const sentence of [x.sentence, x.sentence - 1]) {
    const named = parties.filter((p) => p.sentence === sentence && (sentence < x.sentence || p.end <= x.start));
    if (named.length === 0) continue;
    return new Set(named.map((p) => p.entity)).size === 1 ? named.at(-1) : undefined;
  }
  return undefined;
}

function statusBefore(doc: ArticleDoc, p: Mention): TieStatus {
  const before = doc.text.slice(Math.max(0, p.start - 12), p.start);
  return PAST.test(before) ? 'past' : 'current';
}

function membership(
  doc: ArticleDoc,
  person: string,
  party: string,
  start: number,
  end: number,
  rule: string,
  confidence: number,
  status: TieStatus,
): RelationDraft {
  return {
    type: 'MEMBER_OF',
    from: person,
    to: party,
    start,
    end,
    sentence: doc.sentenceAt(start)?.i ?? 0,
    confidence,
    status,
    validFrom: null,
    validTo: null,
    rule,
  };
}
