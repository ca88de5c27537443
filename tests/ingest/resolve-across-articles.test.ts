// EntityResolver: a new article's people and parties meet the nodes known already, by name, acronym, alias,
// abbreviation or surname, and the fragment's ids and relationship ids follow.
import { describe, expect, it } from 'vitest';
import { EntityResolver } from '../../src/ingest/resolve-across-articles.js';
import { extractArticle } from '../../src/pipeline/index.js';
import type { GraphFragment } from '../../src/model/types.js';

const article = (key: string, text: string): GraphFragment =>
  extractArticle({ key, title: '', text, date: '2025-01-10', url: null, source: null, path: null, dateline: null });

const partyIds = (f: GraphFragment) => f.nodes.filter((n) => n.label === 'Party').map((n) => n.id);
const personIds = (f: GraphFragment) => f.nodes.filter((n) => n.label === 'Person').map((n) => n.id);

describe('EntityResolver', () => {
  it('joins an acronym in one article to the party another article defined with it', () => {
    const r = new EntityResolver();
    const a = r.resolve(
      article('a', 'The Harbour Workers Party (HWP) won the vote. HWP leader Ines Morel said it was a fair result.'),
    );
    const b = r.resolve(article('b', 'HWP leader Ines Morel met the mayor on Monday.'));
    expect(partyIds(b)).toEqual(partyIds(a));
  });

  it('joins an abbreviation to the full name met in an earlier article ("Lib Dems", "Liberal Democrats")', () => {
    const r = new EntityResolver();
    const a = r.resolve(article('a', 'The Liberal Democrats said the plan was wrong.'));
    const b = r.resolve(article('b', 'The Lib Dems said the plan was still wrong.'));
    expect(partyIds(b)).toEqual(partyIds(a));
  });

  it('joins a person named by surname alone to the one person known with that surname', () => {
    const r = new EntityResolver();
    const a = r.resolve(article('a', 'Senator Orla Quennell said the bill would pass.'));
    const b = r.resolve(article('b', 'Quennell said the bill had passed.'));
    expect(personIds(b)).toEqual(personIds(a));
  });

  it('keeps two people apart when a surname is ambiguous', () => {
    const r = new EntityResolver();
    r.resolve(article('a', 'Orla Quennell said yes. Brendan Quennell said no.'));
    const c = r.resolve(article('c', 'Quennell said the vote was close.'));
    expect(personIds(c)).toEqual(['person:quennell']);
  });

  it('joins a full name to a person met before by surname alone, when nobody else has that surname', () => {
    const r = new EntityResolver();
    const a = r.resolve(article('a', 'Quennell said the bill would pass.'));
    const b = r.resolve(article('b', 'Senator Orla Quennell said the bill had passed.'));
    expect(personIds(b)).toEqual(personIds(a));
  });

  it('keeps a new full name apart from a surname met alone while another person had that surname', () => {
    const r = new EntityResolver();
    r.resolve(article('a', 'Orla Quennell said yes. Brendan Quennell said no.'));
    const lone = r.resolve(article('b', 'Quennell said the vote was close.'));
    const later = r.resolve(article('c', 'Mairead Quennell, a nurse, said she would vote no.'));
    expect(personIds(later)).not.toEqual(personIds(lone));
  });

  it('joins a surname alone to the person with that surname named in far more articles than the others', () => {
    const r = new EntityResolver();
    const famous = r.resolve(article('a0', 'Senator Orla Quennell said the bill would pass.'));
    for (let i = 1; i < 6; i++) r.resolve(article(`a${i}`, 'Senator Orla Quennell said the bill would pass.'));
    r.resolve(article('b', 'Brendan Quennell, a farmer, said he would vote no.'));
    const c = r.resolve(article('c', 'Quennell said the vote was close.'));
    expect(personIds(c)).toEqual(personIds(famous));
  });

  it('joins a name with a middle initial to the same name without it, in either order', () => {
    const r = new EntityResolver();
    const a = r.resolve(article('a', 'Senator Orla M. Quennell said the bill would pass.'));
    const b = r.resolve(article('b', 'Senator Orla Quennell said the bill had passed.'));
    expect(personIds(b)).toEqual(personIds(a));
    const c = r.resolve(article('c', 'Brendan Tully said no.'));
    const d = r.resolve(article('d', 'Brendan P. Tully said no again.'));
    expect(personIds(d)).toEqual(personIds(c));
  });

  it('keeps two names with different middle names apart', () => {
    const r = new EntityResolver();
    const a = r.resolve(article('a', 'Orla M. Quennell said yes.'));
    const b = r.resolve(article('b', 'Orla T. Quennell said no.'));
    expect(personIds(b)).not.toEqual(personIds(a));
  });

  it('rewrites relationship endpoints and ids with the known ids', () => {
    const r = new EntityResolver([{ label: 'Party', id: 'party:hwp-known', names: ['Harbour Workers Party', 'HWP'] }]);
    const f = r.resolve(article('a', 'HWP leader Ines Morel said the strike would go on.'));
    const member = f.relationships.find((x) => x.type === 'MEMBER_OF');
    expect(member?.to.id).toBe('party:hwp-known');
    expect(new Set(f.relationships.map((x) => x.id)).size).toBe(f.relationships.length);
  });
});
