// Reads of one character next to a span, which may fall outside the text. The bounds are checked here: V8's
// optimised code assumes a read inside the string and is thrown away (and compiled again) the first time one is not.

/** The UTF-16 code unit at `i`, or -1 outside the text. */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/** The character at `i`, or '' outside the text (as `text[i] ?? ''`). */
export function charAt(text: string, i: number): string {
  return i >= 0 && i < text.length ? text[i] : '';
}
