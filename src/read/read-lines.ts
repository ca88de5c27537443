// Splits a byte stream into lines without holding more than one line at a time, and without holding any of a line
// longer than a limit (it is reported by its length only), so a 50 MB file or a 1 GB single line is safe.

export type Line =
  { number: number; bytes: Buffer; tooLong?: undefined } | { number: number; tooLong: true; byteLength: number };

const LF = 0x0a;

/** Lines numbered from 1, without their "\n". A last line without "\n" counts; an empty one after it does not. */
export async function* readLines(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 1;
  const take = (): Line => {
    const line: Line = tooLong
      ? { number, tooLong: true, byteLength: size }
      : { number, bytes: parts.length === 1 ? parts[0] : Buffer.concat(parts, size) };
    parts = [];
    size = 0;
    tooLong = false;
    number++;
    return line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(LF, start);
      const end = newline === -1 ? chunk.length : newline;
      if (!tooLong && size + (end - start) > maxLineBytes) {
        tooLong = true;
        parts = [];
      }
      if (!tooLong && end > start) parts.push(chunk.subarray(start, end));
      size += end - start;
      if (newline === -1) break;
      yield take();
      start = newline + 1;
    }
  }
  if (size > 0) yield take();
}
