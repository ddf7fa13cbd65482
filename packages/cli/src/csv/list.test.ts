import { describe, expect, it } from 'vitest';
import { joinList, splitList } from './list.js';

describe('list cells', () => {
  it('joins values with " | " and splits them back trimmed', () => {
    expect(joinList(['gold', 'diamonds'])).toBe('gold | diamonds');
    expect(splitList(' gold |diamonds  | ')).toEqual(['gold', 'diamonds']);
  });

  it('escapes a literal pipe and backslash so that they survive a round trip', () => {
    const values = ['a|b', 'C:\\docs', 'x\\|y'];
    expect(joinList(values)).toBe('a\\|b | C:\\\\docs | x\\\\\\|y');
    expect(splitList(joinList(values))).toEqual(values);
  });

  it('keeps a backslash typed by hand when it escapes nothing', () => {
    expect(splitList('C:\\docs | D:\\files')).toEqual(['C:\\docs', 'D:\\files']);
  });

  it('reads an empty cell as an empty list', () => {
    expect(splitList('')).toEqual([]);
    expect(splitList(' | ')).toEqual([]);
  });
});
