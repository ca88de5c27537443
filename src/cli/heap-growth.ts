// How much V8 lets each heap grow between full collections, set for the whole process (the main thread and the
// extraction workers it starts later) when kg starts: V8's own choice, up to 4 times the live heap, made the
// workers' heaps and so the peak RSS of an ingest grow with the corpus.
import v8 from 'node:v8';

/**
 * Sets V8's heap growing factor to 1 + percent/100 (0 gives V8 its own choice back). A soft target, not a cap: a
 * heap still grows as far as its live objects need. V8 reads the flag whenever it sizes a heap, so setting it
 * after start-up works, for threads started later too.
 */
export function applyHeapGrowth(percent: number): void {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
