import { describe, expect, it } from 'vitest';
import { locateEvidence, sentenceAround } from '../../viz/src/evidence.js';

const text =
  'Talks opened on Monday. NHP leader Mr. Varnhagen met CRU chair T. Quillon in the capital. "We are ready," she said!\n\nA new paragraph starts here.';

const around = (evidence: string) => {
  const start = text.indexOf(evidence);
  return sentenceAround(text, start, start + evidence.length)!;
};

describe('sentenceAround', () => {
  it('returns the whole sentence with the span in the middle', () => {
    const s = around('met CRU chair');
    expect(s).toMatchObject({
      before: 'NHP leader Mr. Varnhagen ',
      match: 'met CRU chair',
      after: ' T. Quillon in the capital.',
    });
  });

  it('does not end a sentence at an abbreviation or an initial', () => {
    expect(around('Varnhagen').before).toBe('NHP leader Mr. ');
    expect(around('Quillon').before).toBe('NHP leader Mr. Varnhagen met CRU chair T. ');
  });

  it('ends at a terminator inside closing quotes, and at a paragraph break', () => {
    expect(around('We are ready')).toMatchObject({ before: '"', after: '," she said!' });
    expect(around('new paragraph')).toMatchObject({ before: 'A ', after: ' starts here.' });
  });

  it('ends at the span when the span closes the sentence', () => {
    expect(around('Talks opened on Monday.')).toMatchObject({ before: '', after: '' });
  });

  it('cuts very long sentences and says so', () => {
    const long = `${'word '.repeat(300)}SPAN ${'word '.repeat(300)}.`;
    const start = long.indexOf('SPAN');
    const s = sentenceAround(long, start, start + 4, 50)!;
    expect(s.clippedBefore && s.clippedAfter).toBe(true);
    expect(s.before.length).toBeLessThanOrEqual(50);
  });

  it('refuses offsets outside the text', () => {
    expect(sentenceAround(text, -1, 3)).toBeNull();
    expect(sentenceAround(text, 5, 2)).toBeNull();
    expect(sentenceAround(text, 0, text.length + 1)).toBeNull();
  });
});

describe('locateEvidence', () => {
  it('confirms offsets that point at the evidence', () => {
    expect(locateEvidence(text, 0, 5, 'Talks')).toEqual({ start: 0, end: 5, status: 'exact' });
  });

  it('finds the nearest occurrence when the offsets have moved, and says when it is missing', () => {
    expect(locateEvidence(text, 10, 15, 'CRU chair').status).toBe('moved');
    expect(locateEvidence(text, 10, 15, 'CRU chair').start).toBe(text.indexOf('CRU chair'));
    expect(locateEvidence(text, 10, 15, 'not in the text').status).toBe('missing');
  });
});
