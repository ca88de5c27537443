// The shipped queries on Neo4j over the fixture graph: the same cases as on the embedded store.
import { describeNeo4j, openEmptyNeo4jStore } from '../setup/neo4j-env.js';
import { queryContract } from './query-contract.js';

describeNeo4j('Neo4j queries', (config) => {
  queryContract('neo4j', () => openEmptyNeo4jStore(config));
});
