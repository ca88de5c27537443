// The named queries shipped in queries/*.cypher: finding them (relative to the package, not the working
// directory), choosing a store's variant (NAME.neo4j.cypher), and reading their header comments.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StoreKind } from '../store/types.js';

/** queries/ of the package: two levels above this file, both in src/ (tests) and in dist/ (the built CLI). */
export const QUERIES_DIR = fileURLToPath(new URL('../../queries/', import.meta.url));

const NAME = /^[a-z0-9][a-z0-9-]*$/;

export interface NamedQuery {
  name: string;
  file: string;
  text: string;
}

/** The names of the shipped queries (without store variants), sorted. */
export function listQueryNames(dir = QUERIES_DIR): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher') && f.split('.').length === 2)
    .map((f) => f.slice(0, -'.cypher'.length))
    .sort();
}

/** The file of a named query for a store: NAME.<kind>.cypher when it exists, else NAME.cypher; null if neither. */
export function namedQueryFile(name: string, kind: StoreKind, dir = QUERIES_DIR): string | null {
  if (!NAME.test(name)) return null;
  for (const file of [`${name}.${kind}.cypher`, `${name}.cypher`]) {
    const full = path.join(dir, file);
    if (fs.existsSync(full)) return full;
  }
  return null;
}

export function readNamedQuery(name: string, kind: StoreKind, dir = QUERIES_DIR): NamedQuery | null {
  const file = namedQueryFile(name, kind, dir);
  return file ? { name, file, text: fs.readFileSync(file, 'utf8') } : null;
}

/** The comment block a query file opens with, without the `//` marks. */
export function queryHeader(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('//')) break;
    lines.push(line.replace(/^\/\/ ?/, ''));
  }
  return lines;
}

/** The parameter names a query uses (`$name`), in order of first use. */
export function queryParameters(text: string): string[] {
  const body = text
    .split('\n')
    .filter((l) => !l.startsWith('//'))
    .join('\n')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, '');
  return [...new Set([...body.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))];
}
