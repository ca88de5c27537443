// Test runner settings: the suites live in tests/, mirroring src/. The global setup starts a local Neo4j for the
// Neo4j tests when NEO4J_URI is not set and Java 17+ and Maven are present (see tests/setup/).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/neo4j-global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
