import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../src/read/normalise-date.js';

describe('normaliseDate', () => {
  const cases: Array<[unknown, string | null]> = [
    ['2024-02-28', '2024-02-28'],
    ['2024-02-28T23:30:00-05:00', '2024-02-28'],
    ['2024-02-28 10:00', '2024-02-28'],
    ['2016-03-15T00:00:00Z', '2016-03-15'],
    ['28 Feb 2024', '2024-02-28'],
    ['February 28, 2024', '2024-02-28'],
    ['Tue, 05 Mar 2024 23:30:00 GMT', '2024-03-05'],
    ['Dec. 22, 2015 10:00 AM', '2015-12-22'],
    ['  2024-01-08  ', '2024-01-08'],
    [new Date(Date.UTC(2023, 10, 3)), '2023-11-03'],
    ['2024-02-30', null],
    ['2024-13-01', null],
    ['Feb 28', null],
    ['March 2024', null],
    ['yesterday', null],
    ['not a date', null],
    ['', null],
    [20240228, null],
    [null, null],
    [undefined, null],
    [new Date(Number.NaN), null],
  ];
  it.each(cases)('normalises %j to %j', (value, expected) => {
    expect(normaliseDate(value)).toBe(expected);
  });
});
