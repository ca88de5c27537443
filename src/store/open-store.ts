// Opens the store the settings choose: the embedded LadybugDB folder, or Neo4j (loaded only when asked for).
import { ConfigError, errorMessage } from '../errors.js';
import type { Settings } from '../settings.js';
import { EmbeddedStore } from './embedded.js';
import type { GraphStore } from './types.js';

export interface OpenStoreOptions {
  /** Only reads: the embedded store opens read-only (and must exist); queries that would write are refused. */
  readOnly?: boolean;
  /** Fails with NotFoundError when there is no store yet, instead of creating an empty one. */
  mustExist?: boolean;
}

/**
 * What `src/store/neo4j.ts` exports for this function: `openNeo4jStore(settings, options)` resolving to an
 * initialised store (a `Neo4jStore` class with a `(settings, options)` constructor is accepted as well).
 */
interface Neo4jModule {
  openNeo4jStore?: (settings: Settings, options: OpenStoreOptions) => Promise<GraphStore>;
  Neo4jStore?: new (settings: Settings, options: OpenStoreOptions) => GraphStore;
}

// A variable, so that the type checker does not require the module on branches that do not have it yet.
const NEO4J_MODULE = './neo4j.js';

export async function openStore(settings: Settings, options: OpenStoreOptions = {}): Promise<GraphStore> {
  if (settings.store === 'embedded') {
    return EmbeddedStore.open({
      dir: settings.db,
      readOnly: options.readOnly,
      mustExist: options.mustExist,
      batchSize: settings.batchSize,
    });
  }
  let mod: Neo4jModule;
  try {
    mod = (await import(NEO4J_MODULE)) as Neo4jModule;
  } catch (e) {
    throw new ConfigError(
      `openStore: the neo4j store is not available in this build (${errorMessage(e)}). Expecting --store embedded.`,
    );
  }
  if (mod.openNeo4jStore) return mod.openNeo4jStore(settings, options);
  if (mod.Neo4jStore) {
    const store = new mod.Neo4jStore(settings, options);
    await store.init();
    return store;
  }
  throw new ConfigError(
    'openStore: src/store/neo4j.ts exports no openNeo4jStore. Expecting openNeo4jStore(settings, options).',
  );
}
