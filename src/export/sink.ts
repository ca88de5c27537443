// Writing an export piece by piece to a stream, waiting when the stream asks for it (backpressure), so that
// no export ever holds its whole output in memory.
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export interface Sink {
  write(chunk: string): Promise<void>;
}

export function sinkOf(out: Writable): Sink {
  return {
    async write(chunk: string) {
      if (!out.write(chunk)) await once(out, 'drain');
    },
  };
}

/** Ends a file stream and waits until its data is on disk (or the error it met). */
export async function finish(out: Writable): Promise<void> {
  const done = once(out, 'finish');
  out.end();
  await done;
}
