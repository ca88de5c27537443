// The bulk path of a store, for large first loads: fragments are added one at a time (streamed to files, not
// held), and written in one go at the end. Only a store that is empty when the load starts offers it.
import type { GraphFragment } from '../model/types.js';
import type { GraphStore, WriteReport } from './types.js';

/** What adding a fragment did: queued for the load, a repeat of an article already added, or held back. */
export type BulkAddOutcome = 'added' | 'unchanged' | 'deferred';

export interface BulkLoad {
  /**
   * Adds one article's fragment. Throws InvalidInputError when the fragment cannot be loaded (the others go
   * on). A fragment whose key was added before with another text is 'deferred': it replaces the earlier one
   * after the load, through the store's ordinary writes (see `deferred`).
   */
  add(fragment: GraphFragment): BulkAddOutcome;
  /** Fragments held back by add(), in order. */
  readonly deferred: GraphFragment[];
  /** Loads everything added into the store and removes the temporary files. */
  finish(): Promise<WriteReport>;
  /** Removes the temporary files without loading anything. */
  abort(): Promise<void>;
}

export interface BulkLoadable {
  /** Starts a bulk load, or returns null when the store already holds something (use writeFragments then). */
  startBulkLoad(): Promise<BulkLoad | null>;
}

export function supportsBulkLoad(store: GraphStore): store is GraphStore & BulkLoadable {
  return typeof (store as Partial<BulkLoadable>).startBulkLoad === 'function';
}
