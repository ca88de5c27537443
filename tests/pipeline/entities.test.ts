// Table-driven tests of the people and parties an article names, and of capitalised words that are neither.
import { describe, expect, it } from 'vitest';
import { partyKey } from '../../src/pipeline/names.js';
import { ENTITY_CASES, type EntityCase } from './cases/entities.js';
import { analyse, check, containsWords, describeEntities, isCalled, namesOf, runCases, type Found } from './helpers.js';

const carries = (names: string[], phrase: string) => names.some((n) => containsWords(n, phrase));

function runEntityCase(c: EntityCase): void {
  const found = analyse(c.text);
  const got = () => `persons: ${describeEntities(found.persons)}\n  parties: ${describeEntities(found.parties)}`;
  const listOf = (label: 'Person' | 'Party') => (label === 'Person' ? found.persons : found.parties);
  for (const name of c.persons ?? []) {
    check(
      found.persons.some((e) => isCalled(e, name)),
      `a person called "${name}"`,
      got,
    );
  }
  for (const name of c.parties ?? []) {
    check(
      found.parties.some((e) => isCalled(e, name)),
      `a party called "${name}"`,
      got,
    );
  }
  for (const group of c.same ?? []) {
    const list = listOf(group.label);
    const one = list.find((e) => group.names.every((n) => isCalled(e, n)));
    check(!!one, `one ${group.label} called ${group.names.map((n) => `"${n}"`).join(' and ')}`, got);
    const others = list.filter((e) => e !== one && group.names.some((n) => isCalled(e, n)));
    check(others.length === 0, `no other ${group.label} called any of ${group.names.join(', ')}`, got);
  }
  const kindIs = (name: string, kind: 'party' | 'alliance') => {
    const party = found.parties.find((e) => isCalled(e, name));
    check(party?.partyKind === kind, `a party "${name}" of kind ${kind}`, () => kinds(found));
  };
  for (const name of c.alliances ?? []) kindIs(name, 'alliance');
  for (const name of c.singleParties ?? []) kindIs(name, 'party');
  for (const phrase of c.notPersons ?? []) {
    check(!found.persons.some((e) => carries(namesOf(e), phrase)), `no person carrying "${phrase}"`, got);
  }
  for (const phrase of c.notParties ?? []) {
    check(!found.parties.some((e) => carries(namesOf(e), phrase)), `no party carrying "${phrase}"`, got);
  }
  for (const name of c.notNamed ?? []) {
    check(
      ![...found.persons, ...found.parties].some((e) => namesOf(e).includes(name)),
      `no entity named exactly "${name}"`,
      got,
    );
  }
  for (const t of c.titles ?? []) {
    const person = found.persons.find((e) => isCalled(e, t.person));
    const titles = [...(person?.titles ?? [])];
    const gotTitles = () => `titles of ${t.person}: ${titles.join('; ') || '(none)'}`;
    if (t.has) check(titles.includes(t.has), `"${t.person}" with the title "${t.has}"`, gotTitles);
    if (t.only) {
      const only = t.only;
      check(
        titles.length === only.length && only.every((x) => titles.includes(x)),
        `"${t.person}" with the titles ${only.map((x) => `"${x}"`).join(', ')} and no other`,
        gotTitles,
      );
    }
    if (t.lacks) {
      const word = t.lacks;
      check(!titles.some((x) => containsWords(x, word)), `no title of "${t.person}" holding "${word}"`, gotTitles);
    }
  }
}

function kinds(found: Found): string {
  return found.parties.map((p) => `${p.name} (${p.partyKind})`).join('; ') || '(no parties)';
}

describe('people and parties', () => {
  runCases(ENTITY_CASES, runEntityCase);
});

describe('party keys', () => {
  it('drop a plural s, but not the s of a name ending in a vowel and "s" ("Tamas", "Ostemos")', () => {
    expect(partyKey('Liberal Democrats')).toBe('liberal democrat');
    expect(partyKey('the Greens')).toBe('green');
    expect(partyKey('Tamas')).toBe('tamas');
    expect(partyKey('Ostemos')).toBe('ostemos');
  });
});
