import { describe, expect, it } from 'vitest';
import { buildCoalitionGraph, buildFullGraph, seedPosition } from '../../viz/src/aggregate.js';
import { indexData } from '../../viz/src/data-index.js';
import { coalitionFragments, PARTIES, PEOPLE } from '../fixtures/coalition-negotiation.js';
import { viewerDataFromFragments } from '../fixtures/viewer-data-from-fragments.js';

const index = indexData(viewerDataFromFragments(coalitionFragments()));
const { nhp, cru, lfm, bmp, unity } = PARTIES;
const pair = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

describe('buildCoalitionGraph', () => {
  it('has the parties and alliances as nodes and no people by default', () => {
    const g = buildCoalitionGraph(index, { people: false });
    expect(g.nodes().sort()).toEqual([nhp.id, cru.id, lfm.id, bmp.id, unity.id].sort());
    expect(g.getNodeAttribute(unity.id, 'partyKind')).toBe('alliance');
  });

  it('draws one cooperation edge between two allied parties, whatever the number of articles', () => {
    const g = buildCoalitionGraph(index, { people: false });
    const edge = `cooperation:${pair(nhp.id, cru.id)}`;
    expect(g.hasEdge(edge)).toBe(true);
    const rels = g.getEdgeAttribute(edge, 'relIds').map((id) => index.relationships.get(id)!);
    expect(rels.map((r) => r.status).sort()).toEqual(['current', 'past']);
    expect(
      g.edges().filter((e) => e.startsWith('cooperation:') && e.includes(nhp.id) && e.includes(cru.id)),
    ).toHaveLength(1);
  });

  it('counts accusations and oppositions as conflict, including those of members lifted to their party', () => {
    const g = buildCoalitionGraph(index, { people: false });
    const edge = `conflict:${pair(cru.id, nhp.id)}`;
    const rels = g.getEdgeAttribute(edge, 'relIds').map((id) => index.relationships.get(id)!);
    expect(new Set(rels.map((r) => r.type))).toEqual(new Set(['ACCUSED', 'OPPOSED']));
    const lifted = g.getEdgeAttribute(edge, 'lifted').map((id) => index.relationships.get(id)!);
    expect(lifted.some((r) => r.from.id === PEOPLE.quillon.id && r.to.id === nhp.id)).toBe(true);
    expect(lifted.some((r) => r.from.id === PEOPLE.varnhagen.id && r.to.id === PEOPLE.quillon.id)).toBe(false);
  });

  it('keeps meetings apart from cooperation and conflict, with parallel edges curved apart', () => {
    const g = buildCoalitionGraph(index, { people: false });
    const meeting = `meeting:${pair(nhp.id, cru.id)}`;
    expect(g.getEdgeAttribute(meeting, 'kind')).toBe('meeting');
    const curvatures = [meeting, `cooperation:${pair(nhp.id, cru.id)}`, `conflict:${pair(nhp.id, cru.id)}`].map((e) =>
      g.getEdgeAttribute(e, 'curvature'),
    );
    expect(new Set(curvatures).size).toBe(3);
    expect(g.getEdgeAttribute(`cooperation:${pair(unity.id, cru.id)}`, 'curvature')).toBe(0);
  });

  it('adds members with MEMBER_OF edges and their own accusations when people are shown', () => {
    const g = buildCoalitionGraph(index, { people: true });
    expect(g.hasNode(PEOPLE.olsby.id)).toBe(true);
    expect(g.hasEdge(`membership:${PEOPLE.olsby.id}|${lfm.id}`)).toBe(true);
    expect(g.hasEdge(`conflict:${pair(PEOPLE.ranakar.id, PEOPLE.varnhagen.id)}`)).toBe(true);
    const conflict = g.getEdgeAttribute(`conflict:${pair(cru.id, nhp.id)}`, 'lifted');
    expect(conflict).toEqual([]);
  });

  it('keeps the positions it is given and seeds the others from their ids', () => {
    const g = buildCoalitionGraph(index, { people: false }, new Map([[nhp.id, { x: 5, y: 7 }]]));
    expect(g.getNodeAttributes(nhp.id)).toMatchObject({ x: 5, y: 7 });
    expect(g.getNodeAttributes(cru.id)).toMatchObject(seedPosition(cru.id));
  });
});

describe('buildFullGraph', () => {
  it('has every node and article, and one edge per relationship type and direction', () => {
    const g = buildFullGraph(index);
    expect(g.order).toBe(index.data.nodes.length + index.data.articles.length);
    const covered = new Set(g.edges().flatMap((e) => g.getEdgeAttribute(e, 'relIds')));
    expect(covered.size).toBe(index.data.relationships.length);
    const kinds = new Set(g.edges().map((e) => g.getEdgeAttribute(e, 'kind')));
    expect(kinds).toEqual(
      new Set([
        'SAID',
        'ACCUSED',
        'ALLIED_WITH',
        'MEMBER_OF',
        'OPPOSED',
        'MET_WITH',
        'PARTICIPATED_IN',
        'ABOUT',
        'MENTIONED_IN',
      ]),
    );
  });

  it('draws arrows for directed types, plain lines for symmetric ones, and curves only beside parallel edges', () => {
    const g = buildFullGraph(index);
    const allied = g.edges().find((e) => g.getEdgeAttribute(e, 'kind') === 'ALLIED_WITH')!;
    const accused = g.edges().find((e) => g.getEdgeAttribute(e, 'kind') === 'ACCUSED')!;
    expect(['line', 'curved']).toContain(g.getEdgeAttribute(allied, 'type'));
    expect(['arrow', 'curvedArrow']).toContain(g.getEdgeAttribute(accused, 'type'));
    const curved = g.edges().filter((e) => g.getEdgeAttribute(e, 'curvature') !== 0);
    expect(curved.every((e) => g.getEdgeAttribute(e, 'type').startsWith('curved'))).toBe(true);
  });

  it('merges the two directions of a symmetric relationship into one edge', () => {
    const g = buildFullGraph(index);
    const alliedNhpCru = g
      .edges()
      .filter(
        (e) =>
          g.getEdgeAttribute(e, 'kind') === 'ALLIED_WITH' &&
          [nhp.id, cru.id].includes(g.source(e)) &&
          [nhp.id, cru.id].includes(g.target(e)),
      );
    expect(alliedNhpCru).toHaveLength(1);
    expect(g.getEdgeAttribute(alliedNhpCru[0], 'relIds')).toHaveLength(2);
  });
});
