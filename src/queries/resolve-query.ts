// What `kg query ARG` runs: a shipped query by NAME (queries/NAME.cypher, or its store variant), a file by
// path, or else ARG itself as Cypher.
import fs from 'node:fs';
import { ConfigError } from '../errors.js';
import type { StoreKind } from '../store/types.js';
import { listQueryNames, readNamedQuery } from './query-files.js';

export interface ResolvedQuery {
  /** How messages name it: the query name, the file path, or "the Cypher text". */
  label: string;
  text: string;
  source: 'name' | 'file' | 'text';
}

export function resolveQuery(arg: string, kind: StoreKind): ResolvedQuery {
  const named = readNamedQuery(arg, kind);
  if (named) return { label: `"${arg}"`, text: named.text, source: 'name' };
  if (!/\s/.test(arg) && fs.existsSync(arg) && fs.statSync(arg).isFile()) {
    return { label: `"${arg}"`, text: fs.readFileSync(arg, 'utf8'), source: 'file' };
  }
  if (/^[a-z0-9][a-z0-9-]*$/.test(arg) || /\.cypher$/.test(arg)) {
    throw new ConfigError(
      `kg query: "${arg}" is neither a shipped query nor a file. Expecting one of ${listQueryNames().join(', ')}, ` +
        'a .cypher file, or Cypher text.',
    );
  }
  return { label: 'the Cypher text', text: arg, source: 'text' };
}
