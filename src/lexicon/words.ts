// Helpers to declare lexicons as data: whitespace- or comma-separated word lists turned into sets.

/** A set of lowercase entries from a `|`-separated list (entries may contain spaces). */
export function phraseSet(list: string): Set<string> {
  return new Set(
    list
      .split('|')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );
}

/** A set of lowercase words from a whitespace-separated list. */
export function wordSet(list: string): Set<string> {
  return new Set(
    list
      .split(/\s+/)
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );
}
