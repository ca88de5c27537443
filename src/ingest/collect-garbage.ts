// A full garbage collection on request, for the extraction workers: V8 keeps the old-generation pages that the
// largest articles so far needed, so a busy worker's heap grew over a corpus while its live objects did not (measured).

import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | null = null;

/** Runs a full garbage collection of this thread's heap, which also gives free pages back. */
export function collectGarbage(): void {
  if (!gc) {
    // `gc` is only exposed to contexts made while the flag is on: one context gets it, then the flag goes off again
    v8.setFlagsFromString('--expose-gc');
    try {
      gc = vm.runInNewContext('gc') as () => void;
    } finally {
      v8.setFlagsFromString('--no-expose-gc');
    }
  }
  gc();
}
