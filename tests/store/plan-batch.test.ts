// Preparing a batch: validation, repeats, several texts of one key, merged content.
import { describe, expect, it } from 'vitest';
import type { GraphFragment } from '../../src/model/types.js';
import { batchContent, chunks, planBatch } from '../../src/store/plan-batch.js';
import { articleA, articleA2, articleB, kerrigan } from '../fixtures/fragments.js';

describe('planBatch', () => {
  it('drops repeats of an article and keeps the last text of a key', () => {
    const plan = planBatch([articleA, articleB, articleA, articleA2]);
    expect(plan.fragments.map((f) => f.article.id)).toEqual([articleB.article.id, articleA2.article.id]);
    expect(plan).toMatchObject({ repeated: 1, superseded: 1 });
  });

  it('merges entities met in several fragments of the batch', () => {
    const content = batchContent([articleA, articleB]);
    expect(content.entities.find((e) => e.id === kerrigan.id)).toMatchObject({ aliases: ['Kerrigan', 'Tom Kerrigan'] });
    expect(new Set(content.relationships.map((r) => r.id)).size).toBe(content.relationships.length);
  });

  it('splits rows into chunks without an empty one', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 2)).toEqual([]);
  });
});

describe('validateFragment (through planBatch)', () => {
  const broken = (change: (f: GraphFragment) => void): GraphFragment => {
    const f = structuredClone(articleA);
    change(f);
    return f;
  };
  it.each<[string, (f: GraphFragment) => void]>([
    ['an article without id', (f) => (f.article.id = '')],
    ['a node with a label the model does not have', (f) => ((f.nodes[0] as { label: string }).label = 'Country')],
    ['a relationship type the model does not have', (f) => ((f.relationships[0] as { type: string }).type = 'LIKES')],
    ['a relationship from another article', (f) => (f.relationships[0].articleId = 'article:other')],
    ['a fractional offset', (f) => (f.relationships[0].start = 1.5)],
    ['an end before the start', (f) => (f.relationships[0].end = f.relationships[0].start - 1)],
    ['a confidence that is not a number', (f) => (f.relationships[0].confidence = Number.NaN)],
    ['an endpoint with the wrong label', (f) => (f.relationships[0].from = { label: 'Party', id: kerrigan.id })],
    [
      'MEMBER_OF between two parties',
      (f) => {
        const r = f.relationships.find((x) => x.type === 'MEMBER_OF')!;
        r.from = { label: 'Party', id: r.to.id };
      },
    ],
  ])('refuses %s with InvalidInputError', (_what, change) => {
    expect(() => planBatch([articleB, broken(change)])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
