// Speaker labels: transcripts ("PENCE: Well, look, ...") and headline forms ("Merz: coalition agreement the only
// option") attribute the rest of the paragraph to the named person; an embedded post's signature ("... — Ana Ruiz
// (@anaruiz) July 5, 2016") attributes the words before it.
import { newPerson, type ArticleDoc, type ClaimDraft, type LocalEntity } from '../article-doc.js';
import { personId } from '../../model/ids.js';
import { low, partyKey } from '../names.js';
import { HEADLINE_VERBS } from '../../lexicon/speech-cues.js';
import { byStart } from '../by-start.js';

// an optional all-capitals kicker first: "EXCLUSIVE – Roger Stone: ...", "WATCH: Merz: ..."
const LABEL =
  /^(?:\p{Lu}{2,}(?:\s+\p{Lu}{2,})?\s*[–—:-]\s+)?["“]?([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2}):\s+(\S[^]*)$/u;

// a headline's longer label, with a description or an audience around the name: "McCain Challenger Kelli Ward:
// ...", "Ruiz to Party Donors: ...", "Ruiz Wades In: ..."
const HEADLINE_LABEL =
  /^(?:\p{Lu}{2,}(?:\s+\p{Lu}{2,})?\s*[–—:-]\s+)?["“]?([\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|to|on|at|in|of)){0,5}):\s+(\S[^]*)$/u;

export function findSpeakerLabels(doc: ArticleDoc): ArticleDoc {
  const labelled: Array<{ name: string; start: number; end: number; contentStart: number; headline: boolean }> = [];
  for (const p of doc.paragraphs) {
    const text = doc.text.slice(p.start, p.end);
    const headline = p === doc.paragraphs[0] && doc.paragraphs.length > 1 && text.length <= 160;
    const m = LABEL.exec(text) ?? (headline ? HEADLINE_LABEL.exec(text) : null);
    // "Q:" and "A:" mark an interview's question and answer, not a person
    if (!m || m[1].replace(/[.'’-]/g, '').length < 2) continue;
    labelled.push({ name: m[1], start: p.start, end: p.end, contentStart: p.end - m[2].length, headline });
  }
  // an all-capitals label counts when it labels two paragraphs or more (a transcript)
  const caps = new Map<string, number>();
  for (const l of labelled) if (/^[\p{Lu}\s.'’-]+$/u.test(l.name)) caps.set(l.name, (caps.get(l.name) ?? 0) + 1);
  for (const l of labelled) {
    const person =
      findPerson(doc, l.name) ??
      (l.headline ? personInLabel(doc, l.name) : null) ??
      ((caps.get(l.name) ?? 0) >= 2 ? addPerson(doc, l.name, l.start) : null);
    if (!person) continue;
    const [a, b] = trim(doc.text, l.contentStart, l.end);
    if ((doc.text.slice(a, b).match(/[\p{L}\p{N}]+/gu) ?? []).length < 3) continue;
    const claim: ClaimDraft = {
      text: doc.text
        .slice(a, b)
        .replace(/\s*["“”]\s*/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
      start: a,
      end: b,
      kind: 'quote',
      cue: ':',
      speaker: person.key,
      evidenceStart: l.start,
      evidenceEnd: b,
      sentence: doc.sentenceAt(a)?.i ?? 0,
      polarity: 'asserts',
      confidence: 0.75,
    };
    doc.claims.push(claim);
  }
  doc.claims.push(...signedPosts(doc));
  const headline = headlineClaims(doc);
  if (headline.length) doc.claims.push(...headline);
  else {
    const inverted = invertedHeadlineClaim(doc);
    if (inverted) doc.claims.push(inverted);
  }
  return doc;
}

/**
 * The signature a social-media post keeps when a page embeds it: a dash, the author's name, the handle in brackets,
 * the date ("— Ana Ruiz (@anaruiz) July 5, 2016").
 */
const POST_SIGNATURE =
  /[—–-]\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+\(@\w{1,15}\)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}/gu;

/** Links a post ends with before its signature ("pic.twitter.com/Oqct", "https://t.co/x1"). */
const TRAILING_LINKS = /(?:\s*(?:pic\.twitter\.com\/\S+|https?:\/\/\S+))+\s*$/u;

/**
 * Embedded posts: the words before a signature, back to the start of its paragraph (or of markup around the post,
 * or the signature before), are the named author's, when the article knows that person.
 */
function signedPosts(doc: ArticleDoc): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  if (!doc.text.includes('(@')) return out;
  let previousEnd = 0;
  for (const m of doc.text.matchAll(POST_SIGNATURE)) {
    const at = m.index;
    const paragraph = doc.paragraphs.find((p) => p.start <= at && at < p.end);
    let from = Math.max(paragraph?.start ?? 0, previousEnd);
    previousEnd = at + m[0].length;
    const tag = doc.text.lastIndexOf('>', at);
    if (tag >= from) from = tag + 1;
    const person = findPerson(doc, m[1]);
    if (!person) continue;
    const body = doc.text.slice(from, at).replace(TRAILING_LINKS, '');
    const [a, b] = trim(doc.text, from, from + body.length);
    if ((doc.text.slice(a, b).match(/[\p{L}\p{N}]+/gu) ?? []).length < 3) continue;
    out.push({
      text: doc.text.slice(a, b).replace(/\s+/g, ' ').trim(),
      start: a,
      end: b,
      kind: 'quote',
      cue: 'posted',
      speaker: person.key,
      evidenceStart: a,
      evidenceEnd: previousEnd,
      sentence: doc.sentenceAt(a)?.i ?? 0,
      polarity: 'asserts',
      confidence: 0.75,
    });
  }
  return out;
}

/**
 * "Marta Ruiz Slams Budget Cuts." / "Conservative Icon Marta Ruiz Endorses Tom Ilves.": a headline opening with a
 * person the article names, then a verb of saying or stance; the rest of the headline is the claim. A second verb
 * after "and" or a comma ("Backs Trump And Denounces Clinton") makes a second claim.
 */
function headlineClaims(doc: ArticleDoc): ClaimDraft[] {
  const p = doc.paragraphs[0];
  if (!p || doc.paragraphs.length < 2 || p.end - p.start > 160) return [];
  const line = doc.text.slice(p.start, p.end);
  const words = [...line.matchAll(/\S+/g)];
  // the verb comes after one to five words of name (and descriptors before the name)
  for (let v = 1; v <= Math.min(5, words.length - 2); v++) {
    if (!HEADLINE_VERBS.has(words[v][0].toLowerCase())) continue;
    const before = words.slice(0, v).map((w) => w[0]);
    if (!before.every((w) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(w))) return [];
    // the longest tail of the words before the verb that names a person ("Conservative Icon [Marta Ruiz]")
    let person: LocalEntity | null = null;
    for (let k = 0; k < before.length && !person; k++) person = findPerson(doc, before.slice(k).join(' '));
    if (!person) return [];
    const claims: ClaimDraft[] = [];
    let cue = words[v];
    for (let w = v + 2; w < words.length - 1 && claims.length === 0; w++) {
      if (!HEADLINE_VERBS.has(words[w][0].toLowerCase())) continue;
      if (!/^(?:and|And)$/.test(words[w - 1][0]) && !words[w - 1][0].endsWith(',')) continue;
      const joinAt = /,$/.test(words[w - 1][0])
        ? words[w - 1].index! + words[w - 1][0].length - 1
        : words[w - 1].index!;
      const first = headlineDraft(doc, p.start, cue, p.start + joinAt, person, p.start);
      if (first) claims.push(first);
      cue = words[w];
    }
    const last = headlineDraft(doc, p.start, cue, p.end, person, p.start);
    if (last) claims.push(last);
    return claims;
  }
  return [];
}

/** The claim of a headline's verb `cue` (a match in the headline at `lineStart`), up to `until`. */
function headlineDraft(
  doc: ArticleDoc,
  lineStart: number,
  cue: RegExpMatchArray,
  until: number,
  person: LocalEntity,
  evidenceStart: number,
): ClaimDraft | null {
  const contentStart = lineStart + cue.index! + cue[0].length;
  const [a, b] = trim(doc.text, contentStart, until);
  const end = doc.text[b - 1] === '.' ? b - 1 : b;
  const text = doc.text.slice(a, end).replace(/\s+/g, ' ').trim();
  if ((text.match(/[\p{L}\p{N}]+/gu) ?? []).length < (namesOne(doc, text) ? 1 : 2)) return null;
  return {
    text,
    start: a,
    end,
    kind: 'reported',
    cue: cue[0].toLowerCase(),
    speaker: person.key,
    evidenceStart,
    evidenceEnd: end,
    sentence: doc.sentenceAt(a)?.i ?? 0,
    polarity: 'asserts',
    confidence: 0.6,
  };
}

/** Whether `text` names a person or party of the article ("Trump" in "Backs Trump"; headlines have no mentions). */
function namesOne(doc: ArticleDoc, text: string): boolean {
  return !!findPerson(doc, text) || doc.partyNames.has(partyKey(text));
}

/** "Trump Could Address Clean Energy, Lindsey Graham Says.": the claim, a comma, a person of the article, a verb. */
const INVERTED_HEADLINE = /^(.*\S),\s+((?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}.'’-]*)\s+(\p{L}+)\.?\s*$/u;

function invertedHeadlineClaim(doc: ArticleDoc): ClaimDraft | null {
  const p = doc.paragraphs[0];
  if (!p || doc.paragraphs.length < 2 || p.end - p.start > 160) return null;
  const line = doc.text.slice(p.start, p.end);
  const m = INVERTED_HEADLINE.exec(line);
  if (!m || !HEADLINE_VERBS.has(m[3].toLowerCase())) return null;
  const person = findPerson(doc, m[2]);
  if (!person) return null;
  const [a, b] = trim(doc.text, p.start, p.start + m[1].length);
  const text = doc.text.slice(a, b).replace(/\s+/g, ' ').trim();
  if ((text.match(/[\p{L}\p{N}]+/gu) ?? []).length < 3) return null;
  return {
    text,
    start: a,
    end: b,
    kind: 'reported',
    cue: m[3].toLowerCase(),
    speaker: person.key,
    evidenceStart: p.start,
    evidenceEnd: p.end,
    sentence: doc.sentenceAt(a)?.i ?? 0,
    polarity: 'asserts',
    confidence: 0.6,
  };
}

/**
 * The person a headline's longer label names: the longest run of its capitalised words, from its start
 * ("[Ruiz] to Party Donors", "[Ruiz] Wades In") or to its end ("McCain Challenger [Kelli Ward]"), that is a person
 * of the article.
 */
function personInLabel(doc: ArticleDoc, label: string): LocalEntity | null {
  const words = label.split(/\s+/);
  const lead = words.findIndex((w) => /^\p{Ll}/u.test(w));
  const capitalised = lead < 0 ? words : words.slice(0, lead);
  // (a name closing the label first: a surname in a description before it is someone else's)
  for (let n = capitalised.length; n >= 1; n--) {
    const person =
      (lead < 0 ? findPerson(doc, capitalised.slice(capitalised.length - n).join(' ')) : null) ??
      findPerson(doc, capitalised.slice(0, n).join(' '));
    if (person) return person;
  }
  return null;
}

function findPerson(doc: ArticleDoc, label: string): LocalEntity | null {
  const l = low(label).replace(/^(?:mr|mrs|ms|dr|sen|gov|rep)\.?\s+/, '');
  const people = [...doc.entities.values()].filter((e) => e.label === 'Person');
  const exact = people.find((e) => [...e.aliases].some((a) => low(a) === l));
  if (exact) return exact;
  const bySurname = people.filter((e) => low(e.name).split(' ').pop() === l);
  if (bySurname.length === 1) return bySurname[0];
  // "Darrell Scott:" for "Pastor Darrell Scott": a full name closing the one name the article gives
  if (!l.includes(' ')) return null;
  const closing = people.filter((e) => [...e.aliases].some((a) => low(a).endsWith(` ${l}`)));
  return closing.length === 1 ? closing[0] : null;
}

function addPerson(doc: ArticleDoc, label: string, at: number): LocalEntity {
  const name = label
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
  const key = personId(name);
  const existing = doc.entities.get(key);
  if (existing) return existing;
  const e = newPerson(key, name);
  doc.entities.set(key, e);
  doc.mentions.push({
    kind: 'person',
    start: at,
    end: at + label.length,
    tokenStart: doc.tokenAt(at),
    tokenEnd: doc.tokenAt(at + label.length),
    sentence: doc.sentenceAt(at)?.i ?? 0,
    text: label,
    entity: key,
    inQuote: false,
  });
  doc.mentions.sort(byStart);
  e.firstMention = doc.mentions.find((m) => m.entity === key) ?? null;
  return e;
}

function trim(text: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a < b && /[\s"“”‘]/.test(text[a])) a++;
  while (b > a && /[\s"“”’]/.test(text[b - 1])) b--;
  return [a, b];
}
