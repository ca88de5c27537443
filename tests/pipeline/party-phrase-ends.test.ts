import { describe, expect, it } from 'vitest';
import { partyPhraseEnds } from '../../src/pipeline/party-phrase-ends.js';
import { analyseArticle } from '../../src/pipeline/index.js';
import { sourceOf } from './helpers.js';

const analyse = (text: string) => analyseArticle(sourceOf(text));

describe('partyPhraseEnds', () => {
  it('lets through the words a party phrase of the article may end with, and no others', () => {
    const doc = analyse(
      'The Unity Party (UP) won the vote. Unity MP Ana Ruiz said the Greens would join. Tomas Brel of the ' +
        'Unity Party agreed.',
    );
    const chunk = (text: string) => doc.chunks.find((c) => c.words.map((w) => w.text).join(' ') === text)!;
    // "Unity" ends the party's key, "Greens" the other's; "MP", "Ana" and "Ruiz" end none
    expect(partyPhraseEnds(doc, chunk('Unity MP Ana Ruiz').words)).toEqual([true, false, false, false]);
    expect(partyPhraseEnds(doc, chunk('Greens').words)).toEqual([true]);
    // "Party" is dropped from a longer key, so it may end a phrase whatever the keys are
    expect(partyPhraseEnds(doc, chunk('Unity Party').words)).toEqual([true, true]);
  });

  it('lets nothing through in an article without parties', () => {
    const doc = analyse('Ana Ruiz and Tomas Brel met in Port Alder on Monday.');
    expect(doc.partyNames.size).toBe(0);
    for (const c of doc.chunks) expect(partyPhraseEnds(doc, c.words).every((x) => !x)).toBe(true);
  });
});
