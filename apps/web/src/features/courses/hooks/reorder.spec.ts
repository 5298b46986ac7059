import { describe, expect, it } from '@jest/globals';
import { applyOrder, moveId, moveIdTo, moveIndex, sameOrder } from './reorder';

describe('moveIndex', () => {
  it('moves an item forward and backward', () => {
    expect(moveIndex(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveIndex(['a', 'b', 'c', 'd'], 3, 1)).toEqual(['a', 'd', 'b', 'c']);
  });

  it('leaves the list alone for out-of-range or empty moves, without mutating the input', () => {
    const list = ['a', 'b'];
    expect(moveIndex(list, -1, 0)).toEqual(['a', 'b']);
    expect(moveIndex(list, 0, 2)).toEqual(['a', 'b']);
    expect(moveIndex(list, 1, 1)).toEqual(['a', 'b']);
    expect(list).toEqual(['a', 'b']);
  });
});

describe('moveId', () => {
  it('moves one place up or down', () => {
    expect(moveId(['a', 'b', 'c'], 'b', 'up')).toEqual(['b', 'a', 'c']);
    expect(moveId(['a', 'b', 'c'], 'b', 'down')).toEqual(['a', 'c', 'b']);
  });

  it('stops at either end and ignores unknown ids', () => {
    expect(moveId(['a', 'b', 'c'], 'a', 'up')).toEqual(['a', 'b', 'c']);
    expect(moveId(['a', 'b', 'c'], 'c', 'down')).toEqual(['a', 'b', 'c']);
    expect(moveId(['a', 'b', 'c'], 'x', 'up')).toEqual(['a', 'b', 'c']);
  });
});

describe('moveIdTo', () => {
  it('puts the dragged id where the target stood', () => {
    expect(moveIdTo(['a', 'b', 'c', 'd'], 'a', 'c')).toEqual(['b', 'c', 'a', 'd']);
    expect(moveIdTo(['a', 'b', 'c', 'd'], 'd', 'a')).toEqual(['d', 'a', 'b', 'c']);
  });

  it('ignores a drop from or onto an unknown id', () => {
    expect(moveIdTo(['a', 'b'], 'x', 'a')).toEqual(['a', 'b']);
    expect(moveIdTo(['a', 'b'], 'a', 'x')).toEqual(['a', 'b']);
  });
});

describe('applyOrder', () => {
  it('sorts items by the id list, unknown items last in their original order', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'z' }];
    expect(applyOrder(items, ['c', 'a', 'b']).map((item) => item.id)).toEqual(['c', 'a', 'b', 'z']);
  });
});

describe('sameOrder', () => {
  it('compares order, not just membership', () => {
    expect(sameOrder(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameOrder(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameOrder(['a'], ['a', 'b'])).toBe(false);
  });
});
