import { describe, expect, it } from 'vitest';
import { indexData } from '../../viz/src/data-index.js';
import { searchEntries, searchNames } from '../../viz/src/search-index.js';
import { coalitionFragments, PARTIES, PEOPLE } from '../fixtures/coalition-negotiation.js';
import { viewerDataFromFragments } from '../fixtures/viewer-data-from-fragments.js';

const entries = searchEntries(indexData(viewerDataFromFragments(coalitionFragments())));

describe('searchNames', () => {
  it('completes a name from its first letters, whatever the case', () => {
    expect(searchNames(entries, 'ilsa')[0].entry.id).toBe(PEOPLE.varnhagen.id);
  });

  it('finds a person by an alias and says which name matched', () => {
    const [hit] = searchNames(entries, 'Quill');
    expect(hit.entry.id).toBe(PEOPLE.quillon.id);
    expect(hit.matched).toBe('Quillon');
  });

  it('finds a party by its acronym, ranking the exact name first', () => {
    const hits = searchNames(entries, 'nhp');
    expect(hits[0].entry.id).toBe(PARTIES.nhp.id);
  });

  it('matches the start of a later word and ignores accents', () => {
    expect(searchNames(entries, 'harvest').map((h) => h.entry.id)).toContain(PARTIES.nhp.id);
    expect(searchNames(entries, 'Aurélie')[0].entry.id).toBe(PEOPLE.banfort.id);
  });

  it('takes regular-expression characters literally and returns nothing for an empty query', () => {
    expect(searchNames(entries, '(.*')).toEqual([]);
    expect(searchNames(entries, '   ')).toEqual([]);
  });

  it('offers people, parties and events but not claims', () => {
    expect(new Set(entries.map((e) => e.label))).toEqual(new Set(['Person', 'Party', 'Event']));
  });
});
