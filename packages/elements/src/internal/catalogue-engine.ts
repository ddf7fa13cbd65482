/**
 * Checking and indexing a catalogue: the heavy part of loading one. It runs in the index worker for a large
 * catalogue, or on the page's main thread in steps (a lazy chunk of the CDN build, so the entry does not carry
 * the checker or the indexer). Everything it returns but the index is plain data a worker can post.
 */
import { MAX_PAGE_SIZE, createIndexInSteps, firstNewest, type SearchIndex } from '@asm-kit/query';
import {
  checkCatalogueInSteps,
  checkResources,
  checkResourcesInSteps,
  type Catalogue,
  type CatalogueProblem,
  type ExtraTerms,
  type Resource,
} from '@asm-kit/schema';
import { linkTable, type LinkTable } from '../components/resource-card/link-table.js';

/** Catalogues from this many records get a preview: their first page is shown before the whole is indexed. */
export const PREVIEW_FROM = 500;

/** A checked catalogue, as the page sees it (the index stays where it was built). */
export interface CatalogueFacts {
  /** Records indexed. */
  count: number;
  /** Name, publisher, language and terms of the catalogue (absent for a bare list of resources). */
  info?: Pick<Catalogue, 'name' | 'publisher' | 'defaultLanguage' | 'extraTerms'>;
  extraTerms?: ExtraTerms;
  problems: readonly CatalogueProblem[];
  /** Records left out because they were invalid. */
  skipped: number;
  /** Links between records, when some record links to another. */
  links?: LinkTable;
}

/** Whether parsed JSON is a catalogue (an object with a list of resources): `[]`, `42` or `null` are a wrong file. */
export function isCatalogueShaped(json: unknown): boolean {
  return (
    typeof json === 'object' &&
    json !== null &&
    !Array.isArray(json) &&
    Array.isArray((json as { resources?: unknown }).resources)
  );
}

/**
 * The first page (up to the largest page size) of a large raw catalogue or list in the index's default order
 * (newest first, as `@asm-kit/query` defines it), checked on its own, so it can be painted before the whole is
 * checked and indexed. The real results then replace it in the same cards, in the same order. Undefined for a
 * small catalogue or anything that is not one.
 */
export function previewOf(input: unknown): Resource[] | undefined {
  const catalogue = (Array.isArray(input) ? { resources: input } : input) as {
    resources?: unknown;
    defaultLanguage?: unknown;
    extraTerms?: unknown;
  } | null;
  const raw = catalogue?.resources;
  if (!Array.isArray(raw) || raw.length < PREVIEW_FROM) return undefined;
  try {
    const dates = raw.map((r: { published?: unknown } | null) =>
      typeof r?.published === 'string' ? r.published : undefined,
    );
    // Twice a page, so records the check rejects still leave a full page.
    const { resources } = checkResources(
      firstNewest(dates, MAX_PAGE_SIZE * 2).map((i) => raw[i]),
      {
        defaultLanguage:
          typeof catalogue?.defaultLanguage === 'string' ? catalogue.defaultLanguage : undefined,
        extraTerms: catalogue?.extraTerms as ExtraTerms | undefined,
      },
    );
    return resources.slice(0, MAX_PAGE_SIZE);
  } catch {
    return undefined;
  }
}

/**
 * Checks and indexes a catalogue (an object with `resources`) or a bare list of resources, pausing (yielding)
 * every few hundred records: a worker runs it through, the main thread resumes it between frames.
 */
export function* prepareInSteps(
  input: unknown,
): Generator<void, { index: SearchIndex; facts: CatalogueFacts }> {
  if (Array.isArray(input)) {
    const { resources, problems } = yield* checkResourcesInSteps(input);
    yield;
    const index = yield* createIndexInSteps(resources);
    const facts: CatalogueFacts = { count: index.size, problems, skipped: input.length - resources.length };
    const links = linkTable(resources);
    if (links) facts.links = links;
    return { index, facts };
  }
  const { catalogue, problems } = yield* checkCatalogueInSteps(input);
  const { name, publisher, defaultLanguage, extraTerms } = catalogue;
  yield;
  const index = yield* createIndexInSteps(catalogue, { extraTerms });
  const raw = (input as { resources?: unknown } | null)?.resources;
  const facts: CatalogueFacts = {
    count: index.size,
    info: { name, publisher, defaultLanguage, extraTerms },
    extraTerms,
    problems,
    skipped: Math.max(0, (Array.isArray(raw) ? raw.length : 0) - catalogue.resources.length),
  };
  const links = linkTable(catalogue.resources);
  if (links) facts.links = links;
  return { index, facts };
}
