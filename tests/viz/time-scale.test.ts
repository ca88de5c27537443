import { describe, expect, it } from 'vitest';
import { dayNumber, isoOfDay, nextPlayWindow, timeScale } from '../../viz/src/time-scale.js';

describe('time scale', () => {
  it('turns ISO dates into day numbers and back', () => {
    const d = dayNumber('2025-03-10')!;
    expect(isoOfDay(d)).toBe('2025-03-10');
    expect(dayNumber('2025-03')).toBe(dayNumber('2025-03-01'));
    expect(dayNumber('2025')).toBe(dayNumber('2025-01-01'));
    expect(dayNumber('soon')).toBeNull();
  });

  it('covers the dated range and is null when nothing is dated', () => {
    const scale = timeScale(['2025-03-03', '2025-04-04', 'undated'])!;
    expect(isoOfDay(scale.first)).toBe('2025-03-03');
    expect(isoOfDay(scale.last)).toBe('2025-04-04');
    expect(timeScale([])).toBeNull();
  });

  it('plays from a quarter-width window at the start, moving forward until the last day', () => {
    const scale = { first: 0, last: 40 };
    let w = nextPlayWindow(scale, null, 3)!;
    expect(w).toEqual({ from: 0, to: 10 });
    const seen = [w];
    while ((w = nextPlayWindow(scale, w, 3)!)) seen.push(w);
    expect(seen[seen.length - 1].to).toBe(40);
    expect(seen.every((x) => x.to - x.from === 10)).toBe(true);
  });
});
