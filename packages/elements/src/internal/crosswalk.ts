/**
 * The crosswalk work of the elements (citation formats, JSON-LD), kept in its own module: the elements reach it
 * only through `import()` (this module, or the Cite panel's view that uses it), so `@asm-kit/crosswalk` stays out
 * of the code a page loads on view and is fetched (as one lazy chunk in the CDN build) when a visitor first opens
 * "Cite" or a list asks for structured data.
 */
import { formatCitation, toBibTeX, toJsonLd, toRIS, type JsonLdOptions } from '@asm-kit/crosswalk';
import type { ExtraTerms, Resource } from '@asm-kit/schema';

/** What the Cite panel of one resource shows and offers. */
export interface CiteFormats {
  /** APA-like citation in the UI language. */
  text: string;
  bibtex: string;
  ris: string;
}

/** The formatted citation (words in `language`) and the BibTeX and RIS files of a resource. */
export function citeFormats(resource: Resource, language: string, extraTerms?: ExtraTerms): CiteFormats {
  const options = { extraTerms };
  return {
    text: formatCitation(resource, language, options),
    bibtex: toBibTeX(resource, options),
    ris: toRIS(resource, options),
  };
}

/**
 * schema.org JSON-LD for the resources on screen, as the text of a `<script type="application/ld+json">`.
 * Every '<' is written as \u003c (same JSON value), so no data can close the script element or open a comment.
 */
export function jsonLdText(resources: readonly Resource[], options: JsonLdOptions): string {
  return JSON.stringify(toJsonLd(resources, options)).replace(/</g, '\\u003c');
}

/**
 * The files the elements offer for download (a resource's citation from "Cite", the results from "Download these
 * results"): each format's MIME type and file extension, in one place.
 */
export const FILE_TYPES = {
  ris: { type: 'application/x-research-info-systems', extension: 'ris' },
  bibtex: { type: 'application/x-bibtex', extension: 'bib' },
  csl: { type: 'application/vnd.citationstyles.csl+json', extension: 'json' },
  csv: { type: 'text/csv', extension: 'csv' },
} as const;

/** A file format the elements write. */
export type FileFormat = keyof typeof FILE_TYPES;
