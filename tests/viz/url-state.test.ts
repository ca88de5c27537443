import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type ViewerState } from '../../viz/src/state.js';
import { decodeState, encodeState } from '../../viz/src/url-state.js';

describe('url state', () => {
  it('round-trips the view, switches, filters, window, colour mode and selection', () => {
    const state: ViewerState = {
      ...DEFAULT_STATE,
      view: 'full',
      people: true,
      hiddenLabels: ['Claim'],
      hiddenTypes: ['SAID', 'MENTIONED_IN'],
      window: { from: '2025-03-05', to: '2025-03-20' },
      colorBy: 'blocs',
      selection: { kind: 'edge', key: 'conflict:party:a|party:b' },
    };
    expect(decodeState(`#${encodeState(state)}`)).toEqual(state);
  });

  it('leaves out what is at its default, so a plain view has a short link', () => {
    expect(encodeState(DEFAULT_STATE)).toBe('view=coalition');
    expect(decodeState('')).toEqual(DEFAULT_STATE);
  });

  it('ignores unknown labels, types, views and malformed dates', () => {
    const s = decodeState('view=mine&labels=Claim,Robot&types=NOPE,SAID&from=yesterday&to=2025-01-01&color=red');
    expect(s.view).toBe('coalition');
    expect(s.hiddenLabels).toEqual(['Claim']);
    expect(s.hiddenTypes).toEqual(['SAID']);
    expect(s.window).toBeNull();
    expect(s.colorBy).toBe('type');
  });

  it('keeps a selected node id with its characters intact', () => {
    const s = decodeState(
      encodeState({ ...DEFAULT_STATE, selection: { kind: 'node', key: 'person:ilsa-varnhagen&x=1' } }),
    );
    expect(s.selection).toEqual({ kind: 'node', key: 'person:ilsa-varnhagen&x=1' });
  });
});
