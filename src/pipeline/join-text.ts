// The text of a run of words joined by spaces ("Peter", "Cook" -> "Peter Cook"), without building arrays on the way.
//
// Why a loop and not `words.slice(a, b).map((w) => w.text).join(' ')`: V8's optimised `map` returns a holey array
// where the interpreter's returns a packed one, so every `.join` or `.length` read of such an array, compiled while
// only packed arrays had been seen, was thrown away (deoptimised) and compiled again once the optimised `map` ran:
// one wasted compilation of the enclosing step per site (docs/performance.md, "Deoptimisations").

/** The words' `text` from index `from` up to (not including) `to`, joined by `separator`. */
export function joinText(
  words: ReadonlyArray<{ readonly text: string }>,
  from = 0,
  to = words.length,
  separator = ' ',
): string {
  const end = Math.min(to, words.length);
  if (from >= end) return '';
  let out = words[from].text;
  for (let i = from + 1; i < end; i++) out += separator + words[i].text;
  return out;
}

/** The tokens' lowercased text from index `from` up to (not including) `to`, joined by spaces. */
export function joinLower(tokens: ReadonlyArray<{ readonly lower: string }>, from: number, to: number): string {
  const end = Math.min(to, tokens.length);
  if (from >= end) return '';
  let out = tokens[from].lower;
  for (let i = from + 1; i < end; i++) out += ' ' + tokens[i].lower;
  return out;
}
