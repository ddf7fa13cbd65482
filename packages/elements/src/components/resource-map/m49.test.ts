import { describe, expect, it } from 'vitest';
import atlas from 'world-atlas/countries-110m.json';
import { COUNTRY_CODES } from '@asm-kit/schema';
import { M49 } from './m49.js';

const features = (
  atlas as { objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } } }
).objects.countries.geometries;
const ids = new Set(features.flatMap((f) => (f.id ? [f.id] : [])));

describe('ISO 3166-1 alpha-2 to M49 (world-atlas feature ids)', () => {
  it('maps every feature of the atlas that has an id, once, from a code the schema accepts', () => {
    const mapped = [...M49.values()];
    expect(new Set(mapped).size).toBe(mapped.length);
    expect(new Set(mapped)).toEqual(ids);
    for (const code of M49.keys()) expect(COUNTRY_CODES).toContain(code);
  });

  it('maps only to ids that exist in the atlas, written with three digits', () => {
    for (const [code, id] of M49) {
      expect(id, code).toMatch(/^\d{3}$/);
      expect(ids.has(id), `${code} -> ${id}`).toBe(true);
    }
  });

  it('agrees with the names the atlas gives (spot checks across continents)', () => {
    const name = (code: string) => features.find((f) => f.id === M49.get(code))?.properties.name;
    expect(name('GH')).toBe('Ghana');
    expect(name('CI')).toBe("Côte d'Ivoire");
    expect(name('CD')).toBe('Dem. Rep. Congo');
    expect(name('CG')).toBe('Congo');
    expect(name('PE')).toBe('Peru');
    expect(name('MN')).toBe('Mongolia');
    expect(name('PG')).toBe('Papua New Guinea');
    expect(name('SS')).toBe('S. Sudan');
    expect(name('TW')).toBe('Taiwan');
  });

  it('leaves out the codes the 110m atlas does not draw (small islands) and those the schema lacks (Kosovo)', () => {
    expect(M49.has('SG')).toBe(false);
    expect(M49.has('XK')).toBe(false);
    // Somaliland, Northern Cyprus and Kosovo have no id in the atlas: they are drawn without results.
    expect(
      features
        .filter((f) => !f.id)
        .map((f) => f.properties.name)
        .sort(),
    ).toEqual(['Kosovo', 'N. Cyprus', 'Somaliland']);
  });
});
