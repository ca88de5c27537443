// Finds offices used as names ("the Sindh governor", "the prime minister", "The Tory co-chairman") and ties
// each to the person the article gives that office: by a title before the name, an appositive, or, failing
// those, the next person the article introduces by surname alone.
import type { ArticleDoc, LocalEntity, Mention } from '../article-doc.js';
import { OFFICE_ABBREVIATIONS, OFFICE_NOUNS, OFFICE_PHRASES, ROLE_NOUNS as ROLE_WORDS } from '../../lexicon/titles.js';
import { makeMention } from './find-mentions.js';
import { low } from '../names.js';
import { joinLower } from '../join-text.js';
import { byStart } from '../by-start.js';
import { DEMONYM_SHAPE } from '../../lexicon/places.js';
import { IDEOLOGY_PARTY_WORDS, PARTY_WORD_SYNONYMS } from '../../lexicon/party-words.js';
import { PARTY_HEADS } from '../../lexicon/organisations.js';
import { CALENDAR_NAMES } from '../../lexicon/calendar.js';

interface TitleSpan {
  start: number;
  end: number;
  /** Lowercased office with its modifiers, no article: "sindh governor". */
  key: string;
  /** The office word(s) alone: "governor". */
  head: string;
}

const isPersonMention = (m: Mention): boolean => m.kind === 'person';

export function findTitles(doc: ArticleDoc): ArticleDoc {
  addPreNameTitles(doc);
  const spans = findTitleSpans(doc);
  const titleMentions: Mention[] = [];
  const pending: Mention[] = [];
  const personMentions = doc.mentions.filter(isPersonMention);
  for (const span of spans) {
    const m = makeMention(doc, 'title', span.start, span.end, null);
    m.entity = tieByAppositive(doc, span, personMentions) ?? tieByTitle(doc, span);
    if (m.entity) doc.entities.get(m.entity)?.titles.add(doc.text.slice(span.start, span.end).replace(/^the\s+/i, ''));
    else pending.push(m);
    titleMentions.push(m);
  }
  // an untied office, then a person introduced by surname alone: the article means the same person
  for (const m of pending) {
    if (m.entity) continue;
    // an office of a named party ("the Tory leader") is only the person the article gives that office
    if (doc.mentions.some((p) => p.kind === 'party' && p.start >= m.start && p.end <= m.end)) {
      doc.message('find-titles:untied', `"${m.text}" could not be tied to a named person`, m.start);
      continue;
    }
    // an office of another country ("the Mexican president") is only the person the article gives it
    if (foreignOffice(m.text, '')) {
      doc.message('find-titles:untied', `"${m.text}" could not be tied to a named person`, m.start);
      continue;
    }
    const untitled = (p: Mention) => (doc.entities.get(p.entity ?? '')?.titles.size ?? 1) === 0;
    // a person the article named before the office, without it, is not its holder (a headline naming them does
    // not count: "Ruiz decries cuts" above "..., the finance minister has said. Ana Ruiz said ...")
    const introducedAfter = (p: Mention) => {
      const first = personMentions.find((o) => o.entity === p.entity && !inHeadline(doc, o));
      return (first?.start ?? -1) > m.end;
    };
    const firstAfter = (p: Mention) =>
      !personMentions.some((o) => o.entity === p.entity && o.start > m.end && o.start < p.start);
    // "According to Mr Peston the prime minister said": a person named in a sentence beside the same office, not
    // in apposition to it ("X, the prime minister,"), is someone else
    const key = titleKey(m.text);
    const besideOffice = (p: Mention) =>
      spans.some(
        (t) =>
          t.key === key &&
          doc.sentenceAt(t.start)?.i === p.sentence &&
          !/^\s*,\s*$/.test(t.start >= p.end ? doc.text.slice(p.end, t.start) : doc.text.slice(t.end, p.start)),
      );
    // cataphora: the next person the article introduces, by surname alone or with no office of their own
    let next = personMentions.find(
      (p) => p.start > m.end && p.sentence - m.sentence <= 3 && introducedBySurname(doc, p) && !besideOffice(p),
    );
    // (not from inside a quotation to its speaker: "... the president," Y said is not Y)
    next ??= personMentions.find(
      (p) =>
        p.start > m.end &&
        p.sentence - m.sentence <= 1 &&
        firstAfter(p) &&
        untitled(p) &&
        introducedAfter(p) &&
        !besideOffice(p) &&
        isSubject(doc, m) &&
        !p.inQuote &&
        !m.inQuote,
    );
    // anaphora: the most recent person outside quotations, within three sentences, holding the same office
    next ??= [...personMentions]
      .reverse()
      .find((p) => p.end <= m.start && m.sentence - p.sentence <= 3 && !p.inQuote && sameOffice(doc, p, m));
    if (next?.entity) {
      for (const other of titleMentions) {
        if (!other.entity && titleKey(other.text) === key) other.entity = next.entity;
      }
      doc.entities.get(next.entity)?.titles.add(doc.text.slice(m.start, m.end).replace(/^the\s+/i, ''));
    } else {
      doc.message('find-titles:untied', `"${m.text}" could not be tied to a named person`, m.start);
    }
  }
  doc.mentions = [...doc.mentions, ...titleMentions.filter((m) => m.entity)].sort(byStart);
  // "a party spokesman": an indefinite office is somebody new the article does not name ("the chancellor",
  // definite, is often the person named just before without the title, so it is not listed; "as a senator" is
  // what somebody was)
  doc.unnamedOffices = titleMentions.filter((m) => {
    const before = doc.text.slice(Math.max(0, m.start - 7), m.start);
    return !m.entity && /(?:^|[^\p{L}])an?\s+$/iu.test(before) && !/(?:^|[^\p{L}])as\s+an?\s+$/iu.test(before);
  });
  doc.untiedOffices = titleMentions.filter((m) => !m.entity && !doc.unnamedOffices.includes(m));
  return doc;
}

/** First words of every office phrase and noun: a token that is none of them cannot start a title. */
const OFFICE_FIRST_WORDS = new Set([...OFFICE_PHRASES].map((p) => p.split(' ')[0]).concat([...OFFICE_NOUNS]));

/**
 * The most tokens an office phrase opening with a given token may take (a hyphen may be a token of its own), so that
 * longer phrases are not built and looked up: most office words open no phrase of more than two.
 */
const OFFICE_PHRASE_TOKENS = new Map<string, number>();
for (const p of OFFICE_PHRASES) {
  const n = p.split(' ').length + 2 * (p.match(/-/g)?.length ?? 0);
  for (const first of [p.split(' ')[0], p.split(/[ -]/)[0]])
    OFFICE_PHRASE_TOKENS.set(first, Math.max(OFFICE_PHRASE_TOKENS.get(first) ?? 1, n));
}

/** A title for comparing: lowercased, no article, abbreviations spelled out ("Florida Sen." = "florida senator"). */
/** "gov." -> "governor" (a module-level function for `replace`: see by-start.ts on closures made per call). */
function expandAbbreviation(word: string, w: string): string {
  return OFFICE_ABBREVIATIONS.get(w) ?? word;
}

function titleKey(s: string): string {
  return low(s)
    .replace(/^the\s+/, '')
    .replace(/\b([a-z]+)\.?(?=\s|$)/g, expandAbbreviation);
}

function findTitleSpans(doc: ArticleDoc): TitleSpan[] {
  const out: TitleSpan[] = [];
  const toks = doc.tokens;
  for (let t = 0; t < toks.length; t++) {
    if (!OFFICE_FIRST_WORDS.has(toks[t].lower)) continue;
    let len = 0;
    for (let n = Math.min(4, OFFICE_PHRASE_TOKENS.get(toks[t].lower) ?? 1); n >= 1 && !len; n--) {
      if (t + n > toks.length) continue;
      const phrase = joinLower(toks, t, t + n).replace(/ - /g, '-');
      if (OFFICE_PHRASES.has(phrase) || (n === 1 && OFFICE_NOUNS.has(phrase))) len = n;
    }
    if (!len) continue;
    const endTok = t + len - 1;
    const next = toks[endTok + 1];
    // a title directly before a name is part of that name's mention, not a stand-in for it
    if (next && next.cap && next.start - toks[endTok].end <= 1 && /^\p{Lu}\p{Ll}/u.test(next.text)) {
      t = endTok;
      continue;
    }
    if (next && /^(of|for)$/.test(next.lower)) {
      t = endTok;
      continue; // "minister of state for X": too open to stand for one person
    }
    // modifiers before the office: capitalised words (place or party) and "shadow", "deputy"
    let s = t;
    const joined = (i: number) =>
      /^[-/]$/.test(toks[i].text) && toks[i].start === toks[i - 1]?.end && toks[i].end === toks[i + 1]?.start;
    while (
      s > 0 &&
      (toks[s - 1].cap || joined(s - 1) || /^(shadow|deputy|co|acting)$/.test(toks[s - 1].lower)) &&
      toks[s - 1].sentence === toks[t].sentence
    ) {
      if (doc.sentences[toks[s - 1].sentence].firstToken === s - 1 && toks[s - 1].pos !== 'PROPN') break;
      s--;
    }
    // "the information commissioner", "the committee chairman": lowercase nouns between "the" and the office
    for (let k = 1; k <= 2 && s - k - 1 >= 0 && !/^the$/i.test(toks[s - 1].text); k++) {
      const nouns = toks.slice(s - k, s);
      if (!nouns.every((x) => x.pos === 'NOUN' && /^\p{Ll}+$/u.test(x.text) && x.sentence === toks[t].sentence)) break;
      if (/^the$/i.test(toks[s - k - 1].text)) s -= k;
    }
    const hasArticle = s > 0 && /^the$/i.test(toks[s - 1].text);
    const modified = s < t;
    if (!hasArticle && !modified) {
      t = endTok;
      continue;
    }
    const start = hasArticle ? toks[s - 1].start : toks[s].start;
    const end = toks[endTok].end;
    out.push({
      start,
      end,
      key: titleKey(doc.text.slice(start, end)),
      head: joinLower(toks, t, endTok + 1),
    });
    t = endTok;
  }
  return out;
}

/** "Theresa May, the shadow secretary" and "The shadow secretary, Theresa May," tie the office to the name. */
function tieByAppositive(doc: ArticleDoc, span: TitleSpan, people: Mention[]): string | null {
  const before = doc.text.slice(Math.max(0, span.start - 3), span.start);
  if (/,\s*$/.test(before)) {
    const p = people.find((m) => m.end <= span.start && span.start - m.end <= 3);
    if (p) return p.entity;
  }
  const after = doc.text.slice(span.end, span.end + 3);
  if (/^\s*,/.test(after)) {
    const p = people.find((m) => m.start >= span.end && m.start - span.end <= 3);
    if (p && /^\s*[,.]/.test(doc.text.slice(p.end, p.end + 2))) return p.entity;
  }
  return null;
}

/** An office the article already gave to one person ("Sindh Governor X" earlier): that person. */
function tieByTitle(doc: ArticleDoc, span: TitleSpan): string | null {
  const matches: LocalEntity[] = [];
  const written = doc.text.slice(span.start, span.end);
  for (const e of doc.entities.values()) {
    if (e.label !== 'Person') continue;
    // (a loop rather than filter/map/filter/some: arrays made by `map` made V8 recompile, see join-text.ts)
    for (const t of e.titles) {
      if (foreignOffice(written, t)) continue;
      const k = titleKey(t);
      if (!sameRank(k, span.key) || otherPlace(k, span.key) || otherParty(k, span.key)) continue;
      if (k === span.key || k.endsWith(span.head) || (span.key.endsWith(k) && k.length > 2)) {
        matches.push(e);
        break;
      }
    }
  }
  return matches.length === 1 ? matches[0].key : null;
}

/**
 * Offices written before a name with lowercase words the name chunk does not hold ("Tory co-chairman Liam Fox",
 * "Lib Dem constitutional affairs committee chairman Alan Beith"): recorded as the person's titles.
 */
function addPreNameTitles(doc: ArticleDoc): void {
  for (const m of doc.mentions) {
    if (m.kind !== 'person' || !m.entity) continue;
    const toks = doc.tokens;
    let t = m.tokenStart - 1;
    if (t < 0 || !(OFFICE_NOUNS.has(toks[t].lower) || ROLE_WORDS.has(toks[t].lower))) continue;
    let first = t;
    for (let n = 0; t >= 0 && n < 7 && toks[t].sentence === m.sentence; t--, n++) {
      const tok = toks[t];
      if (tok.pos === 'PUNCT' && !/^[-/]$/.test(tok.text)) break;
      // a dash set off by spaces ends a dateline ("JAKARTA (Reuters) - Indonesian President X"), not "co-chair"
      if (/^[-/]$/.test(tok.text) && (toks[t - 1]?.end !== tok.start || toks[t + 1]?.start !== tok.end)) break;
      if (tok.pos === 'VERB' || tok.pos === 'AUX' || tok.pos === 'DET' || tok.pos === 'PRON' || tok.pos === 'CCONJ')
        break;
      // "led by former deputy president X": the preposition is not part of the office
      if ((tok.pos === 'ADP' || tok.pos === 'SCONJ') && tok.lower !== 'of') break;
      // "Secretary of State X" is one office; "the release of Republican candidate X" is not
      if (
        tok.lower === 'of' &&
        !(OFFICE_NOUNS.has(toks[t - 1]?.lower ?? '') || ROLE_WORDS.has(toks[t - 1]?.lower ?? ''))
      )
        break;
      // "So when Prime Minister X", "Earlier Tory leader X": an adverb or particle opens no office
      if ((tok.pos === 'ADV' || tok.pos === 'PART') && !/^(?:then|now|once)$/.test(tok.lower)) break;
      // "On Monday Lib Dem ... chairman X": a day or month is not part of the office
      if (CALENDAR_NAMES.has(tok.lower) || /^(?:yesterday|today)$/.test(tok.lower)) break;
      first = t;
    }
    const title = doc.text
      .slice(toks[first].start, toks[m.tokenStart - 1].end)
      .replace(/['’]s\b/, '')
      .trim();
    if (title) doc.entities.get(m.entity)?.titles.add(title);
  }
}

/** A person the article already gives an office with the title's head word ("minister" fits "Home Minister"). */
function sameOffice(doc: ArticleDoc, p: Mention, title: Mention): boolean {
  const e = p.entity ? doc.entities.get(p.entity) : undefined;
  if (!e || e.label !== 'Person' || e.titles.size === 0) return false;
  const key = titleKey(title.text);
  const head = officeHead(key);
  return [...e.titles].some(
    (t) =>
      (titleKey(t).endsWith(head) || (key === 'minister' && isSecretaryOfState(titleKey(t)))) &&
      sameRank(titleKey(t), key) &&
      !foreignOffice(title.text, t) &&
      !otherPlace(titleKey(t), key),
  );
}

/**
 * A secretary who is a minister ("the home secretary", "the Trade and Industry Secretary"), whom a later "the
 * minister" may name; a press, party or general secretary is none.
 */
function isSecretaryOfState(key: string): boolean {
  return (
    /\bsecretary$/.test(key) &&
    !/\b(?:press|general|party|private|permanent|cabinet|executive|assistant)\s+secretary$/.test(key) &&
    key !== 'secretary'
  );
}

/**
 * Two offices qualified by different words ("texas senator", "the florida senator"): different offices, held by
 * different people. An office without qualifier ("senator") fits either.
 */
function otherPlace(a: string, b: string): boolean {
  const qualifiers = (key: string) =>
    key
      .slice(0, key.length - officeHead(key).length)
      .replace(RANK_WORDS, ' ')
      .split(/\s+/)
      .filter(Boolean);
  const qa = qualifiers(a);
  const qb = new Set(qualifiers(b));
  return qa.length > 0 && qb.size > 0 && !qa.some((w) => qb.has(w));
}

/**
 * Two offices of different parties ("scottish national party holyrood leader", "scottish conservative leader"):
 * both name a party, by an ideology word or a party head word, and no party word is shared.
 */
function otherParty(a: string, b: string): boolean {
  const partyWords = (key: string) =>
    key
      .split(/\s+/)
      .map((w) => PARTY_WORD_SYNONYMS.get(w) ?? w.replace(/s$/, ''))
      .filter((w) => IDEOLOGY_PARTY_WORDS.has(w) || PARTY_HEADS.has(w));
  const pa = partyWords(a);
  const pb = new Set(partyWords(b));
  return pa.length > 0 && pb.size > 0 && !pa.some((w) => pb.has(w));
}

/** The office a title names, without its modifiers: "prime minister" of "the british prime minister". */
function officeHead(key: string): string {
  const words = key.split(' ');
  for (let n = words.length; n > 1; n--) {
    const suffix = words.slice(-n).join(' ');
    if (OFFICE_PHRASES.has(suffix)) return suffix;
  }
  return words[words.length - 1];
}

/** Words that make another office of the same noun: a deputy prime minister is not the prime minister. */
const RANK_WORDS = /\b(deputy|vice|shadow|assistant|junior|under|associate|lieutenant|co|acting|former|ex)\b/g;

function sameRank(a: string, b: string): boolean {
  const ranks = (s: string) => (s.match(RANK_WORDS) ?? []).sort().join(' ');
  return ranks(a) === ranks(b);
}

/**
 * An office qualified by a nationality the person's own title lacks ("the Mexican president" is not the
 * President X the article named before): a capitalised word ending like a demonym (-an, -ese, -ish, -i).
 */
function foreignOffice(title: string, personTitle: string): boolean {
  const own = low(personTitle);
  return title.split(/[^\p{L}]+/u).some((w) => DEMONYM_SHAPE.test(w) && !own.includes(low(w)));
}

/** A title that acts as a subject ("The home secretary said", "..., the minister added"), not an object. */
function isSubject(doc: ArticleDoc, m: Mention): boolean {
  const next = doc.tokens[doc.tokenAt(m.end)];
  return !!next && next.start >= m.end && (next.pos === 'VERB' || next.pos === 'AUX');
}

/** A mention in the article's headline: a first paragraph of one short line with no closing full stop. */
function inHeadline(doc: ArticleDoc, m: Mention): boolean {
  const p = doc.paragraphs[0];
  if (!p || doc.paragraphs.length < 2 || m.start >= p.end) return false;
  const line = doc.text.slice(p.start, p.end).trim();
  return !line.includes('\n') && !/[.!?]["”’']?$/.test(line) && line.split(/\s+/).length <= 20;
}

/** A person mention that is the first one of its entity and is a bare surname ("Tessori"). */
function introducedBySurname(doc: ArticleDoc, m: Mention): boolean {
  const e = m.entity ? doc.entities.get(m.entity) : undefined;
  return !!e && e.firstMention === m && !m.text.includes(' ');
}
