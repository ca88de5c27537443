// Marks every place the article names a known party or person (full names, acronyms, surnames, "Mr X"),
// in text order, so later steps can read who is the subject of a cue, who a pronoun points back to, and so on.
import type { ArticleDoc, ChunkWord, Mention } from '../article-doc.js';
import { joinText } from '../join-text.js';
import { partyPhraseEnds } from '../party-phrase-ends.js';
import { byStart } from '../by-start.js';
import {
  acronymKey,
  courtesyNamesakes,
  genderOf,
  isAcronym,
  isNameHonorific,
  isNameParticle,
  low,
  nameWordsWithoutHonorifics,
  partyKey,
  splitName,
  withoutPostNominal,
} from '../names.js';
import { charAt } from '../text-at.js';

export function findMentions(doc: ArticleDoc): ArticleDoc {
  const people = personIndex(doc);
  const mentions: Mention[] = [];
  // (a third of articles name no party: no phrase to look up)
  const hasParties = doc.partyNames.size > 0 || doc.partyAcronyms.size > 0;
  for (const c of doc.chunks) {
    const ends = hasParties ? partyPhraseEnds(doc, c.words) : null;
    let i = 0;
    let run: ChunkWord[] = [];
    const flushRun = () => {
      if (run.length) mentions.push(...personMentions(doc, run, people));
      run = [];
    };
    while (i < c.words.length) {
      let matched = 0;
      let key: string | null = null;
      for (let b = c.words.length; ends && b > i && !key; b--) {
        // (an acronym is looked up by its letters, whatever word it is)
        if (!ends[b - 1] && b - i > 1) continue;
        const phrase = joinText(c.words, i, b);
        // (an acronym is a single word)
        key =
          (b - i === 1 && isAcronym(phrase) ? doc.partyAcronyms.get(acronymKey(phrase)) : undefined) ??
          (ends[b - 1] ? doc.partyNames.get(partyKey(phrase)) : undefined) ??
          null;
        if (key) matched = b - i;
      }
      // a party word ending a person's name ("Damian Green") stays with the name
      if (
        key &&
        matched === 1 &&
        run.length > 0 &&
        i === c.words.length - 1 &&
        people.full.has(low(`${joinText(run)} ${c.words[i].text}`))
      ) {
        key = null;
      }
      if (key) {
        flushRun();
        const words = c.words.slice(i, i + matched);
        mentions.push(makeMention(doc, 'party', words[0].start, words[words.length - 1].end, key));
        i += matched;
      } else {
        run.push(c.words[i]);
        i++;
      }
    }
    flushRun();
  }
  // "NCP (SP)", "5-Star Movement": a name with a bracket or a number in it is no chunk, and wins over the chunk's
  // own mentions it covers ("NCP")
  const spelled = spelledPartyNames(doc);
  if (spelled.length > 0) {
    const covered = (m: Mention) => spelled.some((s) => m.start < s.end && s.start < m.end);
    for (let i = mentions.length - 1; i >= 0; i--) if (covered(mentions[i])) mentions.splice(i, 1);
    mentions.push(...spelled);
  }
  mentions.push(...joinedPartyNames(doc, mentions));
  mentions.sort(byStart);
  doc.mentions = mentions;
  for (const m of mentions) {
    const e = m.entity ? doc.entities.get(m.entity) : undefined;
    if (e && !e.firstMention) e.firstMention = m;
  }
  return doc;
}

/** The places the article spells a party's name with a bracket or a number in it: "NCP (SP)", "5-Star Movement". */
function spelledPartyNames(doc: ArticleDoc): Mention[] {
  const out: Mention[] = [];
  for (const e of doc.entities.values()) {
    if (e.label !== 'Party') continue;
    for (const name of e.aliases) {
      if (!name.includes('(') && !/\p{N}/u.test(name)) continue;
      for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + name.length)) {
        const end = at + name.length;
        if (/[\p{L}\p{N}]/u.test(charAt(doc.text, at - 1)) || /[\p{L}\p{N}]/u.test(charAt(doc.text, end))) continue;
        if (out.some((m) => m.start < end && at < m.end)) continue;
        out.push(makeMention(doc, 'party', at, end, e.key));
      }
    }
  }
  return out;
}

/**
 * "the Justice and Progress Party": a party name with lowercase joining words is no single chunk, so its
 * occurrences are found in the text (where no other mention covers them).
 */
function joinedPartyNames(doc: ArticleDoc, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const e of doc.entities.values()) {
    if (e.label !== 'Party') continue;
    for (const name of e.aliases) {
      if (!/ \p{Ll}+ /u.test(name)) continue;
      for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + name.length)) {
        const end = at + name.length;
        if (/[\p{L}\p{N}]/u.test(charAt(doc.text, at - 1)) || /[\p{L}\p{N}]/u.test(charAt(doc.text, end))) continue;
        if (mentions.some((m) => m.start < end && at < m.end) || out.some((m) => m.start < end && at < m.end)) continue;
        out.push(makeMention(doc, 'party', at, end, e.key));
      }
    }
  }
  return out;
}

interface PersonIndex {
  /** Full lowercased alias -> person key. */
  full: Map<string, string>;
  /** Lowercased surname -> person keys. */
  surname: Map<string, string[]>;
  /** Lowercased first name -> person keys (for "Sir Digby"). */
  first: Map<string, string[]>;
  /** How often each person has been mentioned so far, and where last named in full as a subject (-1: not yet). */
  seen: Map<string, { times: number; fullSentence: number; fullStart: number }>;
}

function personIndex(doc: ArticleDoc): PersonIndex {
  const idx: PersonIndex = { full: new Map(), surname: new Map(), first: new Map(), seen: new Map() };
  for (const e of doc.entities.values()) {
    if (e.label !== 'Person') continue;
    for (const a of [e.name, ...e.aliases]) idx.full.set(low(a), e.key);
    const words = nameWordsWithoutHonorifics(e.name);
    if (words.length >= 1) push(idx.surname, low(words[words.length - 1]), e.key);
    if (words.length >= 2) push(idx.first, low(words[0]), e.key);
  }
  return idx;
}

function push(map: Map<string, string[]>, k: string, v: string) {
  const list = map.get(k) ?? [];
  if (!list.includes(v)) list.push(v);
  map.set(k, list);
}

function personMentions(doc: ArticleDoc, run: ChunkWord[], people: PersonIndex): Mention[] {
  const parts = splitName(withoutPostNominal(run));
  const rest = parts.rest;
  if (rest.length === 0) return [];
  const restText = joinText(rest);
  const withHonorific = [...parts.honorifics, restText].join(' ');
  let key = people.full.get(low(withHonorific)) ?? people.full.get(low(restText)) ?? null;
  // "Minister of Finance Omar Haddad": the run opens with the tail of an office's name, the person is the rest
  for (let k = 1; !key && k <= rest.length - 2; k++) {
    const tail = rest.slice(k);
    key = people.full.get(low(joinText(tail))) ?? null;
    if (key)
      return [noteMention(people, makeMention(doc, 'person', tail[0].start, tail[tail.length - 1].end, key), true)];
  }
  const start = parts.honorifics.length ? run[0].start : rest[0].start;
  // "de la Espriella said": a surname with its particles, as the surname alone
  const particles = rest.length > 1 && rest.slice(0, -1).every((w) => isNameParticle(w.text.toLowerCase()));
  if (rest.length === 1 || particles) {
    const w = low(rest[rest.length - 1].text);
    const namesakes = people.surname.get(w);
    // a surname two people of the article share ("Clinton"): the alias map holds only one of them
    if (namesakes && namesakes.length > 1) {
      const sentence = doc.tokens[doc.tokenAt(start)]?.sentence ?? 0;
      key = pickNamesake(doc, namesakes, parts.honorifics, sentence, people);
    }
    if (!key) {
      const byFirst = parts.honorifics.some(isNameHonorific) ? people.first.get(w) : undefined;
      key = (namesakes ?? byFirst ?? [])[0] ?? null;
    }
  }
  if (!key) return [];
  // the mention takes in a post-nominal ("Margit Moranne MP said"), as it does an honorific
  const m = makeMention(doc, 'person', start, run[run.length - 1].end, key);
  return [noteMention(people, m, rest.length > 1 && actsIn(doc, m))];
}

/**
 * Whether a mention is the subject of what follows ("Bill Clinton said", "Bill Clinton, the former president,"),
 * not a possessor or an object ("Bill Clinton's affairs", "said of Bill Clinton"): only such a mention makes its
 * person the one a following bare surname most likely means.
 */
function actsIn(doc: ArticleDoc, m: Mention): boolean {
  const next = doc.tokens[m.tokenEnd];
  return !!next && (next.pos === 'VERB' || next.pos === 'AUX' || next.text === ',');
}

/** Counts a person's mention, and where the person was last named in full as a subject. */
function noteMention(people: PersonIndex, m: Mention, subject: boolean): Mention {
  const key = m.entity as string;
  const seen = people.seen.get(key) ?? { times: 0, fullSentence: -1, fullStart: -1 };
  seen.times++;
  if (subject) {
    seen.fullSentence = m.sentence;
    seen.fullStart = m.start;
  }
  people.seen.set(key, seen);
  return m;
}

/**
 * Which of several people sharing a surname a bare "Clinton" or "Mrs Clinton" is: the one an honorific's gender
 * fits; else one named in full, as a subject, in this sentence or the one before ("former president Bill Clinton
 * said ... Clinton added"); else the article's principal, the one mentioned most often so far (the other namesake is the
 * one reporters keep naming in full).
 */
function pickNamesake(
  doc: ArticleDoc,
  keys: string[],
  honorifics: string[],
  sentence: number,
  people: PersonIndex,
): string | null {
  const gender = genderOf(honorifics, []);
  let pool = courtesyNamesakes(keys, honorifics, (k) => doc.entities.get(k)?.aliases ?? []);
  if (gender) {
    const courteous = pool;
    const same = courteous.filter((k) => doc.entities.get(k)?.gender === gender);
    pool = same.length ? same : courteous.filter((k) => !doc.entities.get(k)?.gender);
    if (pool.length === 0) pool = courteous;
  }
  if (pool.length === 1) return pool[0];
  let recent: string | null = null;
  let recentStart = -1;
  let principal: string | null = null;
  let principalTimes = 0;
  for (const k of pool) {
    const seen = people.seen.get(k);
    if (!seen) continue;
    if (seen.fullSentence >= sentence - 1 && seen.fullStart > recentStart) {
      recent = k;
      recentStart = seen.fullStart;
    }
    if (seen.times > principalTimes) {
      principal = k;
      principalTimes = seen.times;
    }
  }
  return recent ?? principal ?? pool[0];
}

export function makeMention(
  doc: ArticleDoc,
  kind: Mention['kind'],
  start: number,
  end: number,
  entity: string | null,
): Mention {
  const t0 = doc.tokenAt(start);
  let t1 = t0;
  while (t1 < doc.tokens.length && doc.tokens[t1].start < end) t1++;
  const tok = doc.tokens[t0];
  return {
    kind,
    start,
    end,
    tokenStart: t0,
    tokenEnd: t1,
    sentence: tok ? tok.sentence : 0,
    text: doc.text.slice(start, end),
    entity,
    inQuote: tok ? tok.quote >= 0 : false,
  };
}
