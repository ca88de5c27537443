// Events: meetings and talks, agreements and pacts, elections and votes, leaks, press conferences, resignations
// and swearing-ins, each with its kind, a date (explicit, or relative like "on Tuesday" resolved against the
// article date with chrono-node), a place when the sentence gives one, and the people and parties taking part.
import * as chrono from 'chrono-node';
import type { ArticleDoc, EventDraft, Mention } from '../article-doc.js';
import type { EventKind } from '../../model/types.js';
import { eventId } from '../../model/ids.js';

interface Trigger {
  kind: EventKind;
  re: RegExp;
  /** Who takes part: everyone named around the trigger, or only the subject and objects of a verb. */
  participants: 'clause' | 'none';
}

// Each pattern is matched against a sentence; the name of the event is the matched phrase.
const TRIGGERS: Trigger[] = [
  { kind: 'press-conference', re: /\b(?:press|news) conferences?\b/gi, participants: 'clause' },
  {
    kind: 'swearing-in',
    re: /\b(?:sworn in|swearing-in ceremony|swearing-in|took the oath(?: of office)?|oath-taking)\b/gi,
    participants: 'clause',
  },
  {
    kind: 'resignation',
    re: /\b(?:resigned|resignation|stepped down|steps down|step down|quit as)\b/gi,
    participants: 'clause',
  },
  {
    kind: 'leak',
    re: /\b(?:leaked (?:audio|video|recording|call|tape|memo|documents?|emails?)|audio leak|leak)\b/gi,
    participants: 'clause',
  },
  {
    kind: 'election',
    re: /\b(?:(?:\d{4}|general|presidential|parliamentary|regional|local|state|provincial|national|snap|mid-term|midterm|municipal|european|by-|Sunday's|last|next|upcoming)\s+){0,2}(?:elections?|by-elections?|polls?\b(?= (?:on|in|next|last))|primar(?:y|ies)|referendum)\b/gi,
    participants: 'none',
  },
  {
    kind: 'vote',
    re: /\b(?:no-confidence vote|vote of no confidence|confidence vote|voted (?:for|against|on)|vote (?:on|against))\b/gi,
    participants: 'clause',
  },
  {
    kind: 'agreement',
    re: /\b(?:(?:coalition|power-sharing|electoral|seat-sharing) (?:agreement|pact|deal)|signed (?:an? |the )?(?:agreement|pact|deal|accord)|agreed to form)\b/gi,
    participants: 'clause',
  },
  {
    kind: 'meeting',
    re: /\b(?:met with|met|meeting with|meeting between|held talks|talks between|talks with|summit)\b/gi,
    participants: 'clause',
  },
  {
    kind: 'protest',
    re: /\b(?:protests?|rall(?:y|ies)|sit-in|demonstrations?|march(?:ed)? against)\b/gi,
    participants: 'clause',
  },
];

/** A quick test that a sentence holds any trigger word at all. */
const ANY_TRIGGER =
  /conferenc|sworn|swearing|\boath|resign|stepped down|steps down|step down|quit as|\bleak|election|\bpolls?\b|primar(?:y|ies)\b|referendum|\bvot(?:e|ed|es|ing)\b|agreement|\bpacts?\b|\bdeals?\b|\baccord\b|agreed to form|\bmet\b|meeting|\btalks\b|summit|protest|\brall(?:y|ies)\b|sit-in|demonstration|\bmarch(?:ed|es)? against/i;

export function findEvents(doc: ArticleDoc): ArticleDoc {
  const ref = doc.source.date ? new Date(`${doc.source.date}T12:00:00Z`) : null;
  const byId = new Map<string, EventDraft>();
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    if (!ANY_TRIGGER.test(text)) continue;
    const taken: Array<[number, number]> = [];
    // every trigger's position (a place goes to the happening whose trigger is nearest to it), found when a
    // place is: most sentences have none
    let starts: number[] | null = null;
    const triggerStarts = () =>
      (starts ??= TRIGGERS.flatMap((trig) =>
        [...text.matchAll(new RegExp(trig.re))].map((x) => s.start + (x.index ?? 0)),
      ));
    for (const trig of TRIGGERS) {
      trig.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = trig.re.exec(text))) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && a < end)) continue;
        taken.push([start, end]);
        if (isNegated(doc.text.slice(Math.max(s.start, start - 25), start))) continue;
        // "the National Rally", "Democratic Rally": a capitalised "Rally" after a capitalised word names a party
        if (/^Rall/.test(m[0]) && /\p{Lu}[\p{L}'’-]*\s+$/u.test(doc.text.slice(Math.max(s.start, start - 30), start)))
          continue;
        // "the Independent Election Commission": a body, not a happening
        if (
          /^\s+(?:Commission|Committee|Board|Tribunal|Office|Authority|Council|Act|Law|Bill|Monitor)\b/.test(
            doc.text.slice(end, end + 14),
          )
        )
          continue;
        const participants =
          trig.participants === 'clause' ? clauseParticipants(doc, s.i, start, end) : new Set<string>();
        if (trig.kind === 'meeting' && participants.size < 2) continue; // a meeting needs two sides
        const date = eventDate(text, m.index, m[0], ref);
        const name = eventName(trig.kind, m[0], doc, participants);
        const place = eventPlace(doc, s.start, s.end, start, triggerStarts);
        // Two articles name one happening when kind, date and participants agree. With no date (not even the
        // article's) and no participants nothing says two "Election"s are one: the event stays the article's own
        // (a corpus of undated articles otherwise made one "Election" node of every election in it).
        const when = date ?? doc.source.date ?? '';
        const id = eventId(
          trig.kind,
          when,
          ...[...participants].sort(),
          participants.size ? '' : name.toLowerCase(),
          ...(!when && !participants.size ? [doc.id] : []),
        );
        const existing = byId.get(id);
        if (existing) {
          for (const p of participants) existing.participants.add(p);
          continue;
        }
        const ev: EventDraft = { id, kind: trig.kind, name, date, place, participants, start, end, sentence: s.i };
        byId.set(id, ev);
      }
    }
  }
  doc.events = mergeRepeats(doc, [...byId.values()]);
  return doc;
}

/**
 * One happening the article reports twice ("agreed to coalition talks with X" in the headline, "open coalition
 * talks with X" on Thursday in the text) is one event: same kind and trigger, the participants of one among the
 * other's, and the same date or none. The dated one stays, with all the participants.
 */
function mergeRepeats(doc: ArticleDoc, events: EventDraft[]): EventDraft[] {
  const out: EventDraft[] = [];
  // the trigger's stem: "vote on" and "voted for", "resigned" and "resignation" (not "met" and "talks")
  const stem = (e: EventDraft) => e.name.slice(0, 4).toLowerCase();
  for (const e of events) {
    const twin = out.find(
      (o) =>
        o.kind === e.kind &&
        stem(o) === stem(e) &&
        (o.date === e.date || !o.date || !e.date) &&
        e.participants.size > 0 &&
        o.participants.size > 0 &&
        ([...e.participants].every((p) => o.participants.has(p)) ||
          [...o.participants].every((p) => e.participants.has(p))),
    );
    if (!twin) {
      out.push(e);
      continue;
    }
    const [kept, other] = twin.date || !e.date ? [twin, e] : [e, twin];
    for (const p of other.participants) kept.participants.add(p);
    kept.name = eventName(kept.kind, kept.name.replace(/\s*\([^()]*\)$/, ''), doc, kept.participants);
    if (kept !== twin) out[out.indexOf(twin)] = kept;
  }
  return out;
}

function isNegated(before: string): boolean {
  return /\b(?:no|not|never|without|cancelled|called off|postponed|refused|ruled out|denied|denies|deny|denying|failed to reach|failed to|could not reach)\s+(?:\w+\s+){0,2}$/i.test(
    before,
  );
}

/** People and parties named in the clause around the trigger (outside quotations unless the trigger is in one). */
function clauseParticipants(doc: ArticleDoc, sentence: number, start: number, end: number): Set<string> {
  const s = doc.sentences[sentence];
  const text = doc.text;
  // the clause: back to the previous ";" or ", but" and on to the next one
  let a = start;
  while (a > s.start && !/[;]/.test(text[a - 1])) a--;
  let b = end;
  while (b < s.end && !/[;]/.test(text[b])) b++;
  const inQuote = doc.tokens[doc.tokenAt(start)]?.quote >= 0;
  const out = new Set<string>();
  for (const m of doc.mentions as Mention[]) {
    if (m.sentence !== sentence || !m.entity || m.start < a || m.end > b || m.inQuote !== inQuote) continue;
    if (Math.abs(m.start - start) > 140) continue;
    out.add(m.entity);
  }
  return out;
}

/** The event's date: a date expression in the sentence near the trigger, resolved against the article date. */
function eventDate(sentence: string, at: number, phrase: string, ref: Date | null): string | null {
  // a year in the name, just before it ("the 2018 general election") or just after ("the election of 2019")
  const year =
    /\b(1[89]\d\d|20\d\d)\b/.exec(phrase) ??
    /\b(1[89]\d\d|20\d\d)(?:['’]s)?\s+(?:[\p{L}-]+\s+)?$/u.exec(sentence.slice(Math.max(0, at - 24), at)) ??
    /^\s+(?:of|in)\s+(1[89]\d\d|20\d\d)\b/.exec(sentence.slice(at + phrase.length, at + phrase.length + 10));
  if (year) return year[1];
  // the date parser is the costly part: only run it where a date word or a number appears
  // only the words around the trigger: dates further away belong to something else, and parsing is costly
  const from = Math.max(0, at - 100);
  const windowText = sentence.slice(from, at + phrase.length + 100);
  if (!DATE_HINT.test(windowText)) return null;
  // the result nearest the trigger (offsets in the window moved to the sentence's)
  let best: chrono.ParsedResult | null = null;
  let bestIndex = 0;
  for (const r of chrono.parse(windowText, ref ?? undefined, { forwardDate: false })) {
    const index = r.index + from;
    if (!best || Math.abs(index - at) < Math.abs(bestIndex - at)) {
      best = r;
      bestIndex = index;
    }
  }
  if (!best || Math.abs(bestIndex - at) > 120) return null;
  // without an article date, "last year" or "on Tuesday" has nothing to count from (the parser would use today)
  if (!ref && !/\b(?:1[89]|20)\d\d\b/.test(best.text)) return null;
  const c = best.start;
  const y = c.get('year');
  const mo = c.get('month');
  const d = c.get('day');
  if (!y) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (!c.isCertain('day') && ref && c.isCertain('weekday')) {
    // a bare weekday in a report in the past tense is the last one before the article, not the next
    let when = best.start.date();
    const future = /\b(?:will|would|to be|next|upcoming|scheduled|due|plans? to|expected to)\b/i.test(sentence);
    if (!future && when.getTime() > ref.getTime()) when = new Date(when.getTime() - 7 * 86_400_000);
    return when.toISOString().slice(0, 10);
  }
  if (c.isCertain('day')) return `${y}-${pad(mo ?? 1)}-${pad(d ?? 1)}`;
  if (c.isCertain('month') && mo) return `${y}-${pad(mo)}`;
  return c.isCertain('year') || ref ? String(y) : null;
}

const DATE_HINT =
  /\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|week|month|year|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|ago|last|next|earlier|later)\b/i;

function eventName(kind: EventKind, phrase: string, doc: ArticleDoc, participants: Set<string>): string {
  const base = phrase.replace(/\s+/g, ' ').trim();
  if (kind === 'election') return base.charAt(0).toUpperCase() + base.slice(1);
  // the first three participants known as entities (a loop: no arrays made by `map`, see join-text.ts)
  let who = '';
  let named = 0;
  for (const k of participants) {
    const e = doc.entities.get(k);
    if (!e) continue;
    who += (named ? ', ' : '') + (e.label === 'Party' && e.acronym ? e.acronym : e.name);
    if (++named === 3) break;
  }
  return named ? `${base} (${who})` : base;
}

const CALENDAR_WORDS =
  /(?:^|\s+)(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$/;

/**
 * "in Port Alder", "at Downing Street": a capitalised place after "in" or "at", not a person or a party, and
 * nearer to this trigger than to any other of the sentence ("X, who met Y on Saturday, said they would hold a
 * rally in Kolhapur": Kolhapur is the rally's).
 */
function eventPlace(
  doc: ArticleDoc,
  sStart: number,
  sEnd: number,
  near: number,
  triggerStarts: () => readonly number[],
): string | null {
  const text = doc.text.slice(sStart, sEnd);
  const re = /\b(?:in|at)\s+((?:[\p{Lu}][\p{L}'’-]+)(?:\s+[\p{Lu}][\p{L}'’-]+){0,2})/gu;
  let m: RegExpExecArray | null;
  let best: string | null = null;
  let bestDist = Infinity;
  while ((m = re.exec(text))) {
    const at = sStart + m.index + m[0].length - m[1].length;
    if (doc.mentions.some((x) => x.start <= at && at < x.end)) continue;
    if (/['’]s$/.test(m[1])) continue;
    // "in North Carolina Tuesday": a day or month closes the place, and is no place alone
    const place = m[1].replace(CALENDAR_WORDS, '').trim();
    if (!place) continue;
    const dist = Math.abs(at - near);
    if (triggerStarts().some((t) => Math.abs(at - t) < dist)) continue;
    if (dist < bestDist && dist < 150) {
      best = place;
      bestDist = dist;
    }
  }
  return best;
}
