import { readFileSync } from 'node:fs';
import { parse } from '@retorquere/bibtex-parser';
import { DOMParser } from '@xmldom/xmldom';
import { parseCatalogue, UI_LANGUAGES } from '@asm-kit/schema';
import CSL from 'citeproc';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { formatCitation, toAtom, toBibTeX, toCsl, toJsonLd, toRIS } from './index.js';

// The demo catalogue: 42 real resources with every kind of messiness the field has.
const { catalogue } = parseCatalogue(
  JSON.parse(readFileSync(new URL('../../../fixtures/demo-catalogue.json', import.meta.url), 'utf8')),
  { strict: true },
);
const versions = catalogue.resources.reduce(
  (sum, resource) => sum + Math.max(1, resource.languages.length),
  0,
);

describe('the demo catalogue', () => {
  it('is rendered by citeproc-js, one entry per language version', () => {
    const items = toCsl(catalogue.resources);
    const byId = new Map(items.map((item) => [item.id, item]));
    const engine = new CSL.Engine(
      {
        retrieveLocale: () => readFileSync(new URL('./testing/locales-en-US.xml', import.meta.url), 'utf8'),
        retrieveItem: (id: string) => byId.get(id),
      },
      readFileSync(new URL('./testing/apa-like.csl', import.meta.url), 'utf8'),
      'en-US',
    );
    engine.setOutputFormat('text');
    engine.updateItems([...byId.keys()]);
    const bibliography = engine.makeBibliography();
    expect(bibliography && bibliography[1]).toHaveLength(versions);
  });

  it('parses as BibTeX without errors, with unique keys', () => {
    const library = parse(toBibTeX(catalogue.resources), { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(new Set(library.entries.map((entry) => entry.key)).size).toBe(versions);
  });

  it('writes one RIS record per language version', () => {
    expect(toRIS(catalogue.resources).match(/^ER {2}- $/gm)).toHaveLength(versions);
  });

  it('expands as JSON-LD', async () => {
    const context = JSON.parse(
      readFileSync(new URL('./testing/schema-org-context.json', import.meta.url), 'utf8'),
    );
    const expanded = await jsonld.expand(toJsonLd(catalogue.resources, { catalogue }), {
      documentLoader: async (url) => ({ contextUrl: null, document: context, documentUrl: url }),
    });
    expect(expanded).toHaveLength(1);
  });

  it('makes a well-formed Atom feed', () => {
    const errors: string[] = [];
    new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(
      toAtom(catalogue, { feedUrl: 'https://example.org/feed.xml', siteUrl: 'https://example.org/' }),
      'application/xml',
    );
    expect(errors).toEqual([]);
  });

  it('has a citation for every resource in every UI language', () => {
    for (const language of UI_LANGUAGES) {
      for (const resource of catalogue.resources) {
        expect(formatCitation(resource, language)).toMatch(/\(\d{4}|s\.d\.|s\.f\.|n\.d\.|t\.t\.\)/);
      }
    }
  });
});
