import { readFileSync } from 'node:fs';
import CSL from 'citeproc';
import { describe, expect, it } from 'vitest';
import { toCsl } from './csl.js';
import type { CslItem } from './csl.js';
import { ARTICLE, CORPORATE, RESOURCES, UNDATED_VIDEO } from './testing/resources.js';

const style = readFileSync(new URL('./testing/apa-like.csl', import.meta.url), 'utf8');
const locale = readFileSync(new URL('./testing/locales-en-US.xml', import.meta.url), 'utf8');

function renderBibliography(items: CslItem[]): string[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const engine = new CSL.Engine(
    { retrieveLocale: () => locale, retrieveItem: (id: string) => byId.get(id) },
    style,
    'en-US',
  );
  engine.setOutputFormat('text');
  engine.updateItems(items.map((item) => item.id));
  const bibliography = engine.makeBibliography();
  if (!bibliography) throw new Error('citeproc made no bibliography');
  return bibliography[1].map((entry) => entry.trim());
}

describe('toCsl', () => {
  it('writes one item per language version, each with its own title and language', () => {
    const items = toCsl(CORPORATE);
    expect(items.map((item) => [item.id, item.language])).toEqual([
      ['mercury-guidance_en', 'en'],
      ['mercury-guidance_fr', 'fr'],
    ]);
    expect(items[1]?.title).toBe('Réduire l’utilisation du mercure dans l’EMAPE : guide pratique');
  });

  it('keeps the resource id as item id when there is one language version', () => {
    expect(toCsl(ARTICLE).map((item) => item.id)).toEqual(['gomez-formalization']);
  });

  it('writes a corporate author as a literal name and a year-only date as one date part', () => {
    const [item] = toCsl(CORPORATE);
    expect(item?.author).toEqual([{ literal: 'Alliance for Responsible Mining' }]);
    expect(item?.issued).toEqual({ 'date-parts': [[2019]] });
    expect(item?.publisher).toBe('United Nations Environment Programme');
  });

  it('splits personal names and keeps their particles and full dates', () => {
    const [item] = toCsl(ARTICLE);
    expect(item?.type).toBe('article-journal');
    expect(item?.author).toEqual([
      { given: 'Kamila', family: 'Gómez' },
      { given: 'Jan', 'non-dropping-particle': 'van der', family: 'Berg' },
      { given: 'Blanca', family: 'Racionero Gómez' },
    ]);
    expect(item?.issued).toEqual({ 'date-parts': [[2021, 3, 15]] });
    expect(item).toMatchObject({
      'container-title': 'Revista de Minería',
      volume: '12',
      issue: '3',
      page: '45-67',
    });
  });

  it('leaves out the date of an undated resource and links its file when it has no landing page', () => {
    const [item] = toCsl(UNDATED_VIDEO);
    expect(item?.issued).toBeUndefined();
    expect(item?.type).toBe('motion_picture');
    expect(item?.URL).toBe('https://videos.example.org/retorta.mp4');
  });

  it('is rendered by citeproc-js with corporate authors, accents and year-only dates intact', () => {
    const entries = renderBibliography(toCsl(RESOURCES));
    expect(entries).toHaveLength(4);
    const text = entries.join('\n');
    expect(text).toContain('Alliance for Responsible Mining. (2019). Reducing Mercury Use in ASGM');
    expect(text).toContain('Réduire l’utilisation du mercure');
    expect(text).toContain('Gómez, K., van der Berg, J., & Racionero Gómez, B. (2021)');
    expect(text).toMatch(/Revista de Minería, .*12, .*45-67/);
    expect(text).toContain('Como usar uma retorta');
    expect(text).toContain('(n.d.)');
  });
});
