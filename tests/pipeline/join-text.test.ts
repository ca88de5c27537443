// Joining the words of a name chunk or the tokens of a phrase: the same strings as slice().map().join() gave.
import { describe, expect, it } from 'vitest';
import { joinLower, joinText } from '../../src/pipeline/join-text.js';

const words = ['Deputy', 'Mayor', 'Ana', 'Ruiz'].map((text, i) => ({ text, start: i * 10, end: i * 10 + text.length }));
const tokens = ['the', 'prime', 'minister', 'said'].map((lower) => ({ lower }));

describe('joinText', () => {
  const cases: Array<[number | undefined, number | undefined, string]> = [
    [undefined, undefined, 'Deputy Mayor Ana Ruiz'],
    [2, undefined, 'Ana Ruiz'],
    [0, 2, 'Deputy Mayor'],
    [1, 2, 'Mayor'],
    [3, 9, 'Ruiz'],
    [2, 2, ''],
    [4, undefined, ''],
    [3, 1, ''],
  ];
  for (const [from, to, expected] of cases) {
    it(`joins words ${from ?? 'from the first'} to ${to ?? 'the last'} into "${expected}", as slice, map and join do`, () => {
      expect(joinText(words, from, to)).toBe(expected);
      expect(joinText(words, from, to)).toBe(
        words
          .slice(from, to)
          .map((w) => w.text)
          .join(' '),
      );
    });
  }

  it('joins with another separator when given one', () => {
    expect(joinText(words, 0, 3, ', ')).toBe('Deputy, Mayor, Ana');
  });

  it('gives an empty string for no words', () => {
    expect(joinText([])).toBe('');
  });
});

describe('joinLower', () => {
  it('joins the lowercased text of tokens in a range, as slice, map and join do', () => {
    expect(joinLower(tokens, 1, 3)).toBe('prime minister');
    expect(joinLower(tokens, 2, 10)).toBe('minister said');
    expect(joinLower(tokens, 3, 3)).toBe('');
  });
});
