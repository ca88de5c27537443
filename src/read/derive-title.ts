// Titles for articles that do not state one: the first paragraph when it reads as a headline (short, one to three
// lines), else the first sentence of the body, shortened at a word boundary.
import { findDateline } from './find-dateline.js';

/** A derived title from prose is at most this long (an ellipsis marks the cut). */
export const MAX_DERIVED_TITLE = 100;
/** A headline line is at most this long. */
const MAX_HEADLINE_LINE = 160;
/** A first line opening like "KARACHI: ..." is a headline with a kicker ("BREAKING: ...") only up to this long. */
const MAX_KICKER_HEADLINE = 100;
/** A headline with a deck ("Headline;\nSubheading.") has at most this many lines. */
const MAX_HEADLINE_LINES = 3;

/** Words before a full stop that do not end a sentence: "Mr.", "Sen.", "Gov.", "Jan.", "U.S." */
const ABBREVIATION_AT_END = /(?:^|[\s(])(?:\p{Lu}\p{Ll}{0,3}|\p{L}(?:\.\p{L})+)\.\s*$/u;
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const lines = (paragraph: string) =>
  paragraph
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** Does this first paragraph read as a headline (possibly with a deck line) rather than body prose? */
export function looksLikeHeadline(paragraph: string): boolean {
  const text = paragraph.trim();
  // "WASHINGTON (AP) — ..." opens a body; "KARACHI: ..." may too, but so does a kicker like "BREAKING: ...".
  const dateline = findDateline(text);
  if (text === '' || (dateline && !dateline.colon)) return false;
  const ls = lines(text);
  if (ls.length === 1) return ls[0].length <= (dateline ? MAX_KICKER_HEADLINE : MAX_HEADLINE_LINE);
  // Several lines: a headline and a deck when the first line ends like a clause, else hard-wrapped prose.
  return ls.length <= MAX_HEADLINE_LINES && ls[0].length <= MAX_HEADLINE_LINE && /[;:.!?…"'”’)]$/u.test(ls[0]);
}

/** The title a headline paragraph gives: its first line, without a trailing ";" or ":" before a deck. */
export function headlineTitle(paragraph: string): string {
  const first = lines(paragraph)[0] ?? '';
  return shortenTitle(collapse(first).replace(/\s*[;:,]$/u, ''), MAX_HEADLINE_LINE);
}

/** The first sentence of a prose paragraph, without its dateline, shortened to MAX_DERIVED_TITLE characters. */
export function titleFromProse(paragraph: string): string {
  let text = paragraph.trimStart();
  const dateline = findDateline(text);
  if (dateline) text = text.slice(dateline.length);
  text = collapse(text.slice(0, 2000));
  let sentence = '';
  for (const { segment } of sentences.segment(text)) {
    sentence += segment;
    if (!ABBREVIATION_AT_END.test(sentence) || sentence.length > MAX_DERIVED_TITLE) break;
  }
  return shortenTitle(collapse(sentence), MAX_DERIVED_TITLE);
}

/** The title of an article from its first paragraph, and whether that paragraph is a headline. */
export function deriveTitle(firstParagraph: string): { title: string; isHeadline: boolean } {
  const isHeadline = looksLikeHeadline(firstParagraph);
  const title = isHeadline ? headlineTitle(firstParagraph) : titleFromProse(firstParagraph);
  // A paragraph of punctuation alone (",") leaves nothing once cleaned: it is its own title.
  return { title: title !== '' ? title : shortenTitle(collapse(firstParagraph), MAX_DERIVED_TITLE), isHeadline };
}

/** Cuts `text` to at most `max` characters at a word boundary, marking the cut with "…". */
export function shortenTitle(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  if (lastSpace > max / 2) cut = cut.slice(0, lastSpace);
  return `${cut.replace(/[\s,;:\-–—]+$/u, '')}…`;
}
