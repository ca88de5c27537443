// Merging an entity met again with what is known of it.
import { describe, expect, it } from 'vitest';
import { eventId } from '../../src/model/ids.js';
import type { EventNode } from '../../src/model/types.js';
import { mergeEntity, sameEntity } from '../../src/store/merge-entity.js';
import { party, person } from '../fixtures/fragments.js';

describe('mergeEntity', () => {
  it('keeps the first name and adds a differently written one to the aliases', () => {
    const kept = person('Ola Brand', ['Brand'], ['mayor']);
    const incoming = { ...person('Ola Brand', ['O. Brand', 'Brand'], ['mayor', 'senator']), name: 'OLA BRAND' };
    expect(mergeEntity(kept, incoming)).toEqual({
      ...kept,
      aliases: ['Brand', 'OLA BRAND', 'O. Brand'],
      titles: ['mayor', 'senator'],
    });
  });

  it('fills a missing acronym, keeps an existing one and keeps another as an alias', () => {
    const kept = party('Harbour League', null, ['the League']);
    expect(mergeEntity(kept, party('Harbour League', 'HL')).acronym).toBe('HL');
    const withAcronym = party('Harbour League', 'HL');
    expect(mergeEntity(withAcronym, party('Harbour League', 'HaL'))).toMatchObject({ acronym: 'HL', aliases: ['HaL'] });
  });

  it('fills an event date and place only where they were missing', () => {
    const e: EventNode = {
      label: 'Event',
      id: eventId('vote', 'x'),
      kind: 'vote',
      name: 'vote',
      date: null,
      place: 'Elm',
    };
    expect(mergeEntity(e, { ...e, date: '2031-05-01', place: 'Oak' })).toMatchObject({
      date: '2031-05-01',
      place: 'Elm',
    });
  });

  it('refuses to merge two different nodes', () => {
    expect(() => mergeEntity(person('A B'), person('C D'))).toThrow();
  });

  it('tells whether a merge changed anything', () => {
    const p = person('Ola Brand', ['Brand']);
    expect(sameEntity(mergeEntity(p, person('Ola Brand', ['Brand'])), p)).toBe(true);
    expect(sameEntity(mergeEntity(p, person('Ola Brand', ['Ola'])), p)).toBe(false);
  });
});
