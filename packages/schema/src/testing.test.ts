import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { checkCatalogue } from './check.js';
import { formatIssue } from './issues.js';
import { parseCatalogue, parseResources } from './parse.js';
import { ResourceDocumentSchema, ResourceSchema } from './resource.js';
import { makeResource, minimalResource } from './testing.js';

/** The JSON Schema of a resource as written: every field, nested ones included, with its properties. */
const RESOURCE_JSON_SCHEMA = z.toJSONSchema(ResourceDocumentSchema, { io: 'input' });

interface JsonSchemaNode {
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
}

/** Paths of the fields `schema` declares that `value` leaves out, and of its lists that are empty. */
function missingFields(schema: JsonSchemaNode, value: unknown, path = ''): string[] {
  if (schema.properties) {
    const object = value as Record<string, unknown>;
    return Object.entries(schema.properties).flatMap(([key, child]) =>
      object[key] === undefined ? [`${path}.${key}`] : missingFields(child, object[key], `${path}.${key}`),
    );
  }
  if (schema.items) {
    const list = value as unknown[];
    if (list.length === 0) return [`${path}[]`];
    return list.flatMap((item, i) => missingFields(schema.items!, item, `${path}[${i}]`));
  }
  return [];
}

describe('makeResource', () => {
  it('fills every field of the model, down to the fields of files, authors and identifiers', () => {
    expect(missingFields(RESOURCE_JSON_SCHEMA as JsonSchemaNode, makeResource())).toEqual([]);
  });

  it('is accepted by parseCatalogue without an issue and read back unchanged', () => {
    const resources = [makeResource(), makeResource()];
    const { catalogue, issues } = parseCatalogue({ name: 'Test library', resources });
    expect(issues.map(formatIssue)).toEqual([]);
    expect(catalogue.resources).toEqual(resources);
    expect(checkCatalogue({ name: 'Test library', resources }).problems).toEqual([]);
  });

  it('is accepted by the zod schema too, unchanged', () => {
    const resource = makeResource();
    expect(ResourceSchema.parse(resource)).toEqual(resource);
  });

  it('gives each call its own id and its own objects', () => {
    const first = makeResource();
    const second = makeResource();
    expect(first.id).not.toBe(second.id);
    expect(first.files).not.toBe(second.files);
    expect(first.identifiers).not.toBe(second.identifiers);
    first.keywords.push('retorts');
    expect(second.keywords).not.toContain('retorts');
  });

  it('applies the overrides, and leaves out an optional field overridden with undefined', () => {
    const resource = makeResource({ id: 'gold-guide', type: 'guide', countries: ['PE'], summary: undefined });
    expect(resource).toMatchObject({ id: 'gold-guide', type: 'guide', countries: ['PE'] });
    expect(resource.url).toBe('https://www.example.org/resources/gold-guide');
    expect('summary' in resource).toBe(false);
    expect(parseResources([resource]).issues).toEqual([]);
  });
});

describe('minimalResource', () => {
  it('is what parsing gives for a record with only id, title and type', () => {
    const sparse = { id: 'mercury-guide', title: { en: 'Mercury guide' }, type: 'guide' };
    const { resources, issues } = parseResources([sparse]);
    expect(issues).toEqual([]);
    expect(minimalResource(sparse)).toEqual(resources[0]);
  });

  it('defaults the title to the id and the type to report, with an id unique per call', () => {
    const first = minimalResource();
    const second = minimalResource();
    expect(first.id).not.toBe(second.id);
    expect(first.title).toEqual({ en: first.id });
    expect(first.type).toBe('report');
    expect(parseResources([first, second]).issues).toEqual([]);
  });

  it('keeps the required fields when they are overridden with undefined', () => {
    const resource = minimalResource({ id: 'a', title: undefined, countries: ['GH'] });
    expect(resource).toEqual({ ...minimalResource({ id: 'a' }), countries: ['GH'] });
  });
});
