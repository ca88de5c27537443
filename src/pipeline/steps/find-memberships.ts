// MEMBER_OF: a person belongs to, leads or represents a party, read from titles ("Tory leader X",
// "MQM-P Deputy Convener X"), appositives ("X, a Labour MP,"), possessives ("Labour's X"), "X of the P",
// "X joined P"; "former" and "ex-" make the tie past.
import type { ArticleDoc, Mention, RelationDraft } from '../article-doc.js';
import type { TieStatus } from '../../model/types.js';
import { ROLE_NOUNS } from '../../lexicon/titles.js';
import { PARTY_ROLE_NOUNS } from '../../lexicon/party-words.js';

const GAP_WORD = /^[\p{L}][\p{L}'’-]*$/u;
const PAST = /\b(?:former|formerly|ex|erstwhile|one-time|then)\b|\bex-$/i;
const LINKING = new Set(['for', 'of', 'on', 'and']);

export function findMemberships(doc: ArticleDoc): ArticleDoc {
  const people = doc.mentions.filter((m) => (m.kind === 'person' || m.kind === 'title') && m.entity);
  const parties = doc.mentions.filter((m) => m.kind === 'party' && m.entity);
  const seen = new Set<string>();
  const add = (person: Mention, party: Mention, rule: string, confidence: number, status: TieStatus) => {
    const a = Math.min(person.start, party.start);
    const b = Math.max(person.end, party.end);
    const k = `${person.entity}|${party.entity}|${a}`;
    if (seen.has(k) || !person.entity || !party.entity) return;
    seen.add(k);
    doc.relations.push(membership(doc, person.entity, party.entity, a, b, rule, confidence, status));
  };

  for (const p of parties) {
    const x = people.find((m) => m.start >= p.end && m.sentence === p.sentence && m.start - p.end <= 80);
    if (x && x.kind === 'person') {
      const gap = doc.text.slice(p.end, x.start);
      if (isTitleGap(doc, p, gap)) add(x, p, 'party-title-name', 0.9, statusBefore(doc, p));
    }
  }
  for (const x of people) {
    // "X, a prospective Labour MP," / "X, MQM-P's deputy convener," / "X, the Tory leader"
    const appos =
      /^,\s+(?:(?:a|an|the)\s+)?((?:former|ex-|senior|veteran|prospective|leading|prominent|deputy|new|then)\s+)?$/i;
    for (const p of parties) {
      if (p.start <= x.end || p.sentence !== x.sentence || p.start - x.end > 60) continue;
      const between = doc.text.slice(x.end, p.start);
      const afterP = doc.text.slice(p.end, p.end + 60);
      const role =
        /^(?:['’]s)?\s+((?:[\p{Ll}-]+\s+){0,3}?)([\p{L}-]+)\s*(?:[,.;)]|$|\s+(?:who|and|said|says|told)\b)/u.exec(
          afterP,
        );
      if (appos.test(between) && role && isRoleWord(role[2])) {
        add(x, p, 'appositive', 0.85, PAST.test(between) ? 'past' : 'current');
      }
      // "X of the PPP", "X, leader of the PPP", "X, a member of the PPP"
      if (
        /^,?\s+(?:(?:a|an|the)\s+)?(?:(?:former|senior|deputy)\s+)?(?:[\p{Ll}-]+\s+)?(?:of|from)\s+(?:the\s+)?$/u.test(
          between,
        )
      ) {
        const roleWord = /(\p{Ll}[\p{Ll}-]*)\s+(?:of|from)\s+(?:the\s+)?$/u.exec(between)?.[1];
        if (!roleWord || isRoleWord(roleWord) || /^,?\s+(?:of|from)\s/u.test(between)) {
          add(x, p, 'of-party', 0.75, PAST.test(between) ? 'past' : 'current');
        }
      }
      // "X joined the P" / "X quit the P" / "X defected to the P"
      const joined =
        /^(?:\s*,\s*who)?\s+(?:has\s+|had\s+)?(joined|rejoined|quit|left|defected\s+to|resigned\s+from|leads|led|heads|headed|chairs|chaired|founded|co-founded|represents|represented)\s+(?:the\s+)?$/i.exec(
          between,
        );
      if (joined) {
        const past = /^(?:quit|left|defected|resigned|led|headed|chaired|represented)/i.test(joined[1]);
        add(x, p, 'joined', 0.75, past ? 'past' : 'current');
      }
    }
  }
  // "Its leader, Rodrigo Salcedo," / "Their co-leader, X,": the party named just before
  for (const x of people) {
    if (x.kind !== 'person') continue;
    const s = doc.sentences[x.sentence];
    const lead = doc.text.slice(s.start, x.start);
    const m =
      /^\s*(?:["“]\s*)?(?:Its|Their|The party['’]s|The alliance['’]s|The coalition['’]s)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s*,\s*(?:\p{Lu}\p{Ll}{0,3}\.?\s+)*$/u.exec(
        lead,
      );
    if (!m || !isRoleWord(m[1].split(/\s+/).pop() ?? '')) continue;
    const before = parties.filter((p) => p.end <= s.start && x.sentence - p.sentence <= 2);
    // "Their" points to a party with a plural name ("The Greens"); "Its" to the party named last
    const plural = /^\s*["“]?\s*Their\b/.test(lead) ? before.filter((p) => /s$/i.test(p.text)) : [];
    const p = plural.length ? plural[plural.length - 1] : before.at(-1);
    if (p) add(x, p, 'its-role', 0.7, 'current');
  }
  // offices that carry a party: "the Tory co-chairman" said to a known person
  for (const t of doc.mentions) {
    if (t.kind !== 'title' || !t.entity) continue;
    const p = parties.find((m) => m.start >= t.start && m.end <= t.end);
    if (p) add(t, p, 'party-office', 0.8, statusBefore(doc, p));
  }
  return doc;
}

/** The words between a party and a name make a title: "co-chairman", "constitutional affairs committee chairman". */
function isTitleGap(doc: ArticleDoc, p: Mention, gap: string): boolean {
  let g = gap.replace(/^['’]s?/, ' ');
  g = g.replace(/^\s*\([^()]{1,12}\)/, ' '); // "Muttahida Qaumi Movement-Pakistan (MQM-P) Deputy Convener"
  const words = g.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return /^['’]s?\s+$|^\s+$/.test(gap) || gap.trim() === '';
  if (words.length > 6 || /[,;:.]/.test(g)) return false;
  if (!words.every((w) => GAP_WORD.test(w))) return false;
  if (words.some((w) => LINKING.has(w.toLowerCase()) && w === words[0])) return false;
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
  return ROLE_NOUNS.has(l) || PARTY_ROLE_NOUNS.has(l);
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
