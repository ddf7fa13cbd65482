import { describe, expect, it } from 'vitest';
import { toRIS } from './ris.js';
import { ARTICLE, CORPORATE, RESOURCES, UNDATED_VIDEO } from './testing/resources.js';

// Reads RIS the way reference managers do: records end at ER, each line is `TAG  - value`.
function readRIS(text: string): Record<string, string[]>[] {
  const records: Record<string, string[]>[] = [];
  let current: Record<string, string[]> = {};
  for (const line of text.split('\r\n')) {
    if (line === '') continue;
    const match = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    if (!match) throw new Error(`Not a RIS line: ${JSON.stringify(line)}`);
    const [, tag = '', value = ''] = match;
    if (tag === 'ER') {
      records.push(current);
      current = {};
    } else {
      (current[tag] ??= []).push(value);
    }
  }
  return records;
}

describe('toRIS', () => {
  it('writes one well-formed record per language version with CRLF line ends', () => {
    const text = toRIS(RESOURCES);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(readRIS(text).map((record) => [record.TY?.[0], record.ID?.[0]])).toEqual([
      ['RPRT', 'mercury-guidance_en'],
      ['RPRT', 'mercury-guidance_fr'],
      ['JOUR', 'gomez-formalization'],
      ['VIDEO', 'retort-video'],
    ]);
  });

  it('keeps corporate authors whole and accents, with a year-only date', () => {
    const [english, french] = readRIS(toRIS(CORPORATE));
    expect(english?.AU).toEqual(['Alliance for Responsible Mining']);
    expect(english?.PY).toEqual(['2019']);
    expect(english?.DA).toEqual(['2019///']);
    expect(english?.L1).toEqual(['https://www.example.org/files/guide-en.pdf']);
    expect(english?.KW).toEqual(expect.arrayContaining(['Côte d’Ivoire', 'retorts']));
    expect(french?.TI).toEqual(['Réduire l’utilisation du mercure dans l’EMAPE : guide pratique']);
    expect(french?.LA).toEqual(['fr']);
  });

  it('writes people as family, given and the journal details', () => {
    const [record] = readRIS(toRIS(ARTICLE));
    expect(record?.AU).toEqual(['Gómez, Kamila', 'van der Berg, Jan', 'Racionero Gómez, Blanca']);
    expect(record).toMatchObject({
      T2: ['Revista de Minería'],
      VL: ['12'],
      IS: ['3'],
      SP: ['45'],
      EP: ['67'],
    });
    expect(record?.DA).toEqual(['2021/03/15/']);
  });

  it('leaves out the date of an undated resource', () => {
    const [record] = readRIS(toRIS(UNDATED_VIDEO));
    expect(record?.PY).toBeUndefined();
    expect(record?.LA).toEqual(['pt-BR']);
  });
});
