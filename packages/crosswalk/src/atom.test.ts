import { DOMParser } from '@xmldom/xmldom';
import type { Catalogue } from '@asm-kit/schema';
import { describe, expect, it } from 'vitest';
import { newestResources, toAtom } from './atom.js';
import { ARTICLE, CORPORATE, RESOURCES, UNDATED_VIDEO } from './testing/resources.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const catalogue: Catalogue = {
  schemaVersion: '1.0',
  name: { en: 'ASM <Library> & Co', fr: 'Bibliothèque EMAPE' },
  defaultLanguage: 'en',
  publisher: 'planetGOLD',
  resources: RESOURCES,
};
const options = { feedUrl: 'https://example.org/feed.xml', siteUrl: 'https://example.org/library' };

function parseXml(xml: string) {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => {
      errors.push(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
  return { document, errors };
}

const texts = (
  parent: { getElementsByTagNameNS(ns: string, name: string): ArrayLike<{ textContent: string | null }> },
  name: string,
) => Array.from(parent.getElementsByTagNameNS(ATOM, name)).map((node) => node.textContent);

describe('toAtom', () => {
  it('is well-formed XML in the Atom namespace, newest resource first', () => {
    const { document, errors } = parseXml(toAtom(catalogue, options));
    expect(errors).toEqual([]);
    expect(document.documentElement?.namespaceURI).toBe(ATOM);
    const entries = Array.from(document.getElementsByTagNameNS(ATOM, 'entry'));
    expect(entries.map((entry) => texts(entry, 'id')[0])).toEqual([
      'https://example.org/library#gomez-formalization',
      'https://example.org/library#mercury-guidance',
      'https://example.org/library#retort-video',
    ]);
  });

  it('escapes text and keeps accents, corporate authors and year-only dates as RFC 3339', () => {
    const { document } = parseXml(toAtom(catalogue, { ...options, language: 'fr' }));
    expect(texts(document, 'title')[0]).toBe('Bibliothèque EMAPE');
    const [article, guide, video] = Array.from(document.getElementsByTagNameNS(ATOM, 'entry'));
    expect(texts(guide!, 'title')).toEqual([
      'Réduire l’utilisation du mercure dans l’EMAPE : guide pratique',
    ]);
    expect(texts(guide!, 'name')).toEqual(['Alliance for Responsible Mining']);
    expect(texts(guide!, 'published')).toEqual(['2019-01-01T00:00:00Z']);
    expect(texts(article!, 'name')).toEqual(['Kamila Gómez', 'Jan van der Berg', 'Blanca Racionero Gómez']);
    expect(texts(article!, 'updated')).toEqual(['2021-03-15T00:00:00Z']);
    expect(texts(video!, 'published')).toEqual([]);
    const videoTitle = video!.getElementsByTagNameNS(ATOM, 'title')[0];
    expect(videoTitle?.getAttribute('xml:lang')).toBe('pt');
    expect(texts(document, 'updated')[0]).toBe('2021-03-15T00:00:00Z');
  });

  it('gives every entry an alternate link, the library page when the resource has no landing page', () => {
    const { document } = parseXml(toAtom(catalogue, options));
    const links = Array.from(document.getElementsByTagNameNS(ATOM, 'entry')).map((entry) =>
      Array.from(entry.getElementsByTagNameNS(ATOM, 'link'))
        .filter((link) => link.getAttribute('rel') === 'alternate')
        .map((link) => link.getAttribute('href')),
    );
    expect(links).toEqual([
      ['https://example.org/library#gomez-formalization'],
      ['https://www.example.org/mercury-guidance'],
      ['https://example.org/library#retort-video'],
    ]);
  });

  it('escapes markup in titles and summaries', () => {
    const xml = toAtom(catalogue, options);
    expect(xml).toContain('<title type="text">ASM &lt;Library&gt; &amp; Co</title>');
    const { document } = parseXml(xml);
    expect(texts(document, 'summary')).toContain('How miners cut mercury <safely>.');
  });

  it('drops characters XML cannot hold', () => {
    const broken = { ...ARTICLE, title: { es: 'Bad\u0001 control\uD800 chars' } };
    const { errors, document } = parseXml(toAtom({ ...catalogue, resources: [broken] }, options));
    expect(errors).toEqual([]);
    expect(texts(document.getElementsByTagNameNS(ATOM, 'entry')[0]!, 'title')).toEqual(['Bad control chars']);
  });

  it('limits the feed to the newest resources', () => {
    expect(newestResources([UNDATED_VIDEO, CORPORATE, ARTICLE], 2)).toEqual([ARTICLE, CORPORATE]);
    const { document } = parseXml(toAtom(catalogue, { ...options, limit: 1 }));
    expect(document.getElementsByTagNameNS(ATOM, 'entry')).toHaveLength(1);
  });
});
