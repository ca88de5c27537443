// The document's shared helpers: the article's lowercase words, gathered once for the steps that ask.
import { describe, expect, it } from 'vitest';
import { ArticleDoc, isLowercaseWord } from '../../src/pipeline/article-doc.js';
import { segment } from '../../src/pipeline/steps/segment.js';
import { sourceOf } from './helpers.js';

describe('isLowercaseWord', () => {
  const cases: Array<[string, boolean, string]> = [
    ['minister', true, 'a plain lowercase word'],
    ['tax', true, 'three letters'],
    ['mp', false, 'two letters are too few'],
    ['Minister', false, 'a capital'],
    ['well-known', false, 'a hyphen is not a letter'],
    ['café', true, 'an accented letter (decided by the Unicode pattern)'],
    ['straße', true, 'a lowercase letter outside ASCII'],
    ['ÉLITE', false, 'capitals outside ASCII'],
    ['año2', false, 'a digit after a non-ASCII letter'],
    ['', false, 'nothing'],
  ];
  for (const [word, expected, note] of cases) {
    it(`says ${expected ? 'yes' : 'no'} to "${word}" (${note})`, () => {
      expect(isLowercaseWord(word)).toBe(expected);
      expect(isLowercaseWord(word)).toBe(/^\p{Ll}{3,}$/u.test(word));
    });
  }
});

describe('ArticleDoc.lowercaseWords', () => {
  it('holds the words of three letters or more the article writes in lowercase, and no others', () => {
    const text = 'The Harbour Party met in Port Alder. Its leader said the harbour tax was unfair to café owners.';
    const doc = segment(new ArticleDoc(sourceOf(text), 'article:test'));
    const words = doc.lowercaseWords();
    expect(words.has('harbour')).toBe(true);
    expect(words.has('café')).toBe(true);
    expect(words.has('Harbour')).toBe(false);
    expect(words.has('to')).toBe(false);
    expect(doc.lowercaseWords()).toBe(words);
  });
});
