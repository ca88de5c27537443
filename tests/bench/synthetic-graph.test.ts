// The viewer bench's synthetic graphs: the size asked for, valid fragments, the same every time.
import { describe, expect, it } from 'vitest';
import { syntheticFragments } from '../../src/bench/synthetic-graph.js';
import { validateFragment } from '../../src/store/validate-fragment.js';

describe('syntheticFragments', () => {
  it('makes the number of nodes asked for, with three relationships per node', () => {
    const fragments = syntheticFragments(1000);
    const nodes = new Set(fragments.flatMap((f) => f.nodes.map((n) => n.id)));
    expect(nodes.size).toBe(1000);
    expect(fragments.reduce((n, f) => n + f.relationships.length, 0)).toBe(3000);
  });

  it('makes fragments the stores accept, with evidence pointing into the article text', () => {
    for (const f of syntheticFragments(200)) {
      expect(() => validateFragment(f)).not.toThrow();
      for (const r of f.relationships) expect(f.article.text.slice(r.start, r.end)).toBe(r.evidence);
    }
  });

  it('makes the same graph every time', () => {
    expect(syntheticFragments(300)).toEqual(syntheticFragments(300));
  });
});
