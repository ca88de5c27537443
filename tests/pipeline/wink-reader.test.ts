// The tokenizer's result is a function of the article alone: wink-nlp learns unknown words as it reads, and
// without winkReader's forgetting, a word learned from one article changed how a later article was split.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/pipeline/steps/segment.js';
import { ArticleDoc } from '../../src/pipeline/article-doc.js';
import { sourceOf } from './helpers.js';

const tokensOf = (text: string) => segment(new ArticleDoc(sourceOf(text), 'article:test')).tokens.map((t) => t.text);
const tagsOf = (text: string) =>
  segment(new ArticleDoc(sourceOf(text), 'article:test')).tokens.map((t) => `${t.text}/${t.pos}`);

describe('winkReader', () => {
  it('splits a possessive the same way after another article taught the library the whole word', () => {
    const later = "Mayor Ellin Quarrow will lead the ferrel's commemoration on Friday.";
    const before = tokensOf(later);
    tokensOf("It is the ferrel's."); // wink alone would learn "ferrel's" as one word here
    expect(tokensOf(later)).toEqual(before);
    expect(before).toContain("'s");
  });

  it('tags unknown words the same way when they come back in a later article', () => {
    // words the model does not know, relearned (with their remembered shapes) each time an article uses them
    const text = 'Councillor Zélvaro Quinteth-Amarú told the Brennick Assembly that Ossfjord’s levy was unjust.';
    const first = tagsOf(text);
    tagsOf('Zélvaro and Quinteth-Amarú met in Ossfjord; the BRENNICK levy passed 12-4.');
    expect(tagsOf(text)).toEqual(first);
    expect(first).toContain('Zélvaro/PROPN');
  });
});
