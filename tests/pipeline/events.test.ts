// Table-driven tests of events: their kind, date (explicit or relative to the article date) and participants.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';
import { EVENT_CASES, type EventCase, type EventExpect } from './cases/events.js';
import {
  analyse,
  check,
  sourceOf,
  containsWords,
  describeEvents,
  isEntity,
  runCases,
  type FoundEvent,
} from './helpers.js';

function fits(ev: FoundEvent, e: EventExpect): boolean {
  if (ev.kind !== e.kind) return false;
  if (e.date !== undefined && ev.date !== e.date) return false;
  if (e.dateIn && (ev.date === null || ev.date < e.dateIn[0] || ev.date > e.dateIn[1])) return false;
  if (e.nameHas && !containsWords(ev.name, e.nameHas)) return false;
  if (e.place !== undefined && ev.place !== e.place) return false;
  return (e.participants ?? []).every((p) => ev.participantEntities.some((x) => isEntity(x, p)));
}

function describeExpect(e: EventExpect): string {
  const parts: string[] = [`an event of kind ${e.kind}`];
  if (e.date) parts.push(`dated ${e.date}`);
  if (e.dateIn) parts.push(`dated between ${e.dateIn[0]} and ${e.dateIn[1]}`);
  if (e.nameHas) parts.push(`named with "${e.nameHas}"`);
  if (e.place) parts.push(`in ${e.place}`);
  if (e.place === null) parts.push('with no place');
  if (e.participants) parts.push(`with ${e.participants.join(', ')}`);
  return parts.join(' ');
}

function runEventCase(c: EventCase): void {
  const found = analyse(c.text, { date: c.date });
  for (const e of c.events ?? []) {
    check(
      found.events.some((ev) => fits(ev, e)),
      describeExpect(e),
      () => describeEvents(found),
    );
  }
  for (const kind of c.oneEvent ?? []) {
    const n = found.events.filter((ev) => ev.kind === kind).length;
    check(n === 1, `exactly one ${kind} event (found ${n})`, () => describeEvents(found));
  }
  for (const kind of c.noEvents ?? []) {
    check(!found.events.some((ev) => ev.kind === kind), `no ${kind} event`, () => describeEvents(found));
  }
}

describe('events', () => {
  runCases(EVENT_CASES, runEventCase);
});

describe('events across articles', () => {
  const eventIds = (text: string, date: string | null, key: string) =>
    extractArticle(sourceOf(text, { date, key }))
      .nodes.filter((n) => n.label === 'Event')
      .map((n) => n.id);

  it('keeps an undated election without participants apart from another article\u2019s', () => {
    const a = eventIds('Turnout at the general election is expected to fall.', null, 'a.txt');
    const b = eventIds('Few voters trust the polls before the general election.', null, 'b.txt');
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(a[0]).not.toBe(b[0]);
  });

  it('joins the same election of two articles of one day, and one resignation of two undated articles', () => {
    const a = eventIds('Turnout at the general election is expected to fall.', '2025-05-14', 'a.txt');
    const b = eventIds('Few voters trust the polls before the general election.', '2025-05-14', 'b.txt');
    expect(a).toEqual(b);
    const c = eventIds('Ilse Marwick resigned as home secretary on Friday.', null, 'c.txt');
    const d = eventIds('Unions welcomed news that Ilse Marwick resigned as home secretary.', null, 'd.txt');
    expect(c).toHaveLength(1);
    expect(c).toEqual(d);
  });
});
