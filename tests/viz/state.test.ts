import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  pipe,
  select,
  setColorBy,
  setHovered,
  setLabelVisible,
  setPeople,
  setTypeVisible,
  setView,
  setWindow,
} from '../../viz/src/state.js';

const dates = ['2025-03-03', '2025-03-10', '2025-03-24'];

describe('viewer state producers', () => {
  it('return a new state and leave the old one as it was', () => {
    const before = structuredClone(DEFAULT_STATE);
    const next = setTypeVisible('ACCUSED', false)(DEFAULT_STATE);
    expect(next).not.toBe(DEFAULT_STATE);
    expect(DEFAULT_STATE).toEqual(before);
    expect(next.hiddenTypes).toEqual(['ACCUSED', 'MENTIONED_IN']);
  });

  it('keep hidden labels and types in the model order, without duplicates', () => {
    const s = pipe(
      setLabelVisible('Event', false),
      setLabelVisible('Claim', false),
      setLabelVisible('Event', false),
      setLabelVisible('Article', true),
    )(DEFAULT_STATE);
    expect(s.hiddenLabels).toEqual(['Event', 'Claim']);
    expect(setTypeVisible('MENTIONED_IN', true)(DEFAULT_STATE).hiddenTypes).toEqual([]);
  });

  it('drop a selected edge but keep a selected node when the view changes', () => {
    const withEdge = select({ kind: 'edge', key: 'conflict:a|b' })(DEFAULT_STATE);
    expect(setView('full')(withEdge).selection).toBeNull();
    const withNode = select({ kind: 'node', key: 'party:a' })(DEFAULT_STATE);
    expect(setView('full')(withNode).selection).toEqual({ kind: 'node', key: 'party:a' });
    expect(setPeople(true)(withEdge).selection).toBeNull();
  });

  it('turn a window covering every date into no window, and order an inverted one', () => {
    expect(setWindow({ from: '2025-03-01', to: '2025-03-31' }, dates)(DEFAULT_STATE).window).toBeNull();
    expect(setWindow({ from: '2025-03-20', to: '2025-03-05' }, dates)(DEFAULT_STATE).window).toEqual({
      from: '2025-03-05',
      to: '2025-03-20',
    });
    expect(setWindow({ from: '2025-03-05', to: '2025-03-20' }, [])(DEFAULT_STATE).window).toBeNull();
  });

  it('return the same state when hover or view do not change, so nothing redraws', () => {
    expect(setHovered(null)(DEFAULT_STATE)).toBe(DEFAULT_STATE);
    expect(setView('coalition')(DEFAULT_STATE)).toBe(DEFAULT_STATE);
    expect(setColorBy('blocs')(DEFAULT_STATE).colorBy).toBe('blocs');
  });
});
