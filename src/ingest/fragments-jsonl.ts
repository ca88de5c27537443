// Graph fragments as JSON lines: what `kg extract` writes and `kg load` reads, one article a line, so that
// extraction can run on many machines and loading anywhere later, in any order.
import fs from 'node:fs';
import readline from 'node:readline';
import type { Writable } from 'node:stream';
import type { GraphFragment } from '../model/types.js';
import { parseFragment } from '../model/fragment-schema.js';
import { errorMessage } from '../errors.js';

export type FragmentEvent =
  { kind: 'fragment'; fragment: GraphFragment } | { kind: 'failed'; path: string; line?: number; reason: string };

export function writeFragmentLine(out: Writable, f: GraphFragment): boolean {
  return out.write(JSON.stringify(f) + '\n');
}

/** Reads fragment files line by line; a bad line is reported with its number and the others still load. */
export async function* readFragmentFiles(paths: string[]): AsyncGenerator<FragmentEvent> {
  for (const path of paths) {
    let stream: fs.ReadStream;
    try {
      await fs.promises.access(path, fs.constants.R_OK);
      stream = fs.createReadStream(path, { encoding: 'utf8' });
    } catch (e) {
      yield {
        kind: 'failed',
        path,
        reason: `cannot be read (${errorMessage(e)}). Expecting a JSON-lines file from kg extract.`,
      };
      continue;
    }
    const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        yield { kind: 'failed', path, line: n, reason: `not JSON (${errorMessage(e)})` };
        continue;
      }
      const parsed = parseFragment(value);
      if (parsed.ok) yield { kind: 'fragment', fragment: parsed.fragment };
      else yield { kind: 'failed', path, line: n, reason: `not a graph fragment: ${parsed.reason}` };
    }
  }
}
