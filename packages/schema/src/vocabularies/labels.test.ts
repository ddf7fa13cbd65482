import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGIONS } from './regions.js';
import { VOCABULARIES } from './terms.js';
import * as LANGUAGES from './all-labels.js';
import { UI_LANGUAGES } from './languages.js';

// Reads a language module as the registry does: a section name, then `key|label` lines.
function sections(labels: string): Map<string, Map<string, string>> {
  const bySection = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of labels.trim().split('\n')) {
    const bar = line.indexOf('|');
    if (bar < 0) bySection.set(line, (current = new Map()));
    else current!.set(line.slice(0, bar), line.slice(bar + 1));
  }
  return bySection;
}

const EXPECTED_SECTIONS = [...Object.keys(VOCABULARIES), 'regions'];

describe('the labels modules', () => {
  it('are one per UI language but English, each listed in all-labels.ts and published from ./labels/', () => {
    const files = readdirSync(new URL('./labels/', import.meta.url)).map((file) => file.replace(/\.ts$/, ''));
    expect(Object.keys(LANGUAGES).sort()).toEqual(UI_LANGUAGES.slice(1).sort());
    expect(files.sort()).toEqual(UI_LANGUAGES.slice(1).sort());
  });
});

describe.each(Object.entries(LANGUAGES))('the %s labels module', (_, labels) => {
  const read = sections(labels);

  it('has one section per vocabulary, then the regions, and nothing else', () => {
    expect([...read.keys()]).toEqual(EXPECTED_SECTIONS);
  });

  it.each(Object.keys(VOCABULARIES))('labels exactly the terms of %s, in their order', (name) => {
    const terms = VOCABULARIES[name as keyof typeof VOCABULARIES];
    expect([...read.get(name)!.keys()]).toEqual(Object.keys(terms));
  });

  it('labels exactly the M49 regions', () => {
    // Sorted: an object lists integer-like keys ('830') before the others ('001'), whatever the table's order.
    expect([...read.get('regions')!.keys()].sort()).toEqual(Object.keys(REGIONS).sort());
  });

  it('writes each label trimmed and non-empty, with no stray separator', () => {
    for (const section of read.values()) {
      for (const label of section.values()) {
        expect(label).not.toBe('');
        expect(label).toBe(label.trim());
        expect(label).not.toContain('|');
      }
    }
  });
});
