import { describe, expect, it } from 'vitest';
import { initials, splitPersonalName } from './names.js';

describe('splitPersonalName', () => {
  it('takes the last word as the family name of a plain name', () => {
    expect(splitPersonalName('Kamila Gómez')).toEqual({ given: 'Kamila', family: 'Gómez' });
  });

  it('keeps a particle run with the family name', () => {
    expect(splitPersonalName('Jan van der Berg')).toEqual({
      given: 'Jan',
      'non-dropping-particle': 'van der',
      family: 'Berg',
    });
    expect(splitPersonalName('Luiz Inácio Lula da Silva')).toMatchObject({
      family: 'Silva',
      'non-dropping-particle': 'da',
    });
  });

  it('honours the "Family, Given" form for compound surnames', () => {
    expect(splitPersonalName('Racionero Gómez, Blanca')).toEqual({
      family: 'Racionero Gómez',
      given: 'Blanca',
    });
    expect(splitPersonalName('van der Berg, Jan')).toEqual({
      family: 'Berg',
      given: 'Jan',
      'non-dropping-particle': 'van der',
    });
  });

  it('keeps a generational suffix apart', () => {
    expect(splitPersonalName('Martin Luther King Jr.')).toEqual({
      given: 'Martin Luther',
      family: 'King',
      suffix: 'Jr.',
    });
  });

  it('treats a single word as a family name and collapses spaces', () => {
    expect(splitPersonalName('  Suharto ')).toEqual({ family: 'Suharto' });
    expect(splitPersonalName('Shawn   Blore')).toEqual({ given: 'Shawn', family: 'Blore' });
  });
});

describe('initials', () => {
  it('abbreviates each given name and hyphenated part', () => {
    expect(initials('Jan Willem')).toBe('J. W.');
    expect(initials('Marie-Claire')).toBe('M.-C.');
    expect(initials('Émile')).toBe('É.');
  });
});
