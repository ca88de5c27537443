// `--param key=value` typing.
import { describe, expect, it } from 'vitest';
import { parseParamValue, parseParams } from '../../src/cli/parse-params.js';

describe('parseParams', () => {
  it.each<[string, unknown]>([
    ['42', 42],
    ['-3.5', -3.5],
    ['1e3', 1000],
    ['true', true],
    ['false', false],
    ['007', '007'],
    ['12abc', '12abc'],
    ['99999999999999999999', '99999999999999999999'],
    ['', ''],
    ["O'Brien", "O'Brien"],
  ])('reads %j as %j', (raw, value) => {
    expect(parseParamValue(raw)).toEqual(value);
  });

  it('splits at the first = and refuses pairs without a name', () => {
    expect(parseParams(['q=a=b', 'limit=5'])).toEqual({ q: 'a=b', limit: 5 });
    expect(() => parseParams(['=x'])).toThrow(expect.objectContaining({ code: 'CONFIG' }));
    expect(() => parseParams(['novalue'])).toThrow(expect.objectContaining({ code: 'CONFIG' }));
  });
});
