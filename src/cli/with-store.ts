// Opening the store a command asks for, and always closing it, whatever the command's outcome.
import { openStore, type OpenStoreOptions } from '../store/open-store.js';
import type { GraphStore } from '../store/types.js';
import { settingsFromOptions, type StoreCliOptions } from './common.js';

export async function withStore<T>(
  opts: StoreCliOptions,
  options: OpenStoreOptions,
  fn: (store: GraphStore) => Promise<T>,
): Promise<T> {
  const store = await openStore(settingsFromOptions(opts), options);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
