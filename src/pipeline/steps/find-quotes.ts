// Finds quotations: spans inside double quotation marks (straight, curly, guillemets, low-high), deciding
// whether each mark opens or closes from its neighbours, and joining quotes that run over paragraphs.
import type { ArticleDoc, Quotation } from '../article-doc.js';
import { byStart } from '../by-start.js';
import { charAt, codeAt } from '../text-at.js';

const OPENERS = new Set(['\u201c', '\u00ab', '\u201e']);
const CLOSERS = new Set(['\u201d', '\u00bb']);
const AMBIGUOUS = new Set(['"']);

type Role = 'open' | 'close';

/** Whether a quote mark at `i` opens or closes, judged by the characters around it. */
function roleOf(text: string, i: number, open: boolean): Role {
  const ch = text[i];
  const before = i > 0 ? text[i - 1] : '\n';
  const after = i + 1 < text.length ? text[i + 1] : '\n';
  const spaceBefore = /[\s([{\u2014\u2013-]/.test(before);
  const spaceAfter = /[\s)\]}.,;:!?\u2014\u2013-]/.test(after);
  if (OPENERS.has(ch) && !(open && !spaceBefore && spaceAfter)) return 'open';
  if (CLOSERS.has(ch) && !(!open && spaceBefore && !spaceAfter)) return 'close';
  // straight quotes (and curly marks used the wrong way round)
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return open ? 'close' : 'open';
}

export function findQuotes(doc: ArticleDoc): ArticleDoc {
  const text = doc.text;
  const quotes: Quotation[] = [];
  let openAt = -1;
  let continued = false;
  let paragraph = 0;
  const paragraphs = doc.paragraphs;

  const close = (endMark: number, outerEnd: number) => {
    const start =
      openAt + (text.charCodeAt(openAt) === APOSTROPHE && text.charCodeAt(openAt + 1) === APOSTROPHE ? 2 : 1);
    if (endMark > start) {
      const inner = text.slice(start, endMark);
      const words = (inner.match(/[\p{L}\p{N}]+/gu) ?? []).length;
      if (words > 0) {
        quotes.push({ i: quotes.length, start, end: endMark, outerStart: openAt, outerEnd, continued, words });
      }
    }
    openAt = -1;
    continued = false;
  };

  for (let i = 0; i < text.length; i++) {
    while (paragraph < paragraphs.length - 1 && i >= paragraphs[paragraph].end) {
      // A quote left open at a paragraph's end continues when the next paragraph opens with a mark;
      // otherwise it is closed where the paragraph ends.
      const next = paragraphs[paragraph + 1];
      if (openAt >= 0) {
        const startsWithMark = isMark(text[next.start]);
        const endOfPara = trimEnd(text, paragraphs[paragraph].start, paragraphs[paragraph].end);
        close(endOfPara, endOfPara);
        if (startsWithMark) {
          continued = true;
          openAt = next.start;
          i = Math.max(i, next.start + 1);
        }
      }
      paragraph++;
    }
    if (i >= text.length) break;
    // jump to the next quotation mark or the paragraph's end, whichever comes first
    MARKS.lastIndex = i;
    const next = MARKS.exec(text);
    const stop = Math.min(next ? next.index : text.length, paragraphs[paragraph]?.end ?? text.length);
    if (stop > i) {
      i = stop - 1;
      continue;
    }
    const c = text[i];
    // two apostrophes stand for a double quotation mark in some wire copy (''Like this,'' he said)
    const doubled = text.charCodeAt(i) === APOSTROPHE && codeAt(text, i + 1) === APOSTROPHE;
    if (!(OPENERS.has(c) || CLOSERS.has(c) || AMBIGUOUS.has(c) || doubled)) continue;
    if (openAt >= 0 && i === openAt) continue;
    // ",''' said X": a single quotation closing inside a doubled one; the last two apostrophes close the quote
    if (doubled && openAt >= 0 && codeAt(text, i + 2) === APOSTROPHE) continue;
    const role = doubled ? roleOfDoubled(text, i, openAt >= 0) : roleOf(text, i, openAt >= 0);
    if (role === 'open') {
      // “... what he calls “hell” than ...”: a curly opening mark inside an open quotation, closed before the
      // outer one closes in the same paragraph, is a quotation inside it (written with double marks)
      const nestedEnd = openAt >= 0 && c === '\u201c' ? nestedQuoteEnd(text, i, paragraphs[paragraph]?.end) : -1;
      if (nestedEnd > 0) {
        i = nestedEnd;
        continue;
      }
      if (openAt >= 0) {
        // An opening mark while a quote is open: the text lost a closing mark (or a paragraph break);
        // close the open quote before this mark and treat the new one as its continuation.
        const endMark = trimEnd(text, openAt + 1, i);
        close(endMark, endMark);
        continued = true;
      }
      openAt = i;
      if (doubled) i++;
    } else if (openAt >= 0) {
      close(i, i + (doubled ? 2 : 1));
      if (doubled) i++;
    }
  }
  if (openAt >= 0) {
    const endMark = trimEnd(text, openAt + 1, text.length);
    close(endMark, endMark);
  }
  // single curly quotes (‘...’), the British style, outside double quotes: ’ followed by a letter is an apostrophe
  const singles = findSingleQuotes(text, quotes, doc.paragraphs);
  // (most articles have no single quotes: sorting the list as it is spares a copy and, mixing empty arrays with
  // full ones at this spot, a recompilation)
  const all = (singles.length ? [...quotes, ...singles] : quotes).sort(byStart);
  all.forEach((q, i) => (q.i = i));
  doc.quotes = all;
  for (const q of all) {
    for (let t = doc.tokenAt(q.start); t < doc.tokens.length && doc.tokens[t].start < q.end; t++) {
      doc.tokens[t].quote = q.i;
    }
  }
  return doc;
}

function roleOfDoubled(text: string, i: number, open: boolean): Role {
  const before = i > 0 ? text[i - 1] : '\n';
  const after = i + 2 < text.length ? text[i + 2] : '\n';
  const spaceBefore = /[\s([{]/.test(before);
  const spaceAfter = /[\s)\]}.,;:!?]/.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return open ? 'close' : 'open';
}

const MARKS = /["“”«»„']/g;

// Characters are compared by code: `text[i]` of a curly mark is a new string each time where a plain character's is
// a shared one, and V8 threw away the compiled loop the first time it compared one of each (a deoptimisation).
const APOSTROPHE = 0x27;
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;

function findSingleQuotes(text: string, doubles: Quotation[], paragraphs: ArticleDoc['paragraphs']): Quotation[] {
  const out: Quotation[] = [];
  if (!text.includes('\u2018')) return out;
  const inside = (i: number) => doubles.some((q) => q.outerStart <= i && i < q.outerEnd);
  for (const p of paragraphs) {
    let open = -1;
    for (let i = p.start; i < p.end; i++) {
      const c = text.charCodeAt(i);
      if (
        c === LEFT_SINGLE &&
        open < 0 &&
        !inside(i) &&
        /[\s([—–-]|^$/.test(charAt(text, i - 1)) &&
        /[\p{L}\p{N}]/u.test(charAt(text, i + 1))
      ) {
        open = i;
      } else if (c === RIGHT_SINGLE && open >= 0 && !/[\p{L}\p{N}]/u.test(charAt(text, i + 1))) {
        // "the Tories’ plan" inside a quotation: a plural possessive is followed by a space and a lowercase word
        if (
          /s$/.test(text.slice(open, i)) &&
          /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3)) &&
          !/[,.!?]$/.test(text.slice(open, i))
        )
          continue;
        const inner = text.slice(open + 1, i);
        const words = (inner.match(/[\p{L}\p{N}]+/gu) ?? []).length;
        if (words > 0)
          out.push({ i: 0, start: open + 1, end: i, outerStart: open, outerEnd: i + 1, continued: false, words });
        open = -1;
      }
    }
  }
  return out;
}

/**
 * Where the quotation opened by the curly mark at `at` closes if it is nested in an open one: its closing curly mark
 * must be the next mark, and the next mark after that (before `end`) another closing curly mark; -1 otherwise.
 */
function nestedQuoteEnd(text: string, at: number, end = text.length): number {
  let inner = -1;
  for (let k = at + 1; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x201c && c !== 0x201d && c !== 0x22) continue;
    if (c !== 0x201d) return -1;
    if (inner >= 0) return inner;
    inner = k;
  }
  return -1;
}

function isMark(c: string | undefined): boolean {
  return c !== undefined && (OPENERS.has(c) || CLOSERS.has(c) || AMBIGUOUS.has(c));
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}
