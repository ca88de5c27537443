// Copies a string that may be a slice of a larger one, for keys and values kept across articles: V8 keeps a slice
// of 13 characters or more as a view into its source, so a name cached from an article kept the whole text alive.

/**
 * An equal string that keeps no larger text alive. V8 copies slices shorter than 13 characters; a longer one is
 * rebuilt: `' ' + s` is flattened into a new string by `slice`, whose result is a view of that small copy only (a
 * JSON round trip gives a string of its own too, but cost extraction workers 15-20% more CPU in the memos).
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
