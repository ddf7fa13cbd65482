import { describe, expect, it } from 'vitest';
// The package's main entry registers the French, Spanish and Portuguese labels these tests read.
import '../index.js';
import { UI_LANGUAGES } from './languages.js';
import { COUNTRY_CODES, COUNTRY_REGION, REGIONS, regionLabel, regionsOfCountry } from './regions.js';

describe('COUNTRY_CODES', () => {
  it('lists the 249 ISO 3166-1 alpha-2 codes, upper case, sorted, each once', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect([...COUNTRY_CODES].sort()).toEqual(COUNTRY_CODES);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it('includes territories without permanent population', () => {
    for (const code of ['AQ', 'BV', 'HM', 'TF', 'UM', 'GS', 'IO']) expect(COUNTRY_CODES).toContain(code);
  });

  it('leaves out user-assigned and reserved codes that ISO 3166-1 does not list', () => {
    for (const code of ['XK', 'EU', 'UK', 'ZZ', 'AN']) expect(COUNTRY_CODES).not.toContain(code as never);
  });
});

describe('REGIONS', () => {
  it('holds World, the five continents and every M49 sub-region and intermediate region', () => {
    expect(Object.keys(REGIONS).sort()).toEqual(
      [
        ...['001', '002', '019', '142', '150', '009'],
        ...['015', '202', '014', '017', '018', '011'],
        ...['419', '029', '013', '005', '021'],
        ...['143', '030', '035', '034', '145'],
        ...['151', '154', '830', '039', '155'],
        ...['053', '054', '057', '061'],
      ].sort(),
    );
  });

  it('gives World no parent and every other region a parent chain ending at World', () => {
    expect(REGIONS['001']?.parent).toBeUndefined();
    for (const code of Object.keys(REGIONS)) {
      const seen: string[] = [];
      let current: string | undefined = code;
      while (current !== undefined && !seen.includes(current)) {
        expect(REGIONS[current], `${current} in chain of ${code}`).toBeDefined();
        seen.push(current);
        current = REGIONS[current]?.parent;
      }
      expect(seen.at(-1), code).toBe('001');
    }
  });

  it('puts each intermediate region under its sub-region', () => {
    const parents = Object.fromEntries(
      Object.entries(REGIONS).map(([code, region]) => [code, region.parent]),
    );
    expect(parents).toMatchObject({
      '011': '202',
      '014': '202',
      '017': '202',
      '018': '202',
      '202': '002',
      '015': '002',
      '005': '419',
      '013': '419',
      '029': '419',
      '419': '019',
      '021': '019',
      '830': '154',
      '053': '009',
    });
  });

  it('has a non-empty label in every UI language, unique within each language', () => {
    for (const language of UI_LANGUAGES) {
      const labels = Object.values(REGIONS).map((region) => region.labels[language]);
      for (const label of labels) expect(label.trim()).not.toBe('');
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('is reached from at least one country, so no region is a dead end', () => {
    const reached = new Set(COUNTRY_CODES.flatMap((code) => regionsOfCountry(code)));
    for (const code of Object.keys(REGIONS)) if (code !== '001') expect(reached, code).toContain(code);
  });
});

describe('COUNTRY_REGION', () => {
  it('maps every country, and only countries, to a region that exists', () => {
    expect(Object.keys(COUNTRY_REGION).sort()).toEqual([...COUNTRY_CODES]);
    for (const code of COUNTRY_CODES) expect(REGIONS, code).toHaveProperty([COUNTRY_REGION[code]]);
  });

  it('maps Antarctica to World, the only region M49 gives it', () => {
    expect(COUNTRY_REGION.AQ).toBe('001');
    const onlyWorld = COUNTRY_CODES.filter((code) => COUNTRY_REGION[code] === '001');
    expect(onlyWorld).toEqual(['AQ']);
  });

  it('maps Taiwan, which M49 does not list, to Eastern Asia', () => {
    expect(COUNTRY_REGION.TW).toBe('030');
  });

  it.each([
    // planetGOLD country projects, first and second phase
    ['BF', '011'],
    ['CO', '005'],
    ['EC', '005'],
    ['GY', '005'],
    ['ID', '035'],
    ['KE', '014'],
    ['MN', '030'],
    ['PE', '005'],
    ['PH', '035'],
    ['BO', '005'],
    ['GH', '011'],
    ['HN', '013'],
    ['MG', '014'],
    ['NG', '011'],
    ['CG', '017'],
    ['SR', '005'],
    ['UG', '014'],
    ['CI', '011'],
    ['GN', '011'],
    ['ML', '011'],
    ['NI', '013'],
    ['SL', '011'],
    ['ZM', '014'],
    // other continents and edge cases of M49
    ['MX', '013'],
    ['US', '021'],
    ['CA', '021'],
    ['GL', '021'],
    ['BR', '005'],
    ['HT', '029'],
    ['FR', '155'],
    ['RU', '151'],
    ['GB', '154'],
    ['GG', '830'],
    ['ES', '039'],
    ['EG', '015'],
    ['SD', '015'],
    ['MR', '011'],
    ['CD', '017'],
    ['ZA', '018'],
    ['TZ', '014'],
    ['IN', '034'],
    ['IR', '034'],
    ['CN', '030'],
    ['KZ', '143'],
    ['TR', '145'],
    ['CY', '145'],
    ['AU', '053'],
    ['PG', '054'],
    ['FJ', '054'],
    ['KI', '057'],
    ['WS', '061'],
    ['BV', '005'],
    ['HM', '053'],
    ['TF', '014'],
    ['UM', '057'],
  ] as const)('maps %s to %s', (country, region) => {
    expect(COUNTRY_REGION[country]).toBe(region);
  });
});

describe('regionsOfCountry', () => {
  it('lists regions from most specific to continent, without World', () => {
    expect(regionsOfCountry('GH')).toEqual(['011', '202', '002']);
    expect(regionsOfCountry('CO')).toEqual(['005', '419', '019']);
    expect(regionsOfCountry('US')).toEqual(['021', '019']);
    expect(regionsOfCountry('EG')).toEqual(['015', '002']);
    expect(regionsOfCountry('MN')).toEqual(['030', '142']);
    expect(regionsOfCountry('JE')).toEqual(['830', '154', '150']);
    expect(regionsOfCountry('PG')).toEqual(['054', '009']);
  });

  it('accepts any case and surrounding spaces', () => {
    expect(regionsOfCountry('gh')).toEqual(['011', '202', '002']);
    expect(regionsOfCountry(' Co ')).toEqual(['005', '419', '019']);
  });

  it('gives no region for Antarctica, unknown codes or inherited object keys', () => {
    expect(regionsOfCountry('AQ')).toEqual([]);
    expect(regionsOfCountry('XK')).toEqual([]);
    expect(regionsOfCountry('')).toEqual([]);
    expect(regionsOfCountry('constructor')).toEqual([]);
  });
});

describe('regionLabel', () => {
  it('gives the label in a UI language, regional tags included', () => {
    expect(regionLabel('011', 'en')).toBe('Western Africa');
    expect(regionLabel('011', 'fr')).toBe('Afrique de l’Ouest');
    expect(regionLabel('419', 'es-419')).toBe('América Latina y el Caribe');
    expect(regionLabel('005', 'pt-BR')).toBe('América do Sul');
    expect(regionLabel('035', 'fr-CA')).toBe('Asie du Sud-Est');
    expect(regionLabel('202', 'es')).toBe('África subsahariana');
  });

  it('falls back to English for another language and to the code when unknown', () => {
    expect(regionLabel('150', 'de')).toBe('Europe');
    expect(regionLabel('999', 'fr')).toBe('999');
    expect(regionLabel('toString', 'fr')).toBe('toString');
  });
});
