// Copies a string that may be a slice of a larger one, for keys and values kept across articles: V8 keeps a slice
// of 13 characters or more as a view into its source, so a name cached from an article kept the whole text alive.

/**
 * An equal string held in memory of its own. A JSON round trip builds a new flat string (lone surrogates survive it:
 * JSON.stringify escapes them and JSON.parse restores them); `(' ' + s).slice(1)` would still be a view, of a copy.
 */
export function ownString(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}
