import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance, isPlainObject, previewValue } from './strings.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['gold', 'gold', 0],
    ['reprot', 'report', 2],
    ['miner', 'miners', 1],
    ['kitten', 'sitting', 3],
  ])('between %j and %j is %i', (a, b, distance) => expect(editDistance(a, b)).toBe(distance));
});

describe('closestMatch', () => {
  const areas = ['mercury-reduction', 'mercury-free-technology', 'gender', 'health'];

  it('finds a typo within two edits', () =>
    expect(closestMatch('mercury-reducton', areas)).toBe('mercury-reduction'));
  it('finds a label typed with capitals and spaces', () =>
    expect(closestMatch('Mercury Reduction', areas)).toBe('mercury-reduction'));
  it('allows one edit only in short words', () => {
    expect(closestMatch('gendr', areas)).toBe('gender');
    expect(closestMatch('heap', ['help', 'hemp'])).toBe('help');
    expect(closestMatch('tag', ['type'])).toBeUndefined();
  });
  it('suggests nothing when nothing is close', () => expect(closestMatch('podcast', areas)).toBeUndefined());
  it('does not compare very long values', () =>
    expect(closestMatch('gender'.repeat(100), areas)).toBeUndefined());
});

describe('previewValue', () => {
  it('writes short values as JSON', () => {
    expect([
      previewValue('XX'),
      previewValue(42),
      previewValue(null),
      previewValue([1, 'a']),
      previewValue({ a: true }),
    ]).toEqual(['"XX"', '42', 'null', '[1,"a"]', '{"a":true}']);
  });

  it('cuts long values to 80 characters ending with an ellipsis', () => {
    const preview = previewValue('x'.repeat(10_000));
    expect(preview).toHaveLength(80);
    expect(preview.endsWith('…')).toBe(true);
  });

  it('stops at a fixed depth and survives cycles', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(previewValue(cyclic)).toBe('{"self":{"self":{"self":{"self":{…}}}}}');
  });

  it('writes values JSON does not have', () => {
    expect([previewValue(undefined), previewValue(10n), previewValue(() => 1)]).toEqual([
      'undefined',
      '10n',
      '"[function]"',
    ]);
  });

  it('survives a throwing getter', () => {
    const hostile = {
      get boom(): never {
        throw new Error('no');
      },
    };
    expect(previewValue(hostile)).toBe('{"boom":…');
  });
});

describe('isPlainObject', () => {
  it('accepts object literals and null-prototype objects only', () => {
    expect([{}, Object.create(null), [], null, new Date(), 'x'].map(isPlainObject)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
