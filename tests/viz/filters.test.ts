import { describe, expect, it } from 'vitest';
import { buildCoalitionGraph, buildFullGraph } from '../../viz/src/aggregate.js';
import { indexData } from '../../viz/src/data-index.js';
import { computeVisible, inWindow } from '../../viz/src/filters.js';
import { DEFAULT_STATE, pipe, setLabelVisible, setTypeVisible, setView, setWindow } from '../../viz/src/state.js';
import { coalitionFragments, PARTIES } from '../fixtures/coalition-negotiation.js';
import { viewerDataFromFragments } from '../fixtures/viewer-data-from-fragments.js';

const index = indexData(viewerDataFromFragments(coalitionFragments()));
const coalition = buildCoalitionGraph(index, { people: false });
const full = buildFullGraph(index);
const { nhp, cru, lfm } = PARTIES;
const pair = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

describe('computeVisible', () => {
  it('shows every party and every coalition edge with no filter', () => {
    const v = computeVisible(coalition, index, DEFAULT_STATE);
    expect(v.nodes.size).toBe(coalition.order);
    expect(v.edges.size).toBe(coalition.size);
  });

  it('counts distinct articles behind an edge', () => {
    const v = computeVisible(coalition, index, DEFAULT_STATE);
    const cooperation = v.edges.get(`cooperation:${pair(nhp.id, cru.id)}`)!;
    expect(cooperation.relIds).toHaveLength(2);
    expect(cooperation.articles).toBe(2);
  });

  it('shows the network as reported in the time window: the alliance before it broke', () => {
    const before = setWindow({ from: '2025-03-03', to: '2025-03-17' }, index.dates)(DEFAULT_STATE);
    const v = computeVisible(coalition, index, before);
    const cooperation = v.edges.get(`cooperation:${pair(nhp.id, cru.id)}`)!;
    expect(cooperation.former).toBe(false);
    expect(v.edges.has(`cooperation:${pair(cru.id, lfm.id)}`)).toBe(false);
  });

  it('marks a cooperation edge as former when all its evidence in the window says past', () => {
    const after = setWindow({ from: '2025-03-20', to: '2025-04-04' }, index.dates)(DEFAULT_STATE);
    const v = computeVisible(coalition, index, after);
    expect(v.edges.get(`cooperation:${pair(nhp.id, cru.id)}`)!.former).toBe(true);
    expect(v.edges.get(`cooperation:${pair(cru.id, lfm.id)}`)!.former).toBe(false);
  });

  it('hides nodes not reported in the window', () => {
    const first = setWindow({ from: '2025-03-03', to: '2025-03-03' }, index.dates)(DEFAULT_STATE);
    const v = computeVisible(coalition, index, first);
    expect(v.nodes.has(PARTIES.bmp.id)).toBe(false);
    expect(v.nodes.has(nhp.id)).toBe(true);
  });

  it('drops relationships of a switched-off type from the edges that hold them, and edges left empty', () => {
    const noOpposed = setTypeVisible('OPPOSED', false)(DEFAULT_STATE);
    const all = computeVisible(coalition, index, DEFAULT_STATE);
    const v = computeVisible(coalition, index, noOpposed);
    const conflict = `conflict:${pair(cru.id, nhp.id)}`;
    expect(v.edges.get(conflict)!.relIds.length).toBeLessThan(all.edges.get(conflict)!.relIds.length);
    expect(v.edges.has(`conflict:${pair(lfm.id, PARTIES.unity.id)}`)).toBe(false);
  });

  it('hides nodes of a switched-off label and the edges that touch them in the full view', () => {
    const state = pipe(setView('full'), setLabelVisible('Claim', false))(DEFAULT_STATE);
    const v = computeVisible(full, index, state);
    expect([...v.nodes].some((n) => n.startsWith('claim:'))).toBe(false);
    expect([...v.edges.keys()].some((e) => e.startsWith('SAID:'))).toBe(false);
    expect([...v.nodes].some((n) => n.startsWith('article:'))).toBe(false);
  });
});

describe('inWindow', () => {
  it('keeps undated facts only when there is no window', () => {
    expect(inWindow(null, null)).toBe(true);
    expect(inWindow(null, { from: '2025-01-01', to: '2025-12-31' })).toBe(false);
    expect(inWindow('2025-03-10', { from: '2025-03-10', to: '2025-03-10' })).toBe(true);
  });
});
