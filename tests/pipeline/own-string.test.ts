import { describe, expect, it } from 'vitest';
import { ownString } from '../../src/pipeline/own-string.js';

describe('ownString', () => {
  it('returns a string equal to a slice of a longer text', () => {
    const text = `${'The minister of a made-up province spoke at length. '.repeat(50)}Ana Quell said so.`;
    const name = text.slice(text.indexOf('Ana Quell'), text.indexOf(' said'));
    expect(ownString(name)).toBe('Ana Quell');
    const long = text.slice(4, 60);
    expect(ownString(long)).toBe(long);
  });

  it('keeps empty strings, quotes, backslashes, accents and lone surrogates as they are', () => {
    for (const s of [
      '',
      '"quoted" \\ back',
      'Zoë Ñandú – “curly”',
      '\ud800 alone',
      'pair \ud83d\ude00',
      'tab\tnew\nline',
    ])
      expect(ownString(s)).toBe(s);
  });
});
