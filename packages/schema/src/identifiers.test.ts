import { describe, expect, it } from 'vitest';
import {
  doiSchema,
  handleSchema,
  isbnSchema,
  licenseSchema,
  orcidSchema,
  isbnChecksumMatches,
  orcidCheckCharacter,
  stripResolverPrefix,
} from './identifiers.js';

const accepts = (schema: { safeParse(value: unknown): { success: boolean } }, value: string) =>
  schema.safeParse(value).success;

describe('doiSchema()', () => {
  it.each(['10.1016/j.resourpol.2021.102345', '10.1596/978-1-4648-0000-0', '10.12345/ABC(def)'])(
    'accepts %s',
    (doi) => {
      expect(accepts(doiSchema(), doi)).toBe(true);
    },
  );
  it.each(['https://doi.org/10.1016/x', 'doi:10.1016/x', '10.10/x', '11.1016/x', '10.1016/', '10.1016/a b'])(
    'rejects %s',
    (doi) => {
      expect(accepts(doiSchema(), doi)).toBe(false);
    },
  );
});

describe('isbnSchema()', () => {
  it.each([
    '978-3-16-148410-0',
    '9783161484100',
    '0-306-40615-2',
    '0306406152',
    '0-8044-2957-X',
    '978 3 16 148410 0',
  ])('accepts %s', (isbn) => expect(accepts(isbnSchema(), isbn)).toBe(true));
  it.each([
    '978-3-16-148410-1',
    '0-306-40615-3',
    '978-3-16-148410',
    '97831614841000',
    'ISBN 978-3-16-148410-0',
    '978--3-16-148410-0',
  ])('rejects %s', (isbn) => expect(accepts(isbnSchema(), isbn)).toBe(false));
  it('checks both ISBN forms', () => {
    expect([
      isbnChecksumMatches('9783161484100'),
      isbnChecksumMatches('080442957X'),
      isbnChecksumMatches('0306406153'),
    ]).toEqual([true, true, false]);
  });
});

describe('orcidSchema()', () => {
  it.each(['0000-0002-1825-0097', '0000-0001-5109-3700', '0000-0002-1694-233X'])('accepts %s', (orcid) => {
    expect(accepts(orcidSchema(), orcid)).toBe(true);
  });
  it.each([
    '0000-0002-1825-0098',
    '0000000218250097',
    'https://orcid.org/0000-0002-1825-0097',
    '0000-0002-1825-009',
  ])('rejects %s', (orcid) => expect(accepts(orcidSchema(), orcid)).toBe(false));
  it('computes the ISO 7064 MOD 11-2 check character', () => {
    expect([orcidCheckCharacter('000000021825009'), orcidCheckCharacter('000000021694233')]).toEqual([
      '7',
      'X',
    ]);
  });
});

describe('handleSchema()', () => {
  it.each(['10986/12345', '20.500.11822/11234'])('accepts %s', (handle) =>
    expect(accepts(handleSchema(), handle)).toBe(true),
  );
  it.each(['https://hdl.handle.net/10986/12345', '10986', 'abc/12345'])('rejects %s', (handle) => {
    expect(accepts(handleSchema(), handle)).toBe(false);
  });
});

describe('licenseSchema()', () => {
  it.each([
    'CC-BY-4.0',
    'CC-BY-NC-SA-3.0-IGO',
    'LicenseRef-UNEP',
    'https://creativecommons.org/licenses/by/4.0/',
  ])('accepts %s', (license) => {
    expect(accepts(licenseSchema(), license)).toBe(true);
  });
  it.each(['All rights reserved', 'javascript:alert(1)', '', 'CC BY 4.0'])('rejects %j', (license) => {
    expect(accepts(licenseSchema(), license)).toBe(false);
  });
});

describe('stripResolverPrefix', () => {
  it.each([
    ['https://doi.org/10.1016/x', '10.1016/x'],
    ['http://dx.doi.org/10.1016/x', '10.1016/x'],
    ['doi: 10.1016/x', '10.1016/x'],
    ['https://orcid.org/0000-0002-1825-0097', '0000-0002-1825-0097'],
    ['https://hdl.handle.net/10986/1', '10986/1'],
  ])('turns %s into %s', (value, expected) => expect(stripResolverPrefix(value)).toBe(expected));
});
