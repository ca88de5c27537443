import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/ingest/collect-garbage.js';

describe('collectGarbage', () => {
  it('frees an object nothing refers to any more', async () => {
    const ref = (() => new WeakRef({ payload: new Array(1000).fill('x') }))();
    // a WeakRef's target lives at least until the end of the job that made it
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });

  it('leaves gc unexposed to the contexts made after it', () => {
    collectGarbage();
    collectGarbage();
    expect(vm.runInNewContext('typeof gc')).toBe('undefined');
  });
});
