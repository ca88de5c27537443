// Bytes to text for every reader: UTF-8 (or UTF-16 with a byte-order mark), never failing on invalid bytes
// (they become U+FFFD), the byte-order mark dropped and line endings normalised to \n.

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
  else text = utf8.decode(bytes);
  return normaliseNewlines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** CRLF and lone CR become LF. */
export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
