import { firstNewest } from '@asm-kit/query';
import { checkResources, type ExtraTerms, type Resource } from '@asm-kit/schema';
import { PREVIEW_FROM } from './shared-catalogue.js';

/**
 * The first page of a large raw catalogue in the index's default order (newest first, the order
 * `@asm-kit/query` defines), checked on its own, so it can be painted before the whole catalogue is checked and
 * indexed. The real results then replace it in the same cards, in the same order. Undefined for a small catalogue
 * or anything that is not one.
 */
export function previewPage(input: unknown, pageSize: number): Resource[] | undefined {
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
      firstNewest(dates, pageSize * 2).map((i) => raw[i]),
      {
        defaultLanguage:
          typeof catalogue?.defaultLanguage === 'string' ? catalogue.defaultLanguage : undefined,
        extraTerms: catalogue?.extraTerms as ExtraTerms | undefined,
      },
    );
    return resources.slice(0, pageSize);
  } catch {
    return undefined;
  }
}
