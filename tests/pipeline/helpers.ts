// Helpers for the table-driven extraction tests: run analyseArticle on a short text and read what it found by
// names instead of entity keys, with assertions that say what came out when they fail.
import { it } from 'vitest';
import { analyseArticle } from '../../src/pipeline/index.js';
import type { ArticleDoc, LocalEntity } from '../../src/pipeline/article-doc.js';
import type { EventKind, Polarity, RelType, TieStatus } from '../../src/model/types.js';
import type { SourceArticle } from '../../src/read/types.js';

/** The date short cases are published on unless they say otherwise: a Wednesday. */
export const CASE_DATE = '2025-05-14';

export interface FoundClaim {
  text: string;
  /** The speaker's name, or null when unattributed. */
  speaker: string | null;
  speakerEntity: LocalEntity | null;
  kind: 'quote' | 'reported';
  cue: string | null;
  polarity: Polarity;
  start: number;
  end: number;
}

export interface FoundRelation {
  type: RelType;
  from: string;
  to: string;
  fromEntity: LocalEntity | null;
  toEntity: LocalEntity | null;
  status: TieStatus | null;
  evidence: string;
}

export interface FoundEvent {
  kind: EventKind;
  name: string;
  date: string | null;
  place: string | null;
  participants: string[];
  participantEntities: LocalEntity[];
}

export interface Found {
  doc: ArticleDoc;
  persons: LocalEntity[];
  parties: LocalEntity[];
  claims: FoundClaim[];
  relations: FoundRelation[];
  events: FoundEvent[];
}

export function sourceOf(text: string, options: { date?: string | null; title?: string; key?: string } = {}) {
  const article: SourceArticle = {
    key: options.key ?? 'test:case',
    title: options.title ?? '',
    text,
    date: options.date === undefined ? CASE_DATE : options.date,
    url: null,
    source: null,
    path: null,
    dateline: null,
  };
  return article;
}

/** Runs the extraction pipeline on `text` and gives its results with entity names in place of keys. */
export function analyse(text: string, options: { date?: string | null; title?: string } = {}): Found {
  const doc = analyseArticle(sourceOf(text, options));
  const mentioned = new Set(doc.mentions.map((m) => m.entity).filter((k): k is string => k !== null));
  const entities = [...doc.entities.values()].filter((e) => mentioned.has(e.key));
  const nameOf = (key: string) => doc.entities.get(key)?.name ?? key;
  const entity = (key: string | null) => (key ? (doc.entities.get(key) ?? null) : null);
  return {
    doc,
    persons: entities.filter((e) => e.label === 'Person'),
    parties: entities.filter((e) => e.label === 'Party'),
    claims: doc.claims.map((c) => ({
      text: c.text,
      speaker: c.speaker ? nameOf(c.speaker) : null,
      speakerEntity: entity(c.speaker),
      kind: c.kind,
      cue: c.cue,
      polarity: c.polarity,
      start: c.start,
      end: c.end,
    })),
    relations: doc.relations.map((r) => ({
      type: r.type,
      from: nameOf(r.from),
      to: nameOf(r.to),
      fromEntity: entity(r.from),
      toEntity: entity(r.to),
      status: r.status,
      evidence: doc.text.slice(r.start, r.end),
    })),
    events: doc.events.map((e) => ({
      kind: e.kind,
      name: e.name,
      date: e.date,
      place: e.place,
      participants: [...e.participants].map(nameOf),
      participantEntities: [...e.participants].map(entity).filter((x): x is LocalEntity => x !== null),
    })),
  };
}

/** Lowercased words (letters and digits), apostrophes dropped: what "contains the words" compares. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/['’‘`]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** True when the words of `needle` appear in `haystack` in a row, whatever the punctuation between them. */
export function containsWords(haystack: string, needle: string): boolean {
  const h = words(haystack);
  const n = words(needle);
  if (n.length === 0) return true;
  for (let i = 0; i + n.length <= h.length; i++) if (n.every((w, k) => h[i + k] === w)) return true;
  return false;
}

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/** The entity's name and every other spelling the article used for it. */
export function namesOf(e: LocalEntity): string[] {
  return [e.name, ...e.aliases, ...(e.acronym ? [e.acronym] : [])];
}

/** True when the entity is called `name` (its name, acronym or an alias; case and spacing aside). */
export function isCalled(e: LocalEntity, name: string): boolean {
  return namesOf(e).some((n) => norm(n) === norm(name));
}

/** True when `e` is the entity the test calls `expected` (and, when given, has that label). */
export function isEntity(e: LocalEntity | null, expected: string, label?: 'Person' | 'Party'): boolean {
  return e !== null && (!label || e.label === label) && isCalled(e, expected);
}

export function describeEntities(list: LocalEntity[]): string {
  if (list.length === 0) return '(none)';
  return list.map((e) => `${e.name} [${[...e.aliases].filter((a) => a !== e.name).join(', ')}]`).join('; ');
}

export function describeClaims(found: Found): string {
  if (found.claims.length === 0) return '(no claims)';
  return found.claims
    .map((c) => `${c.speaker ?? '(unattributed)'} ${c.kind}/${c.polarity}: "${c.text.slice(0, 120)}"`)
    .join('\n  ');
}

export function describeRelations(found: Found): string {
  if (found.relations.length === 0) return '(no relations)';
  return found.relations.map((r) => `${r.type} ${r.from} -> ${r.to} (${r.status ?? '-'})`).join('; ');
}

export function describeEvents(found: Found): string {
  if (found.events.length === 0) return '(no events)';
  return found.events
    .map((e) => `${e.kind} "${e.name}" date=${e.date ?? '-'} [${e.participants.join(', ')}]`)
    .join('; ');
}

/** A failed expectation that says what extraction produced instead. */
export class CaseFailure extends Error {
  constructor(expected: string, got: string) {
    super(`expected ${expected}\n  got: ${got}`);
    this.name = 'CaseFailure';
  }
}

export function check(ok: boolean, expected: string, got: () => string): void {
  if (!ok) throw new CaseFailure(expected, got());
}

/** The fields every table case has: a note (the test's name) and, when it fails today, why. */
export interface CaseBase {
  /** What the case exercises; it is the test's name. */
  note: string;
  /** Set while the extractor fails the case: the case then runs with it.fails and turns red once fixed. */
  known?: string;
}

/** Runs each case as a test; a case marked `known` runs with `it.fails`. */
export function runCases<C extends CaseBase>(cases: readonly C[], run: (c: C) => void): void {
  for (const c of cases) {
    if (c.known) it.fails(`${c.note} [known: ${c.known}]`, () => run(c));
    else it(c.note, () => run(c));
  }
}
