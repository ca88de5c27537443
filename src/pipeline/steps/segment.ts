// Splits the article into paragraphs, sentences and tokens (with character offsets and POS tags) using
// wink-nlp's English model; sentences never cross a paragraph break.
import type { ArticleDoc, Paragraph, Sentence, Token } from '../article-doc.js';
import { winkReader } from '../wink-reader.js';

const UPPER = /^\p{Lu}/u;
/** Nothing but white space (the characters String.prototype.trim removes). */
const BLANK = /^\s*$/;
const CURLY_QUOTE = /[\u2018\u2019]/;

export function segment(doc: ArticleDoc): ArticleDoc {
  const text = doc.text;
  doc.paragraphs = findParagraphs(text);
  const reader = winkReader();
  const its = reader.its;
  const { words, tags, sentenceSpans } = reader.read(text, (wdoc) => ({
    words: wdoc.tokens().out() as string[],
    tags: wdoc.tokens().out(its.pos) as string[],
    // (each sentence's [first, last] token, read off the collection: an item object per sentence is not needed)
    sentenceSpans: wdoc.sentences().out(its.span) as unknown as number[][],
  }));

  // Character offsets: wink keeps each token's text as written, so a forward search finds it.
  const tokens: Token[] = [];
  // the library's sentence of each word: its spans [first, last] come in order, without overlaps (a word outside
  // every span counts as in the first sentence)
  let span = 0;
  // curly apostrophes are made straight in `lower`: only an article that has some needs the test for each token
  const curly = CURLY_QUOTE.test(text);
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // whitespace tokens (paragraph breaks) carry nothing: they would only make empty sentences (a token that
    // opens with a printable ASCII character is not one: the common case, decided without a regular expression)
    const w0 = w.length > 0 ? w.charCodeAt(0) : 0;
    if (!(w0 > 32 && w0 < 127) && BLANK.test(w)) continue;
    // mostly the token starts where the spaces after the last one end: tried there before searching (the same
    // answer: a token opening with a printable character cannot start inside a run of spaces or line breaks)
    let at = cursor;
    while (at < text.length && isSpaceOrBreak(text.charCodeAt(at))) at++;
    if (!(w0 > 32 && text.startsWith(w, at))) at = text.indexOf(w, cursor);
    let rewritten = false;
    if (at < 0 || at - cursor > 200) {
      // A token the library rewrote (rare): place it at the cursor with its own length, clamped to the text.
      at = Math.min(cursor, text.length);
      rewritten = true;
    }
    const end = Math.min(at + w.length, text.length);
    const written = end - at === w.length ? w : text.slice(at, end);
    let lower = written.toLowerCase();
    if ((curly || rewritten) && CURLY_QUOTE.test(lower)) lower = lower.replace(/[\u2018\u2019]/g, "'");
    const c0 = written.charCodeAt(0);
    while (span < sentenceSpans.length && sentenceSpans[span][1] < i) span++;
    tokens.push({
      i: tokens.length,
      text: written,
      lower,
      start: at,
      end,
      pos: tags[i] ?? 'X',
      sentence: span < sentenceSpans.length && sentenceSpans[span][0] <= i ? span : 0,
      cap: c0 >= 65 && c0 <= 90 ? true : c0 < 128 ? false : UPPER.test(written),
      quote: -1,
    });
    cursor = end;
  }
  doc.tokens = tokens;
  doc.sentences = buildSentences(text, tokens, doc.paragraphs);
  for (const s of doc.sentences) for (let t = s.firstToken; t < s.endToken; t++) tokens[t].sentence = s.i;
  return doc;
}

/** A space, tab, line feed or carriage return. */
function isSpaceOrBreak(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

function findParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\n[ \t]*\n\s*/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.index > start) out.push({ i: out.length, start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ i: out.length, start, end: text.length });
  return out;
}

/** The library's sentences, cut again wherever a paragraph break falls inside one. */
function buildSentences(text: string, tokens: Token[], paragraphs: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  let p = 0;
  let first = 0;
  const close = (endToken: number) => {
    if (endToken <= first) return;
    out.push({
      i: out.length,
      start: tokens[first].start,
      end: tokens[endToken - 1].end,
      firstToken: first,
      endToken,
      paragraph: p,
    });
    first = endToken;
  };
  for (let t = 0; t < tokens.length; t++) {
    while (p < paragraphs.length - 1 && tokens[t].start >= paragraphs[p].end) {
      close(t);
      p++;
    }
    if (
      t > first &&
      // a new sentence never starts in lowercase or with a comma: the library split after an abbreviation
      // ("Sen. X (R-Ga.) said", "Sen. X (D-Ill.), noting ...", "Sen. X (D-R.I.), said" split inside its bracket)
      ((tokens[t].sentence !== tokens[t - 1].sentence &&
        !/^[\p{Ll},;)\]]/u.test(tokens[t].text) &&
        !insideShortBracket(tokens, first, t) &&
        !afterTitleAbbreviation(tokens, t)) ||
        // a line break inside a paragraph ends a headline-like line without punctuation
        hasLineBreak(text, tokens[t - 1].end, tokens[t].start))
    )
      close(t);
  }
  close(tokens.length);
  return out;
}

/**
 * Abbreviated titles the library may take for a sentence's end ("Pres. Ruiz claimed ..."); not "St.", which ends
 * street names as often as it opens a saint's.
 */
const TITLE_ABBREVIATIONS = new Set(
  'pres sen gov rep gen lt col capt maj sgt adm brig cmdr dr mr mrs ms prof rev hon amb supt insp'.split(' '),
);

/** Whether token `t` follows an abbreviated title and its stop ("Pres" "." "Ruiz"): no new sentence there. */
function afterTitleAbbreviation(tokens: Token[], t: number): boolean {
  const stop = tokens[t - 1];
  const word = tokens[t - 2];
  return (
    !!word &&
    stop.text === '.' &&
    word.end === stop.start &&
    TITLE_ABBREVIATIONS.has(word.lower) &&
    tokens[t].cap &&
    (t < 3 || tokens[t - 3].end < word.start)
  );
}

/** Whether token `t` falls inside a bracket opened at most six tokens before it ("(D-R.I.)"), in the sentence from `first`. */
function insideShortBracket(tokens: Token[], first: number, t: number): boolean {
  for (let k = t - 1; k >= Math.max(first, t - 6); k--) {
    if (tokens[k].text === ')') return false;
    if (tokens[k].text === '(') return true;
  }
  return false;
}

/** Whether text[from, to) holds a line feed (the gap between two tokens: usually a character or none). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}
