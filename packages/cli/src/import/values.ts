import { DOI_PATTERN, HANDLE_PATTERN, stripResolverPrefix } from '@asm-kit/schema';
import { splitPersonalName } from '@asm-kit/crosswalk';
import type { SourceName } from './record.js';

// Names, dates, identifiers and links of imported records, in the form the catalogue model takes.

/**
 * A person's name as the catalogue writes it: 'Jan van der Berg' when the crosswalk splits that back into the
 * same parts, else the explicit 'Racionero Gómez, Blanca' form, which it always honours.
 */
export function catalogueName(name: SourceName): string | undefined {
  if (name.name !== undefined && name.family === undefined) {
    const whole = name.name.replace(/\s+/g, ' ').trim();
    return whole === '' ? undefined : whole;
  }
  const family = [name.particle, name.family].filter(Boolean).join(' ').trim();
  const given = (name.given ?? '').trim();
  if (!family) return given || undefined;
  if (!given) return family;
  const plain = [given, family, name.suffix].filter(Boolean).join(' ');
  const split = splitPersonalName(plain);
  const sameFamily = [split['non-dropping-particle'], split.family].filter(Boolean).join(' ') === family;
  if (sameFamily && split.given === given && (split.suffix ?? '') === (name.suffix ?? '')) return plain;
  return [family, given, name.suffix].filter(Boolean).join(', ');
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function partial(year: number, month?: number, day?: number): string {
  if (month === undefined || month < 1 || month > 12) return String(year);
  if (day === undefined || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())
    return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A catalogue date ('2019', '2019-05', '2019-05-03') from what a source writes; `exact` false when only a year
 * could be picked out of free text ('Spring 2019', 'c2019').
 */
export function normalizeDate(value: string | number[]): { date: string; exact: boolean } | undefined {
  if (Array.isArray(value)) {
    const [year, month, day] = value.map(Number);
    if (year === undefined || !Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
    return { date: partial(year, month, day), exact: true };
  }
  const clean = value.trim();
  const iso = /^(\d{4})(?:[-/](\d{1,2})?(?:[-/](\d{1,2})?)?)?\/?(?:[T ].*)?$/.exec(clean);
  if (iso) {
    const month = iso[2] ? Number(iso[2]) : undefined;
    const day = iso[3] ? Number(iso[3]) : undefined;
    return { date: partial(Number(iso[1]), month, day), exact: true };
  }
  const named = /^(?:(\d{1,2})\s+)?([a-z]{3})[a-z]*\.?\s+(\d{4})$/i.exec(clean);
  const month = named ? MONTHS[named[2]!.toLowerCase()] : undefined;
  if (named && month) {
    return { date: partial(Number(named[3]), month, named[1] ? Number(named[1]) : undefined), exact: true };
  }
  const year = /(?:^|\D)((?:1[5-9]|20)\d{2})(?:\D|$)/.exec(clean);
  return year ? { date: year[1]!, exact: false } : undefined;
}

/** A DOI without its resolver prefix ('https://doi.org/10.1/x', 'doi:10.1/x' -> '10.1/x'). */
export function normalizeDoi(value: string): string | undefined {
  const doi = stripResolverPrefix(value).trim();
  return DOI_PATTERN.test(doi) ? doi : undefined;
}

/** The Handle of a hdl.handle.net link ('https://hdl.handle.net/10986/1234' -> '10986/1234'). */
export function handleOf(url: string): string | undefined {
  if (!/^https?:\/\/hdl\.handle\.net\//i.test(url.trim())) return undefined;
  const handle = stripResolverPrefix(url);
  return HANDLE_PATTERN.test(handle) ? handle : undefined;
}

/** The ISBNs in a field ('978-92-1-158385-1, 9789211583851' or 'ISBN 92-1-158385-X'). */
export function splitIsbns(value: string): string[] {
  return value
    .split(/[,;]|\s(?=ISBN)/i)
    .map((part) =>
      part
        .replace(/^\s*ISBN(?:-1[03])?:?\s*/i, '')
        .replace(/\s*\(.*\)\s*$/, '')
        .trim(),
    )
    .filter((part) => /^[0-9][0-9 -]{8,15}[0-9Xx]$/.test(part));
}

/** True for an absolute http(s) link: the only links a catalogue keeps. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !/\s/.test(value);
  } catch {
    return false;
  }
}
