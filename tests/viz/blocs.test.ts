import { describe, expect, it } from 'vitest';
import { buildCoalitionGraph } from '../../viz/src/aggregate.js';
import { detectBlocs } from '../../viz/src/blocs.js';
import { indexData } from '../../viz/src/data-index.js';
import { computeVisible } from '../../viz/src/filters.js';
import { DEFAULT_STATE, setWindow } from '../../viz/src/state.js';
import { coalitionFragments, PARTIES } from '../fixtures/coalition-negotiation.js';
import { viewerDataFromFragments } from '../fixtures/viewer-data-from-fragments.js';

const index = indexData(viewerDataFromFragments(coalitionFragments()));
const graph = buildCoalitionGraph(index, { people: false });
const { nhp, cru, lfm, bmp, unity } = PARTIES;

describe('detectBlocs', () => {
  it('puts the coalition partners in one bloc and the opposition pact in another before the break', () => {
    const state = setWindow({ from: '2025-03-03', to: '2025-03-17' }, index.dates)(DEFAULT_STATE);
    const blocs = detectBlocs(graph, computeVisible(graph, index, state));
    expect(blocs.get(nhp.id)).toBe(blocs.get(cru.id));
    expect(blocs.get(nhp.id)).toBe(blocs.get(unity.id));
    expect(blocs.get(lfm.id)).toBe(blocs.get(bmp.id));
    expect(blocs.get(lfm.id)).not.toBe(blocs.get(nhp.id));
  });

  it('gives the same blocs every time for the same view', () => {
    const visible = computeVisible(graph, index, DEFAULT_STATE);
    expect([...detectBlocs(graph, visible)]).toEqual([...detectBlocs(graph, visible)]);
  });

  it('leaves conflict out: parties tied only by accusations share no bloc', () => {
    const window = setWindow({ from: '2025-03-03', to: '2025-03-03' }, index.dates)(DEFAULT_STATE);
    const visible = computeVisible(graph, index, window);
    const blocs = detectBlocs(graph, visible);
    expect(blocs.has(lfm.id)).toBe(false);
  });
});
