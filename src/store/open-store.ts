// Opens the store the settings choose: the embedded LadybugDB folder, or Neo4j (loaded only when asked for).
import type { Settings } from '../settings.js';
import { EmbeddedStore } from './embedded.js';
import type { GraphStore } from './types.js';

export interface OpenStoreOptions {
  /** Only reads: the embedded store opens read-only (and must exist); queries that would write are refused. */
  readOnly?: boolean;
  /** Fails with NotFoundError when there is no store yet, instead of creating an empty one. */
  mustExist?: boolean;
}

export async function openStore(settings: Settings, options: OpenStoreOptions = {}): Promise<GraphStore> {
  if (settings.store === 'embedded') {
    return EmbeddedStore.open({
      dir: settings.db,
      readOnly: options.readOnly,
      mustExist: options.mustExist,
      batchSize: settings.batchSize,
    });
  }
  // Loaded only when asked for: the embedded store's commands never load neo4j-driver.
  const { openNeo4jStore } = await import('./neo4j.js');
  return openNeo4jStore(settings, options);
}
