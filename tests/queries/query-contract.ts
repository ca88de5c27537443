// Runs every shipped query (queries/*.cypher, or its store variant) on a store holding the fixture graph and
// checks specific rows; store-agnostic like the store contract, so Neo4j runs the same cases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNamedQuery } from '../../src/queries/query-files.js';
import type { GraphStore, Row } from '../../src/store/types.js';
import { FIXTURE_FRAGMENTS, HOSTILE } from '../fixtures/fragments.js';

export interface QueryCase {
  params: Record<string, unknown>;
  /** The rows expected, in order when `ordered`, else compared as a set. */
  rows: Row[];
  ordered: boolean;
  columns: string[];
}

const byJson = (rows: Row[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

const A_TITLE = 'Kerrigan accuses Unity Front of rigging';
const B_TITLE = 'Reformists confirm pact with Green Harbour';

/** Every query file and what it returns over FIXTURE_FRAGMENTS (articles A, B and C). */
export const QUERY_CASES: Record<string, QueryCase[]> = {
  coalitions: [
    {
      params: {},
      ordered: true,
      columns: ['party', 'ally', 'articles', 'facts', 'latest', 'evidence'],
      rows: [
        {
          party: 'Green Harbour Party',
          ally: "People's Reform Movement",
          articles: 2,
          facts: 2,
          latest: '2031-04-10',
          evidence: "The GHP and the People's Reform Movement agreed to form a coalition.",
        },
      ],
    },
  ],
  accusations: [
    {
      params: {},
      ordered: true,
      columns: ['accuser', 'accuserKind', 'accused', 'accusedKind', 'facts', 'articles', 'evidence'],
      rows: [
        {
          accuser: 'Lars Penhallow',
          accuserKind: 'Person',
          accused: 'Unity Front',
          accusedKind: 'Party',
          facts: 1,
          articles: 1,
          evidence: 'Penhallow accused the Unity Front of buying votes',
        },
        {
          accuser: "People's Reform Movement",
          accuserKind: 'Party',
          accused: 'Unity Front',
          accusedKind: 'Party',
          facts: 1,
          articles: 1,
          evidence: 'Penhallow accused the Unity Front of buying votes',
        },
        {
          accuser: 'Tomas Kerrigan',
          accuserKind: 'Person',
          accused: 'Unity Front',
          accusedKind: 'Party',
          facts: 1,
          articles: 1,
          evidence: 'the Unity Front had rigged the vote',
        },
      ],
    },
  ],
  'person-claims': [
    {
      params: { name: 'kerrigan' },
      ordered: true,
      columns: ['person', 'claim', 'kind', 'date', 'article'],
      rows: [
        {
          person: 'Tomas Kerrigan',
          claim: 'They stole the mandate,',
          kind: 'quote',
          date: '2031-03-03',
          article: A_TITLE,
        },
        {
          person: 'Tomas Kerrigan',
          claim: 'the Unity Front had rigged the vote',
          kind: 'reported',
          date: '2031-03-03',
          article: A_TITLE,
        },
      ],
    },
    {
      params: { name: HOSTILE.alias.toUpperCase() },
      ordered: true,
      columns: ['person', 'claim', 'kind', 'date', 'article'],
      rows: [
        {
          person: HOSTILE.name,
          claim: HOSTILE.title,
          kind: 'quote',
          date: null,
          article: 'Hostile `strings` $param \'quoted\' "double"',
        },
      ],
    },
    { params: { name: 'nobody' }, ordered: true, columns: ['person', 'claim', 'kind', 'date', 'article'], rows: [] },
  ],
  'party-members': [
    {
      params: { party: 'Reform Movement' },
      ordered: true,
      columns: ['party', 'person', 'status', 'facts', 'articles', 'evidence'],
      rows: [
        {
          party: "People's Reform Movement",
          person: 'Lars Penhallow',
          status: 'current',
          facts: 1,
          articles: 1,
          evidence: "Lars Penhallow, deputy convener of the People's Reform Movement",
        },
      ],
    },
    {
      params: { party: 'uf' },
      ordered: true,
      columns: ['party', 'person', 'status', 'facts', 'articles', 'evidence'],
      rows: [
        {
          party: 'Unity Front',
          person: 'Amina Dovic',
          status: 'current',
          facts: 1,
          articles: 1,
          evidence: 'Amina Dovic of the Unity Front',
        },
      ],
    },
  ],
  'claims-about': [
    {
      params: { name: 'UF' },
      ordered: true,
      columns: ['about', 'speaker', 'claim', 'kind', 'date'],
      rows: [
        {
          about: 'Unity Front',
          speaker: 'Tomas Kerrigan',
          claim: 'the Unity Front had rigged the vote',
          kind: 'reported',
          date: '2031-03-03',
        },
        {
          about: 'Unity Front',
          speaker: 'Lars Penhallow',
          claim: 'the Unity Front of buying votes',
          kind: 'reported',
          date: '2031-04-10',
        },
      ],
    },
  ],
  'most-mentioned': [
    {
      params: { limit: 4 },
      ordered: true,
      columns: ['name', 'kind', 'articles'],
      rows: [
        { name: 'Green Harbour Party', kind: 'Party', articles: 2 },
        { name: "People's Reform Movement", kind: 'Party', articles: 2 },
        { name: 'Tomas Kerrigan', kind: 'Person', articles: 2 },
        { name: 'Unity Front', kind: 'Party', articles: 2 },
      ],
    },
  ],
  neighbourhood: [
    {
      params: { name: 'Tomas KERRIGAN' },
      ordered: false,
      columns: ['entity', 'type', 'direction', 'other', 'evidence'],
      rows: [
        { type: 'MEMBER_OF', direction: 'out', other: 'Green Harbour Party', evidence: 1 },
        { type: 'ACCUSED', direction: 'out', other: 'Unity Front', evidence: 1 },
        { type: 'MET_WITH', direction: 'both', other: 'Amina Dovic', evidence: 1 },
        { type: 'PARTICIPATED_IN', direction: 'out', other: 'meeting in Port Elm', evidence: 1 },
        { type: 'SAID', direction: 'out', other: 'the Unity Front had rigged the vote', evidence: 1 },
        { type: 'SAID', direction: 'out', other: 'They stole the mandate,', evidence: 1 },
        { type: 'MENTIONED_IN', direction: 'out', other: A_TITLE, evidence: 1 },
        { type: 'MENTIONED_IN', direction: 'out', other: B_TITLE, evidence: 1 },
      ].map((r) => ({ entity: 'Tomas Kerrigan', ...r })),
    },
    {
      params: { name: 'prm' },
      ordered: false,
      columns: ['entity', 'type', 'direction', 'other', 'evidence'],
      rows: [
        { type: 'ALLIED_WITH', direction: 'both', other: 'Green Harbour Party', evidence: 2 },
        { type: 'MEMBER_OF', direction: 'in', other: 'Lars Penhallow', evidence: 1 },
        { type: 'ACCUSED', direction: 'out', other: 'Unity Front', evidence: 1 },
        { type: 'OPPOSED', direction: 'in', other: 'Unity Front', evidence: 1 },
        { type: 'MENTIONED_IN', direction: 'out', other: A_TITLE, evidence: 1 },
        { type: 'MENTIONED_IN', direction: 'out', other: B_TITLE, evidence: 1 },
      ].map((r) => ({ entity: "People's Reform Movement", ...r })),
    },
  ],
  timeline: [
    {
      params: { name: 'Unity Front' },
      ordered: true,
      columns: ['date', 'entity', 'type', 'other', 'evidence', 'article'],
      rows: [
        ['2031-03-03', 'ABOUT', 'the Unity Front had rigged the vote', 'the Unity Front had rigged the vote', A_TITLE],
        ['2031-03-03', 'ACCUSED', 'Tomas Kerrigan', 'the Unity Front had rigged the vote', A_TITLE],
        ['2031-03-03', 'MEMBER_OF', 'Amina Dovic', 'Amina Dovic of the Unity Front', A_TITLE],
        ['2031-04-10', 'ABOUT', 'the Unity Front of buying votes', 'the Unity Front of buying votes', B_TITLE],
        ['2031-04-10', 'ACCUSED', 'Lars Penhallow', 'Penhallow accused the Unity Front of buying votes', B_TITLE],
        [
          '2031-04-10',
          'ACCUSED',
          "People's Reform Movement",
          'Penhallow accused the Unity Front of buying votes',
          B_TITLE,
        ],
        [
          '2031-04-10',
          'OPPOSED',
          "People's Reform Movement",
          'The Unity Front voted against the budget of the Reformists',
          B_TITLE,
        ],
      ].map(([date, type, other, evidence, article]) => ({
        date,
        entity: 'Unity Front',
        type,
        other,
        evidence,
        article,
      })),
    },
  ],
  evidence: [
    {
      params: { a: 'GHP', b: "people's reform movement" },
      ordered: true,
      columns: ['entity', 'direction', 'type', 'other', 'date', 'confidence', 'evidence', 'article'],
      rows: [
        {
          entity: 'Green Harbour Party',
          direction: 'out',
          type: 'ALLIED_WITH',
          other: "People's Reform Movement",
          date: '2031-03-03',
          confidence: 0.75,
          evidence: "The GHP and the People's Reform Movement agreed to form a coalition.",
          article: A_TITLE,
        },
        {
          entity: 'Green Harbour Party',
          direction: 'in',
          type: 'ALLIED_WITH',
          other: "People's Reform Movement",
          date: '2031-04-10',
          confidence: 0.9,
          evidence: 'confirmed the pact with the GHP',
          article: B_TITLE,
        },
      ],
    },
    {
      params: { a: 'unity front', b: 'Kerrigan' },
      ordered: true,
      columns: ['entity', 'direction', 'type', 'other', 'date', 'confidence', 'evidence', 'article'],
      rows: [
        {
          entity: 'Unity Front',
          direction: 'in',
          type: 'ACCUSED',
          other: 'Tomas Kerrigan',
          date: '2031-03-03',
          confidence: 0.8,
          evidence: 'the Unity Front had rigged the vote',
          article: A_TITLE,
        },
      ],
    },
  ],
};

export function queryContract(name: string, create: () => Promise<GraphStore>): void {
  describe(`queries/*.cypher on ${name}`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await create();
      await store.writeFragments(FIXTURE_FRAGMENTS);
    });
    afterAll(async () => {
      await store?.close();
    });

    for (const [query, cases] of Object.entries(QUERY_CASES)) {
      cases.forEach((c, k) => {
        it(`${query} answers case ${k + 1} (${JSON.stringify(c.params)})`, async () => {
          const q = readNamedQuery(query, store.kind);
          expect(q).not.toBeNull();
          const result = await store.query(q!.text, c.params, { readOnly: true });
          expect(result.columns).toEqual(c.columns);
          if (c.ordered) expect(result.rows).toEqual(c.rows);
          else expect(byJson(result.rows)).toEqual(byJson(c.rows));
        });
      });
    }
  });
}
