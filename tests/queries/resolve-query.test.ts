// What `kg query ARG` runs: a name, a file or Cypher text.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { queryParameters } from '../../src/queries/query-files.js';
import { resolveQuery } from '../../src/queries/resolve-query.js';

describe('resolveQuery', () => {
  it('finds a shipped query by name, and its Neo4j variant for neo4j', () => {
    expect(resolveQuery('coalitions', 'embedded')).toMatchObject({ source: 'name', label: '"coalitions"' });
    expect(resolveQuery('timeline', 'embedded').text).toContain('label(r)');
    expect(resolveQuery('timeline', 'neo4j').text).toContain('type(r)');
    expect(resolveQuery('coalitions', 'neo4j').text).toBe(resolveQuery('coalitions', 'embedded').text);
  });

  it('reads a file by path, and takes anything else as Cypher text', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-q-')), 'q.cypher');
    fs.writeFileSync(file, 'RETURN 1 AS one');
    expect(resolveQuery(file, 'embedded')).toMatchObject({ source: 'file', text: 'RETURN 1 AS one' });
    expect(resolveQuery('RETURN 1 AS one', 'embedded')).toMatchObject({ source: 'text', label: 'the Cypher text' });
  });

  it('refuses a name that is neither shipped nor a file', () => {
    expect(() => resolveQuery('no-such-query', 'embedded')).toThrow(expect.objectContaining({ code: 'CONFIG' }));
    expect(() => resolveQuery('missing.cypher', 'embedded')).toThrow(expect.objectContaining({ code: 'CONFIG' }));
  });
});

describe('queryParameters', () => {
  it('lists parameters outside comments and string literals', () => {
    expect(
      queryParameters("// $ignored\nMATCH (p) WHERE p.name = $name AND p.x = '$not' RETURN $limit, $name"),
    ).toEqual(['name', 'limit']);
  });
});
