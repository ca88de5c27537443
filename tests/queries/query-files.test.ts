// The query files themselves: each opens with its header (what, parameters, columns, example), uses only the
// parameters it documents, has test cases, and a store variant only beside a base file.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  QUERIES_DIR,
  listQueryNames,
  namedQueryFile,
  queryHeader,
  queryParameters,
  readNamedQuery,
} from '../../src/queries/query-files.js';
import { QUERY_CASES } from './query-contract.js';

describe('queries/*.cypher', () => {
  const names = listQueryNames();

  it('ships the queries the project documents', () => {
    for (const name of ['coalitions', 'accusations', 'person-claims', 'party-members', 'neighbourhood']) {
      expect(names).toContain(name);
    }
  });

  it.each(names)('%s opens with a header naming its parameters, columns and an example', (name) => {
    const { text } = readNamedQuery(name, 'embedded')!;
    const header = queryHeader(text);
    expect(header[0]).toMatch(new RegExp(`^${name}: `));
    const params = header.find((l) => l.startsWith('Parameters:'));
    expect(params).toBeDefined();
    expect(header.some((l) => l.startsWith('Columns:'))).toBe(true);
    expect(header.some((l) => l.startsWith(`Example: kg query ${name}`))).toBe(true);
    for (const p of queryParameters(text)) expect(params).toContain(`$${p}`);
    if (queryParameters(text).length === 0) expect(params).toBe('Parameters: none.');
  });

  it.each(names)('%s has test cases', (name) => {
    expect(QUERY_CASES[name]?.length).toBeGreaterThan(0);
  });

  it('keeps store variants beside a base file with the same parameters', () => {
    const variants = fs.readdirSync(QUERIES_DIR).filter((f) => f.split('.').length === 3);
    for (const v of variants) {
      const [name, kind] = v.split('.');
      expect(names).toContain(name);
      expect(kind).toBe('neo4j');
      const base = fs.readFileSync(namedQueryFile(name, 'embedded')!, 'utf8');
      const variant = fs.readFileSync(namedQueryFile(name, 'neo4j')!, 'utf8');
      expect(queryParameters(variant)).toEqual(queryParameters(base));
    }
  });

  it('refuses names that are paths', () => {
    expect(namedQueryFile('../package', 'embedded')).toBeNull();
    expect(namedQueryFile('nope', 'embedded')).toBeNull();
  });
});
