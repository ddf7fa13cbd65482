import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VOCABULARIES, parseCatalogue } from '@asm-kit/schema';
import type { Resource } from '@asm-kit/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../testing/cli-runner.js';

// Round trips on the 42 real resources of the demo catalogue: `asm-kit export` writes a format, `asm-kit
// import` reads it back, and every field that format carries must come back as it was. Dublin Core has no
// export: a small writer below produces oai_dc records in the shape DSpace serves them.

const DEMO = fileURLToPath(new URL('../../../../fixtures/demo-catalogue.json', import.meta.url));
const demo = parseCatalogue(JSON.parse(readFileSync(DEMO, 'utf8')), { strict: true }).catalogue;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'asm-kit-import-rt-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Exports the demo catalogue in `format`, imports it back, and returns the parsed (strict) catalogue. */
async function roundTrip(format: string, extension: string): Promise<Resource[]> {
  const exported = join(dir, `demo.${extension}`);
  const imported = join(dir, `back-${extension}.json`);
  const exportRun = await runCli(['export', DEMO, '--format', format, '-o', exported]);
  expect(exportRun.code).toBe(0);
  return importFile(exported, imported);
}

async function importFile(input: string, output: string): Promise<Resource[]> {
  const result = await runCli(['import', input, '-o', output]);
  expect(result.stderr).not.toMatch(/skipped/);
  expect(result.code).toBe(0);
  return parseCatalogue(JSON.parse(readFileSync(output, 'utf8')), { strict: true }).catalogue.resources;
}

/** A text in one language version, as the crosswalk picks it (the language's own, else the first). */
function textIn(text: Readonly<Record<string, string>> | undefined, language: string): string | undefined {
  if (!text) return undefined;
  return text[language] ?? Object.values(text)[0];
}

/** What citation formats carry of every resource, in the catalogue's terms. */
function citationFields(resource: Resource, options: Carried) {
  const people = resource.authors.map((author) => author.name);
  const fields: Record<string, unknown> = {
    type: resource.type,
    languages: resource.languages,
    title: Object.fromEntries(resource.languages.map((l) => [l, textIn(resource.title, l)])),
    summary: resource.summary
      ? Object.fromEntries(resource.languages.map((l) => [l, textIn(resource.summary, l)]))
      : undefined,
    authors: people,
    // Organizations are only written as authors when no person is named.
    corporate:
      people.length > 0 ? [] : resource.organizations.filter((o) => o.role === 'author').map((o) => o.name),
    // One CSL `publisher`: the container's when there is one, else the publishing organizations. Read back,
    // it goes to the container when there is one.
    publishers: resource.container?.publisher
      ? [resource.container.publisher]
      : resource.organizations.filter((o) => o.role === 'publisher').map((o) => o.name),
    published: resource.published,
    container: resource.container ? { ...resource.container, publisher: undefined } : undefined,
    series: resource.series,
    doi: resource.identifiers.doi,
    isbn: resource.identifiers.isbn ?? [],
    knowledgeAreas: resource.knowledgeAreas,
    keywords: resource.keywords,
    version: resource.version,
    license: resource.license,
  };
  if (resource.url) fields.url = resource.url;
  if (options.countries) fields.countries = resource.countries;
  if (options.files) fields.files = resource.files.map((file) => file.url);
  if (options.access) fields.access = resource.access === 'open' ? undefined : resource.access;
  // @retorquere/bibtex-parser gives keywords in alphabetical order: the order is not carried.
  if (options.sorted)
    for (const key of ['keywords', 'knowledgeAreas', 'countries'] as const)
      fields[key] = [...((fields[key] as string[] | undefined) ?? resource[key])].sort();
  return fields;
}

type Carried = { countries: boolean; files: boolean; access: boolean; sorted: boolean };

function importedFields(resource: Resource, options: Carried, original: Resource) {
  const fields = citationFields(resource, options);
  const container = resource.container;
  if (container?.publisher) fields.publishers = [container.publisher];
  // The imported resource has no person-less organizations of its own to drop; compare what was written.
  fields.corporate = resource.organizations.filter((o) => o.role === 'author').map((o) => o.name);
  if (!original.url) delete fields.url;
  if (options.access && resource.access === 'open') fields.access = undefined;
  return fields;
}

describe.each([
  ['csl-json', 'json', { countries: false, files: false, access: false, sorted: false }],
  ['bibtex', 'bib', { countries: true, files: false, access: true, sorted: true }],
  ['ris', 'ris', { countries: true, files: true, access: false, sorted: false }],
] as const)('export --format %s, then import', (format, extension, options) => {
  let back: Resource[];
  beforeAll(async () => {
    back = await roundTrip(format, extension);
  });

  it('gives back one resource per resource, language versions put together', () => {
    expect(back).toHaveLength(demo.resources.length);
  });

  it.each(demo.resources.map((resource, index) => [resource.id, index] as const))(
    'keeps every field the format carries of %s',
    (_id, index) => {
      const original = demo.resources[index]!;
      expect(importedFields(back[index]!, options, original)).toEqual(citationFields(original, options));
    },
  );
});

// ---------------------------------------------------------------------------------------------------------
// Dublin Core: a writer in the shape of DSpace's oai_dc crosswalk (one dc:title, dc:creator per author,
// dc:subject per keyword, dc:date, dc:type, dc:identifier for links and ids, dc:language, dc:rights).

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function toOaiDc(resource: Resource, index: number): string {
  const language = resource.languages[0] ?? 'en';
  const element = (name: string, value: string | undefined) =>
    value === undefined ? '' : `\n        <dc:${name}>${xml(value)}</dc:${name}>`;
  const creators = [
    ...resource.authors.map((author) => author.name),
    ...resource.organizations.filter((o) => o.role === 'author').map((o) => o.name),
  ];
  const identifiers = [
    resource.url,
    resource.identifiers.doi ? `https://doi.org/${resource.identifiers.doi}` : undefined,
    resource.identifiers.handle ? `http://hdl.handle.net/${resource.identifiers.handle}` : undefined,
    ...(resource.identifiers.isbn ?? []).map((isbn) => `ISBN ${isbn}`),
  ];
  return `
  <record>
    <header>
      <identifier>oai:repository.example.org:123456789/${index + 1}</identifier>
      <datestamp>2024-03-01T10:00:00Z</datestamp>
      <setSpec>com_123456789_1</setSpec>
    </header>
    <metadata>
      <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">${element(
        'title',
        textIn(resource.title, language),
      )}${creators.map((name) => element('creator', name)).join('')}${[
        ...resource.knowledgeAreas.map((area) => VOCABULARIES.knowledgeAreas[area]!.en),
        ...resource.keywords,
      ]
        .map((subject) => element('subject', subject))
        .join('')}${element('description', textIn(resource.summary, language))}${resource.organizations
        .filter((o) => o.role === 'publisher')
        .map((o) => element('publisher', o.name))
        .join('')}${element('date', '2024-03-01T10:00:00Z')}${element('date', resource.published)}${element(
        'type',
        VOCABULARIES.resourceTypes[resource.type]!.en,
      )}${identifiers.map((id) => element('identifier', id)).join('')}${resource.languages
        .map((tag) => element('language', tag))
        .join('')}${resource.countries.map((code) => element('coverage', code)).join('')}${element(
        'rights',
        resource.license,
      )}
      </oai_dc:dc>
    </metadata>
  </record>`;
}

describe('Dublin Core (oai_dc written as DSpace does), then import', () => {
  let back: Resource[];
  beforeAll(async () => {
    const file = join(dir, 'demo-oai.xml');
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8"?>
<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
<responseDate>2024-03-01T10:00:00Z</responseDate>
<request verb="ListRecords" metadataPrefix="oai_dc">https://repository.example.org/oai/request</request>
<ListRecords>${demo.resources.map(toOaiDc).join('')}
</ListRecords>
</OAI-PMH>
`,
    );
    back = await importFile(file, join(dir, 'back-dc.json'));
  });

  it.each(demo.resources.map((resource, index) => [resource.id, index] as const))(
    'keeps every field oai_dc carries of %s',
    (_id, index) => {
      const original = demo.resources[index]!;
      const imported = back[index]!;
      const language = original.languages[0] ?? 'en';
      const names = (resource: Resource) =>
        [
          ...resource.authors.map((a) => a.name),
          ...resource.organizations.filter((o) => o.role === 'author').map((o) => o.name),
        ].sort();
      expect({
        type: imported.type,
        title: imported.title[language],
        summary: imported.summary?.[language],
        creators: names(imported),
        publishers: imported.organizations.filter((o) => o.role === 'publisher').map((o) => o.name),
        published: imported.published,
        languages: imported.languages,
        url: imported.url,
        identifiers: imported.identifiers,
        knowledgeAreas: imported.knowledgeAreas,
        keywords: imported.keywords,
        countries: imported.countries,
        license: imported.license,
      }).toEqual({
        type: original.type,
        title: textIn(original.title, language),
        summary: textIn(original.summary, language),
        creators: names(original),
        publishers: original.organizations.filter((o) => o.role === 'publisher').map((o) => o.name),
        published: original.published,
        languages: original.languages,
        url:
          original.url ??
          (original.identifiers.handle ? `http://hdl.handle.net/${original.identifiers.handle}` : undefined),
        identifiers: original.identifiers,
        knowledgeAreas: original.knowledgeAreas,
        keywords: original.keywords,
        countries: original.countries,
        license: original.license,
      });
    },
  );
});
