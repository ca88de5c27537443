// Tests of reading and checking gold files: the shape, and references to listed entities.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGold, readGoldFile } from '../../src/eval/gold.js';
import { InvalidInputError } from '../../src/errors.js';

const minimal = {
  article: 'a.txt',
  entities: [
    { key: 'tomas-varga', type: 'Person', names: ['Tomas Varga', 'Varga'] },
    { key: 'dlm', type: 'Party', names: ['Democratic Labour Movement', 'DLM'] },
  ],
  relations: [{ type: 'MEMBER_OF', from: 'tomas-varga', to: 'dlm', evidence: 'Tomas Varga, the DLM chairman' }],
  claims: [{ speaker: 'tomas-varga', text: 'We are ready to talk.' }],
  events: [{ names: ['talks'], kind: 'meeting', participants: ['tomas-varga'] }],
};

function rejects(json: unknown): InvalidInputError {
  try {
    parseGold(json);
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).code).toBe('INVALID_INPUT');
    return e as InvalidInputError;
  }
  throw new Error('parseGold accepted invalid gold');
}

describe('parseGold', () => {
  it('reads the gold format, with optional flags false unless given', () => {
    const gold = parseGold(minimal);
    expect(gold.article).toBe('a.txt');
    expect(gold.relations[0].optional).toBe(false);
    expect(gold.claims[0].optional).toBe(false);
    expect(gold.events[0].kind).toBe('meeting');
  });

  it('takes missing relations, claims and events as empty lists', () => {
    const gold = parseGold({ article: 'b.txt', entities: [] });
    expect(gold.relations).toEqual([]);
    expect(gold.claims).toEqual([]);
    expect(gold.events).toEqual([]);
  });

  it('rejects a gold object without an article', () => {
    rejects({ ...minimal, article: undefined });
  });

  it('rejects an entity type other than Person or Party', () => {
    rejects({ ...minimal, entities: [{ key: 'x', type: 'Event', names: ['x'] }] });
  });

  it('rejects a relation type the scorer does not score', () => {
    rejects({ ...minimal, relations: [{ type: 'SAID', from: 'tomas-varga', to: 'dlm' }] });
  });

  it('rejects a relation naming an entity the file does not list', () => {
    rejects({ ...minimal, relations: [{ type: 'ACCUSED', from: 'tomas-varga', to: 'crp' }] });
  });

  it('rejects a claim whose speaker the file does not list', () => {
    rejects({ ...minimal, claims: [{ speaker: 'leila-haddad', text: 'No.' }] });
  });

  it('rejects an entity key listed twice', () => {
    rejects({ ...minimal, entities: [...minimal.entities, { key: 'dlm', type: 'Party', names: ['DLM'] }] });
  });
});

describe('readGoldFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-gold-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a gold file from disk', () => {
    const path = join(dir, 'a.gold.json');
    writeFileSync(path, JSON.stringify(minimal));
    expect(readGoldFile(path).entities).toHaveLength(2);
  });

  it('rejects a file that is not JSON', () => {
    const path = join(dir, 'bad.gold.json');
    writeFileSync(path, '{ "article": ');
    expect(() => readGoldFile(path)).toThrow(InvalidInputError);
  });

  it('rejects a file that does not exist', () => {
    expect(() => readGoldFile(join(dir, 'missing.gold.json'))).toThrow(InvalidInputError);
  });
});
