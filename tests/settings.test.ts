// Settings: the heap growth setting, from its default, the environment and explicit values, and its refusals.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/errors.js';
import { DEFAULT_SETTINGS, resolveHeapGrowthPercent, resolveSettings } from '../src/settings.js';

describe('resolveSettings', () => {
  it('lets V8 grow a heap by at most a quarter past its live size by default', () => {
    expect(DEFAULT_SETTINGS.heapGrowthPercent).toBe(25);
    expect(resolveSettings({}, {}).heapGrowthPercent).toBe(25);
  });

  it('takes the heap growth from KG_HEAP_GROWTH_PERCENT, and an explicit value over it', () => {
    expect(resolveSettings({}, { KG_HEAP_GROWTH_PERCENT: '0' }).heapGrowthPercent).toBe(0);
    expect(resolveSettings({ heapGrowthPercent: 50 }, { KG_HEAP_GROWTH_PERCENT: '0' }).heapGrowthPercent).toBe(50);
  });

  it('refuses a heap growth that is not a whole number from 0 to 1000', () => {
    for (const bad of ['lots', '-1', '2.5', '1001'])
      expect(() => resolveSettings({}, { KG_HEAP_GROWTH_PERCENT: bad })).toThrow(ConfigError);
  });
});

describe('resolveHeapGrowthPercent', () => {
  it('reads the heap growth alone, so that other settings of the environment are not checked at start-up', () => {
    expect(resolveHeapGrowthPercent({ KG_STORE: 'nonsense' })).toBe(25);
    expect(resolveHeapGrowthPercent({ KG_HEAP_GROWTH_PERCENT: ' 40 ' })).toBe(40);
    expect(resolveHeapGrowthPercent({ KG_HEAP_GROWTH_PERCENT: '' })).toBe(25);
  });

  it('refuses a value that is not a whole number from 0 to 1000', () => {
    for (const bad of ['lots', '-1', '2.5', '1001'])
      expect(() => resolveHeapGrowthPercent({ KG_HEAP_GROWTH_PERCENT: bad })).toThrow(ConfigError);
  });
});
