// The Neo4j store: the shared contract against a real Neo4j (NEO4J_URI, or the local server of the global setup),
// each test on an emptied database.
import { describeNeo4j, openEmptyNeo4jStore } from '../setup/neo4j-env.js';
import { storeContract } from './store-contract.js';

describeNeo4j('Neo4jStore', (config) => {
  storeContract('neo4j', () => openEmptyNeo4jStore(config), { timeout: 120_000 });
});
