// Values coming back from LadybugDB turned into plain JavaScript.
import { describe, expect, it } from 'vitest';
import { messageOrigin } from '../../src/store/model-from-properties.js';
import { toPlain } from '../../src/store/plain-value.js';

describe('toPlain', () => {
  it('turns BigInt into numbers and dates into ISO strings', () => {
    expect(toPlain(12n)).toBe(12);
    expect(toPlain(new Date('2031-01-02T00:00:00Z'))).toBe('2031-01-02T00:00:00.000Z');
    expect(toPlain([1n, null, 'x'])).toEqual([1, null, 'x']);
  });

  it('turns a node into its properties, dropping internal fields and nulls', () => {
    const node = {
      _label: 'Person',
      _id: { offset: 0, table: 1 },
      id: 'person:a',
      name: 'A',
      aliases: ['x'],
      acronym: null,
    };
    expect(toPlain(node)).toEqual({ id: 'person:a', name: 'A', aliases: ['x'] });
  });

  it('turns a relationship into its properties plus _type', () => {
    const rel = {
      _label: 'ACCUSED',
      _id: { offset: 3, table: 9 },
      _src: {},
      _dst: {},
      id: 'rel:1',
      sentence: 2n,
      status: null,
    };
    expect(toPlain(rel)).toEqual({ id: 'rel:1', sentence: 2, _type: 'ACCUSED' });
  });

  it('turns a path into nodes and relationships, and a map into an object', () => {
    const path = {
      _nodes: [{ _label: 'P', _id: {}, id: 'a' }],
      _rels: [{ _label: 'R', _id: {}, _src: {}, _dst: {}, id: 'r' }],
    };
    expect(toPlain(path)).toEqual({ nodes: [{ id: 'a' }], relationships: [{ id: 'r', _type: 'R' }] });
    expect(toPlain(new Map([['k', 1n]]))).toEqual({ k: 1 });
  });
});

describe('messageOrigin', () => {
  it.each([
    ['find-claims: unattributed quote', 'find-claims'],
    ['extract-claims:unattributed: no speaker', 'extract-claims:unattributed'],
    ['no origin at all', '(no origin)'],
  ])('reads the origin of %j', (message, origin) => {
    expect(messageOrigin(message)).toBe(origin);
  });
});
