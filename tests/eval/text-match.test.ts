// Tests of the scorer's text comparisons: name keys and token F1.
import { describe, expect, it } from 'vitest';
import { nameKey, tokenF1, tokens } from '../../src/eval/text-match.js';

describe('nameKey', () => {
  it.each([
    ['The People\u2019s Unity Front', 'peoples unity front'],
    ['PEOPLES UNITY FRONT', 'peoples unity front'],
    ['Mr Varga', 'varga'],
    ['Ms. Okonjo-Reyes', 'okonjo reyes'],
    ['Julián Ochoa', 'julian ochoa'],
    ['JUI(F)', 'jui f'],
    ['  Tomas   Varga ', 'tomas varga'],
  ])('makes "%s" comparable as "%s"', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it('keeps a lone "The" or "Mr" rather than emptying the name', () => {
    expect(nameKey('The')).toBe('the');
    expect(nameKey('Mr')).toBe('mr');
  });
});

describe('tokenF1', () => {
  it('is 1 for the same words whatever the case and punctuation', () => {
    expect(tokenF1('"We are ready to talk."', 'we are ready, to talk')).toBe(1);
  });

  it('is 0 for texts that share no word, and for an empty text', () => {
    expect(tokenF1('a fraud from start to finish', 'clean public finances')).toBe(0);
    expect(tokenF1('', 'anything')).toBe(0);
  });

  it('counts repeated words as a multiset', () => {
    // "the the vote" vs "the vote": shared 2, sizes 3 and 2
    expect(tokenF1('the the vote', 'the vote')).toBeCloseTo(0.8);
  });

  it('is 2 * shared / (sum of sizes) for partly overlapping texts', () => {
    // shared: the, count, was (3); sizes 5 and 4
    expect(tokenF1('the count was a fraud', 'the count was clean')).toBeCloseTo(6 / 9);
  });

  it('treats curly and straight apostrophes alike', () => {
    expect(tokens('the party\u2019s record')).toEqual(tokens("the party's record"));
  });
});
