// Test support only (not exported): a small hand-made catalogue and mounting helpers.
import axe from 'axe-core';
import { render, type TemplateResult } from 'lit';
import { vi } from 'vitest';
import { UI_LANGUAGES, type CatalogueInput, type ResourceInput } from '@asm-kit/schema';
import '../define/all.js';
import { loadMessages } from '../i18n/registry.js';

// The built-in languages other than English load on first use; loaded up front here, so a test of a French
// list checks French text at once (lazy-languages.test.ts checks the loading itself).
await Promise.all(UI_LANGUAGES.map((language) => loadMessages(language)));

const COUNTRIES = ['GH', 'BF', 'CO', 'PE', 'ID', 'PH', 'KE', 'MN', 'TZ', 'SN'];
const TYPES = ['report', 'guide', 'toolkit', 'case-study', 'video'];
const AREAS = ['mercury-reduction', 'formalization', 'gender', 'access-to-finance', 'health'];

/** 24 resources; the first few have hand-picked features the tests check. */
export function testResources(): ResourceInput[] {
  const list: ResourceInput[] = [
    {
      id: 'mercury-handbook',
      url: 'https://example.org/mercury-handbook',
      title: { en: 'Mercury-free gold processing handbook', fr: 'Manuel de traitement de l’or sans mercure' },
      summary: {
        en: 'A practical handbook for miners and extension officers on gravity concentration, direct smelting and the safe handling of concentrates, with worked examples from Ghana and Burkina Faso and a checklist for planning the move away from whole-ore amalgamation in small processing centres.',
        fr: 'Un manuel pratique pour les mineurs et les agents de vulgarisation sur la concentration gravimétrique, la fusion directe et la manipulation sûre des concentrés, avec des exemples concrets du Ghana et du Burkina Faso et une liste de contrôle pour abandonner l’amalgamation du minerai entier.',
      },
      type: 'guide',
      knowledgeAreas: ['mercury-free-technology', 'mercury-reduction'],
      languages: ['en', 'fr'],
      countries: ['GH', 'BF'],
      published: '2021-03-15',
      credit: 'Jane Doe - for the Example Programme',
      access: 'open',
      files: [
        {
          url: 'https://example.org/mercury-handbook-en.pdf',
          language: 'en',
          format: 'pdf',
          size: 2_400_000,
        },
        {
          url: 'https://example.org/mercury-handbook-fr.pdf',
          language: 'fr',
          format: 'pdf',
          size: 2_600_000,
          pages: 48,
        },
      ],
      organizations: [{ name: 'Example Programme', role: 'publisher' }],
    },
    {
      id: 'formalization-es',
      title: { es: 'Guía de formalización minera' },
      summary: { es: 'Pasos para la formalización de la minería artesanal en Colombia y Perú.' },
      type: 'report',
      knowledgeAreas: ['formalization'],
      languages: ['es'],
      countries: ['CO', 'PE'],
      published: '2019',
      authors: [{ name: 'Ana Pérez' }, { name: 'Luis Gómez' }],
      access: 'registration',
      files: [{ url: 'https://example.org/formalizacion.pdf', language: 'es', format: 'pdf' }],
      organizations: [{ name: 'Alliance for Responsible Mining', role: 'author' }],
    },
  ];
  for (let i = 0; i < 22; i++) {
    list.push({
      id: `resource-${i}`,
      url: `https://example.org/r/${i}`,
      title: { en: `Artisanal mining note ${i}` },
      summary: { en: `Short note number ${i} about artisanal and small-scale gold mining.` },
      type: TYPES[i % TYPES.length] ?? 'report',
      knowledgeAreas: [AREAS[i % AREAS.length] ?? 'gender'],
      languages: ['en'],
      countries: [COUNTRIES[i % COUNTRIES.length] ?? 'GH'],
      published: String(2010 + (i % 12)),
      organizations: [{ name: i % 2 ? 'planetGOLD' : 'UNEP', role: 'publisher' }],
    });
  }
  return list;
}

/** A record the schema rejects (a javascript: link), for the partial-data state. */
export function invalidResource(): Record<string, unknown> {
  return { id: 'Bad Id!', url: 'javascript:alert(1)', title: 'Broken', type: 'report' };
}

/** A valid catalogue of testResources(). */
export function testCatalogue(extra: Partial<CatalogueInput> = {}): CatalogueInput {
  return {
    schemaVersion: '1.0',
    name: 'Test library',
    defaultLanguage: 'en',
    resources: testResources(),
    ...extra,
  } as CatalogueInput;
}

/** A large catalogue (`count` generated notes with varied dates), for the preview of big catalogues. */
export function bigCatalogue(count: number): CatalogueInput {
  const resources: ResourceInput[] = [];
  for (let i = 0; i < count; i++) {
    resources.push({
      id: `big-${i}`,
      title: { en: `Field note ${i}` },
      type: TYPES[i % TYPES.length] ?? 'report',
      countries: [COUNTRIES[i % COUNTRIES.length] ?? 'GH'],
      // Many ties and some undated records, to check the preview keeps the index's order.
      ...(i % 7 ? { published: `${2000 + ((i * 37) % 25)}-${String(1 + (i % 12)).padStart(2, '0')}` } : {}),
    });
  }
  return { schemaVersion: '1.0', name: 'Big', defaultLanguage: 'en', resources } as CatalogueInput;
}

/** A blob: URL serving `value` as JSON (or raw text), so `src` can be tested without a server. */
export function blobUrl(value: unknown, raw = false): string {
  const body = raw ? String(value) : JSON.stringify(value);
  return URL.createObjectURL(new Blob([body], { type: 'application/json' }));
}

const mounted: HTMLElement[] = [];

/** Renders a template into a fresh container in the document and returns its first element child. */
export async function mount<T extends Element = HTMLElement>(
  template: TemplateResult,
  lang = 'en',
): Promise<T> {
  const container = document.createElement('main');
  container.lang = lang;
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  const el = container.firstElementChild as T;
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return el;
}

/** Removes everything `mount` added. */
export function cleanup(): void {
  for (const el of mounted.splice(0)) el.remove();
}

/** Waits until `check` passes (it retries while it throws). */
export function until(check: () => void | Promise<void>, timeout = 4000): Promise<void> {
  return vi.waitFor(check, { timeout, interval: 20 });
}

/** Shadow-DOM query helper: `$(el, 'sel')` inside el's shadow root. */
export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in <${el.localName}>`);
  return found;
}

/** All matches inside el's shadow root. */
export function $$<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...(el.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** Visible text of an element's shadow root (whitespace collapsed). */
export function text(el: Element): string {
  return (el.shadowRoot?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Runs axe-core (WCAG 2.2 A/AA rules) on an element and returns the violations, shadow roots included. */
export async function axeViolations(el: Element): Promise<string[]> {
  const results = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  return results.violations.map(
    (v) => `${v.id}: ${v.help} -> ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`,
  );
}
