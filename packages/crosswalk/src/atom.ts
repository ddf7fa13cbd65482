import { termLabel } from '@asm-kit/schema';
import type { Catalogue, Resource } from '@asm-kit/schema';
import { cslAuthors, organizationNames } from './csl.js';
import { dateParts, rfc3339 } from './internal/dates.js';
import { mediaType } from './internal/languages.js';
import { pickText, textIn } from './internal/text.js';
import { escapeXml } from './internal/xml.js';
import { familyWithParticle } from './names.js';

/** Options of {@link toAtom}. */
export interface AtomOptions {
  /** Absolute URL the feed is served from (its `self` link and its id). */
  feedUrl: string;
  /** Absolute URL of the library page; entry ids are `siteUrl#resource-id`, stable as long as it is. */
  siteUrl: string;
  /** Number of newest resources in the feed; 20 by default. */
  limit?: number;
  /** Language of titles and summaries (BCP 47); the catalogue's default language by default. */
  language?: string;
  /** Timestamp of the feed when the catalogue has no `updated` date and no resource is dated. */
  now?: Date;
}

// Sort key: resources with a fuller date in the same period come first; undated resources last.
function dateKey(resource: Resource): string {
  const parts = dateParts(resource.published);
  if (!parts) return '';
  return `${String(parts.year).padStart(4, '0')}-${String(parts.month ?? 0).padStart(2, '0')}-${String(parts.day ?? 0).padStart(2, '0')}`;
}

/** The `limit` newest resources, newest first; ties keep catalogue order. */
export function newestResources(resources: readonly Resource[], limit: number): Resource[] {
  return resources
    .map((resource, index) => ({ resource, index, key: dateKey(resource) }))
    .sort((a, b) => (a.key === b.key ? a.index - b.index : a.key < b.key ? 1 : -1))
    .slice(0, Math.max(0, limit))
    .map(({ resource }) => resource);
}

function personName(name: ReturnType<typeof cslAuthors>[number]): string {
  if (name.literal !== undefined) return name.literal;
  return [name.given, familyWithParticle(name), name.suffix].filter(Boolean).join(' ');
}

function entry(resource: Resource, options: AtomOptions, catalogue: Catalogue, fallbackDate: string): string {
  const language = options.language ?? catalogue.defaultLanguage;
  const lines: string[] = [];
  const id = new URL(`#${encodeURIComponent(resource.id)}`, options.siteUrl).href;
  // Text in another language than the feed's (no version in it) says so, for readers and screen readers.
  const lang = (picked: { language: string } | undefined) =>
    picked && picked.language !== language ? ` xml:lang="${escapeXml(picked.language)}"` : '';
  const title = pickText(resource.title, language);
  lines.push(
    `    <id>${escapeXml(id)}</id>`,
    `    <title type="text"${lang(title)}>${escapeXml(title?.value ?? resource.id)}</title>`,
  );
  const date = resource.published ? rfc3339(resource.published) : undefined;
  if (date) lines.push(`    <published>${date}</published>`);
  lines.push(`    <updated>${date ?? fallbackDate}</updated>`);
  const authors = cslAuthors(resource).map(personName);
  const names = authors.length > 0 ? authors : organizationNames(resource, 'publisher');
  for (const name of names) lines.push(`    <author><name>${escapeXml(name)}</name></author>`);
  // An entry without content needs an alternate link (RFC 4287 4.1.2): the landing page, else the entry's
  // place in the library.
  lines.push(`    <link rel="alternate" type="text/html" href="${escapeXml(resource.url ?? id)}"/>`);
  for (const file of resource.files) {
    const type = mediaType(file.format);
    const attributes = [
      `rel="enclosure"`,
      `href="${escapeXml(file.url)}"`,
      `hreflang="${escapeXml(file.language)}"`,
      type ? `type="${escapeXml(type)}"` : '',
      file.size !== undefined ? `length="${file.size}"` : '',
    ].filter(Boolean);
    lines.push(`    <link ${attributes.join(' ')}/>`);
  }
  for (const area of resource.knowledgeAreas) {
    const label = termLabel('knowledgeAreas', area, language, catalogue.extraTerms);
    lines.push(`    <category term="${escapeXml(area)}" label="${escapeXml(label)}"/>`);
  }
  const summary = pickText(resource.summary, language);
  if (summary) lines.push(`    <summary type="text"${lang(summary)}>${escapeXml(summary.value)}</summary>`);
  if (resource.license) lines.push(`    <rights type="text">${escapeXml(resource.license)}</rights>`);
  return `  <entry>\n${lines.join('\n')}\n  </entry>`;
}

/**
 * Atom 1.0 feed of the newest resources of a catalogue, as an XML string: text escaped, characters XML cannot
 * hold dropped, dates in RFC 3339 (a year-only date becomes 1 January of that year).
 * @example writeFile('feed.xml', toAtom(catalogue, { feedUrl: 'https://x.org/feed.xml', siteUrl: 'https://x.org/library' }))
 */
export function toAtom(catalogue: Catalogue, options: AtomOptions): string {
  const language = options.language ?? catalogue.defaultLanguage;
  const newest = newestResources(catalogue.resources, options.limit ?? 20);
  const entryDates = newest.map((resource) => (resource.published ? rfc3339(resource.published) : undefined));
  const updated =
    (catalogue.updated ? rfc3339(catalogue.updated) : undefined) ??
    entryDates.find((date) => date !== undefined) ??
    (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const name = textIn(catalogue.name, language) ?? '';
  const author = catalogue.publisher ?? name;
  const head = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(language)}">`,
    `  <id>${escapeXml(options.feedUrl)}</id>`,
    `  <title type="text">${escapeXml(name)}</title>`,
    `  <updated>${updated}</updated>`,
    // A feed-level author makes entries without their own author valid Atom.
    `  <author><name>${escapeXml(author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(options.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(options.siteUrl)}"/>`,
    `  <generator>asm-kit</generator>`,
  ];
  const entries = newest.map((resource) => entry(resource, options, catalogue, updated));
  return `${[...head, ...entries, '</feed>'].join('\n')}\n`;
}
