// vitest globalSetup: when NEO4J_URI is not set and Java 17+ and Maven are present, starts the local Neo4j of
// tests/neo4j-server/ on a free port for the whole run and stops it afterwards; tells the tests where it is.
import type { TestProject } from 'vitest/node';
import { checkTools, freePort, startNeo4jServer } from '../../scripts/neo4j-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Neo4j the tests use, or null with the reason in neo4jUnavailable. */
    neo4jUri: string | null;
    neo4jUnavailable: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const required = process.env.KG_REQUIRE_NEO4J === '1';
  if (process.env.NEO4J_URI) {
    project.provide('neo4jUri', process.env.NEO4J_URI);
    project.provide('neo4jUnavailable', '');
    console.log(`[neo4j] tests use NEO4J_URI=${process.env.NEO4J_URI.replace(/\/\/[^@/]*@/, '//')}`);
    return undefined;
  }
  const tools = checkTools();
  if (!tools.ok) {
    const reason = `${tools.reason}, and NEO4J_URI is not set`;
    project.provide('neo4jUri', null);
    project.provide('neo4jUnavailable', reason);
    console.log(`[neo4j] no Neo4j for the tests: ${reason}.${required ? ' KG_REQUIRE_NEO4J=1: they will fail.' : ''}`);
    return undefined;
  }
  const started = Date.now();
  try {
    const server = await startNeo4jServer({ port: await freePort(), quickStart: true });
    project.provide('neo4jUri', server.uri);
    project.provide('neo4jUnavailable', '');
    console.log(`[neo4j] ${server.ready.replace(/^neo4j-server: /, 'started for the tests: ')}`);
    console.log(`[neo4j] startup took ${((Date.now() - started) / 1000).toFixed(1)} s (including any build)`);
    return async () => {
      await server.stop();
      console.log('[neo4j] stopped the test server');
    };
  } catch (e) {
    const reason = `the local Neo4j did not start: ${e instanceof Error ? e.message : String(e)}`;
    if (required) throw new Error(`[neo4j] KG_REQUIRE_NEO4J=1 and ${reason}`);
    project.provide('neo4jUri', null);
    project.provide('neo4jUnavailable', reason);
    console.log(`[neo4j] ${reason}`);
    return undefined;
  }
}
