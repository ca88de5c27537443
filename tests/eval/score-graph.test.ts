// Tests of the in-repo scorer on handwritten fragments: entity matching by names, relations by type and ends,
// claims by speaker and token F1 (and split quotations), optional gold, missing articles, fragments vs records.
import { describe, expect, it } from 'vitest';
import { scoreGraph } from '../../src/eval/score-graph.js';
import { parseGold, type GoldFile } from '../../src/eval/gold.js';
import { InvalidInputError } from '../../src/errors.js';
import type { GraphFragment, GraphRecord } from '../../src/model/types.js';
import { articleA, buildFragment, dovic, ghp, kerrigan, person, prm, unity } from '../fixtures/fragments.js';

/** Gold that says exactly what articleA's fragment holds. */
function goldA(change: (g: GoldFile) => void = () => {}): GoldFile {
  const g = parseGold({
    article: 'veloria-a.txt',
    entities: [
      { key: 'tomas-kerrigan', type: 'Person', names: ['Tomas Kerrigan', 'Kerrigan'] },
      { key: 'amina-dovic', type: 'Person', names: ['Amina Dovic'] },
      { key: 'ghp', type: 'Party', names: ['Green Harbour Party', 'GHP'] },
      { key: 'unity-front', type: 'Party', names: ['Unity Front'] },
      { key: 'prm', type: 'Party', names: ["People's Reform Movement"] },
    ],
    relations: [
      { type: 'MEMBER_OF', from: 'tomas-kerrigan', to: 'ghp' },
      { type: 'ACCUSED', from: 'tomas-kerrigan', to: 'unity-front' },
      { type: 'ALLIED_WITH', from: 'ghp', to: 'prm' },
      { type: 'MEMBER_OF', from: 'amina-dovic', to: 'unity-front' },
      { type: 'MET_WITH', from: 'amina-dovic', to: 'tomas-kerrigan' },
    ],
    claims: [
      { speaker: 'tomas-kerrigan', text: 'the Unity Front had rigged the vote' },
      { speaker: 'tomas-kerrigan', text: 'They stole the mandate.' },
    ],
  });
  change(g);
  return g;
}

/** The fragments as the records of a whole-graph read: each node once, then every relationship. */
function asRecords(fragments: GraphFragment[]): GraphRecord[] {
  const nodes = new Map<string, GraphRecord>();
  for (const f of fragments) {
    nodes.set(f.article.id, { kind: 'node', node: f.article });
    for (const n of f.nodes) nodes.set(n.id, { kind: 'node', node: n });
  }
  const rels: GraphRecord[] = fragments.flatMap((f) =>
    f.relationships.map((relationship) => ({ kind: 'relationship' as const, relationship })),
  );
  return [...nodes.values(), ...rels];
}

describe('scoreGraph', () => {
  it('scores 1 everywhere when the graph holds exactly the gold', () => {
    const s = scoreGraph([articleA], [goldA()]);
    for (const p of [s.persons, s.parties, s.relations, s.claims]) expect(p.f1).toBe(1);
    expect(s.overall).toBe(1);
    expect(s.articles).toEqual({ scored: 1, missing: [] });
  });

  it('lowers person recall, and only that, for a gold person the graph lacks', () => {
    const s = scoreGraph(
      [articleA],
      [goldA((g) => g.entities.push({ key: 'ines-marchetti', type: 'Person', names: ['Ines Marchetti'] }))],
    );
    expect(s.persons.recall).toBeCloseTo(2 / 3);
    expect(s.persons.precision).toBe(1);
    expect(s.parties.f1).toBe(1);
    expect(s.errors.persons.missed).toEqual(['Ines Marchetti (ines-marchetti)']);
  });

  it('lowers party precision for a graph party the gold lacks, and counts its relation as spurious', () => {
    const s = scoreGraph(
      [articleA],
      [
        goldA((g) => {
          g.entities = g.entities.filter((e) => e.key !== 'prm');
          g.relations = g.relations.filter((r) => r.to !== 'prm');
        }),
      ],
    );
    expect(s.parties.precision).toBeCloseTo(2 / 3);
    expect(s.parties.recall).toBe(1);
    expect(s.relationsByType.ALLIED_WITH.predicted).toBe(1);
    expect(s.relationsByType.ALLIED_WITH.correct).toBe(0);
    expect(s.errors.relations.spurious[0]).toContain("?People's Reform Movement");
  });

  it('matches entities by acronym or alias, whatever the case, a leading "the" or apostrophes', () => {
    const s = scoreGraph(
      [articleA],
      [
        goldA((g) => {
          g.entities.find((e) => e.key === 'ghp')!.names = ['GHP'];
          g.entities.find((e) => e.key === 'prm')!.names = ['the Peoples Reform Movement'];
          g.entities.find((e) => e.key === 'tomas-kerrigan')!.names = ['KERRIGAN'];
        }),
      ],
    );
    expect(s.persons.f1).toBe(1);
    expect(s.parties.f1).toBe(1);
    expect(s.relations.f1).toBe(1);
  });

  it('never matches a person to a gold party of the same name', () => {
    const s = scoreGraph([articleA], [goldA((g) => (g.entities.find((e) => e.key === 'amina-dovic')!.type = 'Party'))]);
    expect(s.persons.found).toBe(1);
    expect(s.persons.correct).toBe(1);
    expect(s.parties.found).toBe(3);
    expect(s.parties.expected).toBe(4);
  });

  it('matches symmetric relations in either direction and directed ones only as given', () => {
    const s = scoreGraph(
      [articleA],
      [
        goldA((g) => {
          g.relations = [
            { type: 'MET_WITH', from: 'tomas-kerrigan', to: 'amina-dovic', optional: false },
            { type: 'ALLIED_WITH', from: 'prm', to: 'ghp', optional: false },
            { type: 'ACCUSED', from: 'unity-front', to: 'tomas-kerrigan', optional: false },
          ];
        }),
      ],
    );
    expect(s.relationsByType.MET_WITH.found).toBe(1);
    expect(s.relationsByType.ALLIED_WITH.found).toBe(1);
    expect(s.relationsByType.ACCUSED.found).toBe(0);
    expect(s.relationsByType.ACCUSED.correct).toBe(0);
    expect(s.relationsByType.ACCUSED.predicted).toBe(1);
  });

  it('scores relations by type and in all, counting a fact once however many edges state it', () => {
    const twice: GraphFragment = {
      ...articleA,
      relationships: [
        ...articleA.relationships,
        ...articleA.relationships.filter((r) => r.type === 'MEMBER_OF').map((r) => ({ ...r, id: `${r.id}-again` })),
      ],
    };
    const s = scoreGraph([twice], [goldA()]);
    expect(s.relationsByType.MEMBER_OF).toMatchObject({ expected: 2, found: 2, predicted: 2, correct: 2 });
    expect(s.relations).toMatchObject({ expected: 5, found: 5, predicted: 5, correct: 5 });
    expect(s.relationsByType.OPPOSED).toMatchObject({ expected: 0, predicted: 0, f1: 1 });
  });

  it('neither rewards nor punishes an optional gold relation', () => {
    const optional = scoreGraph(
      [articleA],
      [goldA((g) => (g.relations.find((r) => r.type === 'ALLIED_WITH')!.optional = true))],
    );
    expect(optional.relations).toMatchObject({ expected: 4, found: 4, predicted: 4, correct: 4, f1: 1 });
    const missingOptional = scoreGraph(
      [{ ...articleA, relationships: articleA.relationships.filter((r) => r.type !== 'ALLIED_WITH') }],
      [goldA((g) => (g.relations.find((r) => r.type === 'ALLIED_WITH')!.optional = true))],
    );
    expect(missingOptional.relations.f1).toBe(1);
  });

  it('matches a claim only with the right speaker', () => {
    const s = scoreGraph(
      [articleA],
      [goldA((g) => (g.claims[1] = { speaker: 'amina-dovic', text: 'They stole the mandate.', optional: false }))],
    );
    expect(s.claims).toMatchObject({ expected: 2, found: 1, predicted: 2, correct: 1 });
    expect(s.errors.claims.missed).toEqual(['veloria-a.txt: [amina-dovic] They stole the mandate.']);
  });

  it('matches a claim whose text reaches a token F1 of 0.5, and not below', () => {
    const longer = scoreGraph(
      [articleA],
      [goldA((g) => (g.claims[0].text = 'the Unity Front had rigged the vote in three districts'))],
    );
    expect(longer.claims.found).toBe(2);
    const shorter = scoreGraph([articleA], [goldA((g) => (g.claims[0].text = 'rigged'))]);
    expect(shorter.claims.found).toBe(1);
  });

  it('matches a quotation split at paragraph breaks when its pieces cover half of it', () => {
    const speaker = person('Rosa Quillan');
    const body =
      '"We waited a long time for this day and we are proud of it.\n\n' +
      '"Now the work begins in every district of the country," Rosa Quillan said.';
    const split = buildFragment({
      key: 'split.txt',
      title: 'Quillan speaks',
      body,
      date: null,
      entities: [speaker],
      claims: [
        [speaker, 'We waited a long time for this day and we are proud of it.', null],
        [speaker, 'Now the work begins in every district of the country,', null],
      ],
      rels: [],
    });
    const gold = parseGold({
      article: 'split.txt',
      entities: [{ key: 'rosa-quillan', type: 'Person', names: ['Rosa Quillan'] }],
      claims: [
        {
          speaker: 'rosa-quillan',
          text: 'We waited a long time for this day and we are proud of it. Now the work begins in every district of the country.',
        },
      ],
    });
    const s = scoreGraph([split], [gold]);
    expect(s.claims).toMatchObject({ expected: 1, found: 1, predicted: 2, correct: 2 });
  });

  it('matches pieces that each fall below the F1 threshold once together they cover half the quotation', () => {
    const speaker = person('Rosa Quillan');
    const parts = [
      'We waited a long time for this day.',
      'We are proud of every volunteer.',
      'Now the work begins in every district.',
      'Nobody will be left behind this time.',
    ];
    const fragment = buildFragment({
      key: 'four.txt',
      title: 'Quillan speaks',
      body: `Rosa Quillan said: "${parts.join('\n\n"')}"`,
      date: null,
      entities: [speaker],
      claims: [
        [speaker, parts[0], null],
        [speaker, parts[2], null],
      ],
      rels: [],
    });
    const gold = parseGold({
      article: 'four.txt',
      entities: [{ key: 'rosa-quillan', type: 'Person', names: ['Rosa Quillan'] }],
      claims: [{ speaker: 'rosa-quillan', text: parts.join(' ') }],
    });
    const s = scoreGraph([fragment], [gold]);
    expect(s.claims).toMatchObject({ expected: 1, found: 1, predicted: 2, correct: 2 });
  });

  it('counts a repeat of a matched claim as spurious, not as a piece of it', () => {
    const claim = articleA.nodes.find((n) => n.label === 'Claim' && n.text.startsWith('They stole'))!;
    const said = articleA.relationships.find((r) => r.type === 'SAID' && r.to.id === claim.id)!;
    const repeat = { ...claim, id: `${claim.id}-again` };
    const fragment: GraphFragment = {
      ...articleA,
      nodes: [...articleA.nodes, repeat],
      relationships: [
        ...articleA.relationships,
        { ...said, id: `${said.id}-again`, to: { label: 'Claim', id: repeat.id } },
      ],
    };
    const s = scoreGraph([fragment], [goldA()]);
    expect(s.claims).toMatchObject({ expected: 2, found: 2, predicted: 3, correct: 2 });
  });

  it('does not count a claim that matches only an optional gold claim', () => {
    const s = scoreGraph([articleA], [goldA((g) => (g.claims[1].optional = true))]);
    expect(s.claims).toMatchObject({ expected: 1, found: 1, predicted: 1, correct: 1 });
  });

  it('counts a second node for a gold entity as spurious but still maps its relations', () => {
    const shadow = person('Kerrigan');
    const fragment: GraphFragment = {
      ...articleA,
      nodes: [...articleA.nodes, shadow],
      relationships: articleA.relationships.map((r) =>
        r.type === 'MET_WITH' && r.to.id === kerrigan.id ? { ...r, to: { label: 'Person', id: shadow.id } } : r,
      ),
    };
    const s = scoreGraph([fragment], [goldA()]);
    expect(s.persons).toMatchObject({ expected: 2, found: 2, predicted: 3, correct: 2 });
    expect(s.errors.persons.spurious).toEqual(['Kerrigan (a second node for tomas-kerrigan)']);
    expect(s.relationsByType.MET_WITH.found).toBe(1);
  });

  it('counts everything of a gold article missing from the graph as missed', () => {
    const s = scoreGraph([articleA], [goldA(), goldA((g) => (g.article = 'not-extracted.txt'))]);
    expect(s.articles).toEqual({ scored: 1, missing: ['not-extracted.txt'] });
    expect(s.relations).toMatchObject({ expected: 10, found: 5 });
    expect(s.claims).toMatchObject({ expected: 4, found: 2 });
    // entities are counted once by key: the missing article adds no new gold entity
    expect(s.persons).toMatchObject({ expected: 2, found: 2 });
  });

  it('counts a person once across articles (gold keys and node ids are global)', () => {
    const again: GraphFragment = {
      ...articleA,
      article: { ...articleA.article, id: 'article:again', key: 'again.txt', path: 'again.txt' },
    };
    again.relationships = articleA.relationships.map((r) => ({ ...r, articleId: 'article:again' }));
    const s = scoreGraph([articleA, again], [goldA(), goldA((g) => (g.article = 'again.txt'))]);
    expect(s.persons).toMatchObject({ expected: 2, predicted: 2 });
    expect(s.relations).toMatchObject({ expected: 10, found: 10 });
  });

  it('names articles by key, path, file name or jsonl id', () => {
    const wire: GraphFragment = {
      ...articleA,
      article: { ...articleA.article, key: 'jsonl:wire-0401', path: '/data/06-wire.jsonl' },
    };
    expect(scoreGraph([wire], [goldA((g) => (g.article = 'wire-0401'))]).articles.scored).toBe(1);
    expect(scoreGraph([wire], [goldA((g) => (g.article = 'jsonl:wire-0401'))]).articles.scored).toBe(1);
    expect(scoreGraph([articleA], [goldA((g) => (g.article = 'fixtures/veloria-a.txt'))]).articles.scored).toBe(1);
    expect(scoreGraph([articleA], [goldA((g) => (g.article = 'a.txt'))]).articles.scored).toBe(0);
  });

  it('refuses a gold article name that names two different articles', () => {
    const other = buildFragment({
      key: 'elsewhere/veloria-a.txt',
      title: 'Another text',
      body: 'Amina Dovic spoke.',
      date: null,
      entities: [dovic],
      rels: [],
    });
    expect(() => scoreGraph([articleA, other], [goldA()])).toThrow(InvalidInputError);
  });

  it('scores the records of a whole-graph read as it scores the fragments', () => {
    const gold = [goldA((g) => g.entities.push({ key: 'ines-marchetti', type: 'Person', names: ['Ines Marchetti'] }))];
    const fromFragments = scoreGraph([articleA], gold);
    const fromRecords = scoreGraph(asRecords([articleA]), gold);
    expect(fromRecords).toEqual(fromFragments);
  });

  it('gives recall 0 and F1 0 for an empty graph', () => {
    const s = scoreGraph([], [goldA()]);
    expect(s.persons).toMatchObject({ recall: 0, f1: 0 });
    expect(s.overall).toBe(0);
    expect(s.articles.missing).toEqual(['veloria-a.txt']);
  });

  it('averages the four F1s into the overall score', () => {
    const s = scoreGraph([articleA], [goldA((g) => (g.claims = []))]);
    // no gold claims and two graph claims: claims precision 0, F1 0
    expect(s.claims.f1).toBe(0);
    expect(s.overall).toBeCloseTo((s.persons.f1 + s.parties.f1 + s.relations.f1 + s.claims.f1) / 4);
    expect(s.overall).toBeCloseTo(0.75);
  });

  it('uses the entity fixtures of the shared cast', () => {
    // guards the fixture this suite leans on: articleA names these entities
    expect(articleA.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([kerrigan.id, dovic.id, ghp.id, unity.id, prm.id]),
    );
  });
});
