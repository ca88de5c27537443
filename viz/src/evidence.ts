// Finds the sentence around a relationship's span in its article's text, so the evidence panel can show the
// whole sentence with the exact span marked. Also checks that the stored offsets still point at the evidence.

export interface SentenceContext {
  before: string;
  match: string;
  after: string;
  /** The sentence was longer than the limit and was cut (shown with an ellipsis). */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

export interface LocatedSpan {
  start: number;
  end: number;
  /** exact: text.slice(start, end) is the evidence; moved: found elsewhere in the text; missing: not found. */
  status: 'exact' | 'moved' | 'missing';
}

const TERMINATORS = '.!?';
const CLOSERS = `"'”’)]»`;
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'sgt',
  'capt',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'e.g',
  'i.e',
]);

/** Whether a sentence ends right after text[i] (a terminator not closing an abbreviation or an initial). */
function endsSentenceAt(text: string, i: number): number | null {
  const ch = text[i];
  if (ch === '\n') return i;
  if (!TERMINATORS.includes(ch)) return null;
  let j = i + 1;
  while (j < text.length && CLOSERS.includes(text[j])) j++;
  if (j < text.length && !/\s/.test(text[j])) return null;
  if (ch === '.') {
    const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
    if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) return null;
  }
  return j - 1;
}

/** The sentence (or sentences) containing [start, end), at most `limit` characters on each side of the span. */
export function sentenceAround(text: string, start: number, end: number, limit = 400): SentenceContext | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) return null;
  let from = start;
  while (from > 0 && start - from < limit) {
    if (endsSentenceAt(text, from - 1) !== null) break;
    from--;
  }
  const clippedBefore = from > 0 && start - from >= limit;
  let to = end;
  if (end > start && endsSentenceAt(text, end - 1) !== null) {
    to = end;
  } else {
    while (to < text.length && to - end < limit) {
      const stop = endsSentenceAt(text, to);
      if (stop !== null) {
        to = text[to] === '\n' ? to : stop + 1;
        break;
      }
      to++;
    }
  }
  const clippedAfter = to < text.length && to - end >= limit;
  return {
    before: text.slice(from, start).replace(/^\s+/, ''),
    match: text.slice(start, end),
    after: text.slice(end, to).replace(/\s+$/, ''),
    clippedBefore,
    clippedAfter,
  };
}

/** Where the evidence is: at its offsets, else its occurrence nearest to them, else missing. */
export function locateEvidence(text: string, start: number, end: number, evidence: string): LocatedSpan {
  if (text.slice(start, end) === evidence) return { start, end, status: 'exact' };
  if (evidence.length === 0) return { start, end, status: 'missing' };
  let best = -1;
  for (let i = text.indexOf(evidence); i >= 0; i = text.indexOf(evidence, i + 1)) {
    if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) best = i;
  }
  if (best < 0) return { start, end, status: 'missing' };
  return { start: best, end: best + evidence.length, status: 'moved' };
}
