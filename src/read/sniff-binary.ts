// Tells binary files (a PDF renamed .txt, an image, an archive) from text before anything tries to read them as
// articles: a known magic number, a NUL byte, or a high share of control characters in the first bytes.

const MAGIC_NUMBERS: Array<[string, number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['a ZIP archive', [0x50, 0x4b, 0x05, 0x06]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a 7z archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['an Office 97-2003 document', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/** Bytes looked at for the share of control characters. */
const SAMPLE_BYTES = 4096;
/** More control characters than this share of the sample: binary. */
const MAX_CONTROL_SHARE = 0.1;

const startsWith = (bytes: Uint8Array, magic: number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** Is `byte` a control character that text does not contain? Tab, LF, VT, FF, CR and ESC are allowed. */
const isStrayControl = (byte: number) =>
  (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) ||
  byte === 0x7f;

/**
 * What kind of binary content `bytes` (the start of a file, or all of it) is, e.g. "a PDF document",
 * or null when it looks like text. UTF-16 text with a byte-order mark counts as text.
 */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const [kind, magic] of MAGIC_NUMBERS) if (startsWith(bytes, magic)) return kind;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  if (bytes.indexOf(0) !== -1) return 'NUL bytes';
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) if (isStrayControl(byte)) controls++;
  return sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE ? 'control characters' : null;
}
