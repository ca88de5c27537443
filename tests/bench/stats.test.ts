// The bench's summaries: medians, nearest-rank percentiles and rounding.
import { describe, expect, it } from 'vitest';
import { median, percentile, round, summarize } from '../../src/bench/stats.js';

describe('bench stats', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  it('takes percentiles by nearest rank', () => {
    const samples = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(samples, 95)).toBe(19);
    expect(percentile(samples, 100)).toBe(20);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
  });

  it('summarizes runs with their spread', () => {
    expect(summarize([2, 1, 3])).toEqual({ median: 2, min: 1, max: 3, runs: 3 });
  });

  it('rounds to three significant digits', () => {
    expect(round(12345)).toBe(12300);
    expect(round(0.012345)).toBe(0.0123);
    expect(round(0)).toBe(0);
  });
});
