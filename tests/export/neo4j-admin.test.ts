// The neo4j-admin CSV export: one file per label and per type, typed headers, values that read back exactly.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARRAY_DELIMITER, exportNeo4jAdmin } from '../../src/export/neo4j-admin.js';
import type { EmbeddedStore } from '../../src/store/embedded.js';
import { HOSTILE, articleC, kerrigan } from '../fixtures/fragments.js';
import { fixtureStore, parseCsv } from './export-helpers.js';

describe('exportNeo4jAdmin', () => {
  let store: EmbeddedStore;
  let dir: string;
  beforeAll(async () => {
    ({ store, dir } = await fixtureStore());
  });
  afterAll(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes node files per label and relationship files per type with import headers', async () => {
    const out = path.join(dir, 'csv');
    const result = await exportNeo4jAdmin(store.readGraph(), out);
    expect(result.files).toContain('nodes-Person.csv');
    expect(result.files).toContain('relationships-MEMBER_OF.csv');
    expect(fs.readdirSync(out).sort()).toEqual([...result.files].sort());
    const persons = parseCsv(fs.readFileSync(path.join(out, 'nodes-Person.csv'), 'utf8'));
    expect(persons[0]).toEqual(['id:ID', ':LABEL', 'name', 'aliases:string[]', 'titles:string[]']);
    expect(persons).toHaveLength(1 + 4);
    const k = persons.find((r) => r[0] === kerrigan.id)!;
    expect(k).toEqual([
      kerrigan.id,
      'Person',
      'Tomas Kerrigan',
      `Kerrigan${ARRAY_DELIMITER}Tom Kerrigan`,
      `party leader${ARRAY_DELIMITER}former mayor`,
    ]);
    const hostile = persons.find((r) => r[2] === HOSTILE.name)!;
    expect(hostile[4]).toBe(HOSTILE.title);
    const members = parseCsv(fs.readFileSync(path.join(out, 'relationships-MEMBER_OF.csv'), 'utf8'));
    expect(members[0].slice(0, 8)).toEqual([
      ':START_ID',
      ':END_ID',
      ':TYPE',
      'id',
      'articleId',
      'sentence:int',
      'start:int',
      'end:int',
    ]);
    expect(members[0]).toContain('confidence:double');
    expect(members).toHaveLength(1 + 4);
    const articles = parseCsv(fs.readFileSync(path.join(out, 'nodes-Article.csv'), 'utf8'));
    const header = articles[0];
    const c = articles.find((r) => r[0] === articleC.article.id)!;
    expect(c[header.indexOf('text')]).toBe(articleC.article.text);
    expect(c[header.indexOf('date')]).toBeNull();
    expect(result.command).toMatch(/^neo4j-admin database import full/);
    expect(result.command).toContain('--array-delimiter=U+001F');
    expect(result.command).toContain(`--nodes=${path.join(out, 'nodes-Person.csv')}`);
  });
});
