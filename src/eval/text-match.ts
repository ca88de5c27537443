// How the scorer compares text: entity names up to case, accents, punctuation, a leading "the" and a courtesy
// title; claim texts by the F1 of their word tokens.

const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'dr']);

/** A comparable form of a name: "The People’s Unity Front" and "peoples unity front" are equal; so are "Mr Varga" and "Varga". */
export function nameKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length > 1 && words[0] === 'the') words.shift();
  if (words.length > 1 && COURTESY.has(words[0])) words.shift();
  return words.join(' ');
}

/** Lowercased word tokens (letters and digits; apostrophes dropped, accents kept). */
export function tokens(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/['’‘`´]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function counts(words: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Number of tokens two texts share, as multisets. */
export function overlap(a: string[], b: string[]): number {
  const cb = counts(b);
  let n = 0;
  for (const w of a) {
    const left = cb.get(w) ?? 0;
    if (left > 0) {
      n++;
      cb.set(w, left - 1);
    }
  }
  return n;
}

/** Token F1 of two texts: 2 * shared / (|a| + |b|); 0 when either is empty. */
export function tokenF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  return (2 * overlap(ta, tb)) / (ta.length + tb.length);
}
