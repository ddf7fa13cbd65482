import { describe, expect, it } from 'vitest';
import { durationSchema, fullDateSchema, partialDateSchema, daysInMonth } from './dates.js';

describe('partialDateSchema()', () => {
  it.each(['2021', '2021-03', '2021-03-15', '2020-02-29', '1999-12-31'])('accepts %s', (date) => {
    expect(partialDateSchema().safeParse(date).success).toBe(true);
  });

  it.each([
    '21',
    '2021-3',
    '2021-13',
    '2021-00',
    '2021-03-32',
    '2023-02-29',
    '2021-04-31',
    '2021/03/15',
    '15-03-2021',
    '2021-03-15T10:00',
  ])('rejects %s', (date) => expect(partialDateSchema().safeParse(date).success).toBe(false));
});

describe('fullDateSchema()', () => {
  it('accepts a full date', () => expect(fullDateSchema().safeParse('2024-06-30').success).toBe(true));
  it.each(['2024', '2024-06', '2024-06-31'])('rejects %s', (date) => {
    expect(fullDateSchema().safeParse(date).success).toBe(false);
  });
});

describe('daysInMonth', () => {
  it('knows Gregorian leap years', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)]).toEqual([
      29, 28, 28, 29,
    ]);
  });
});

describe('durationSchema()', () => {
  it.each(['PT12M30S', 'PT1H', 'PT1H2M', 'P1D', 'PT45.5S', 'P1W'])('accepts %s', (duration) => {
    expect(durationSchema().safeParse(duration).success).toBe(true);
  });

  it.each(['P', 'PT', '12:30', 'P1H', 'PT1D', 'pt12m', 'PT-5S'])('rejects %s', (duration) => {
    expect(durationSchema().safeParse(duration).success).toBe(false);
  });
});
