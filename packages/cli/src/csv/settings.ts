import type { Catalogue } from '@asm-kit/schema';
import { closestMatch } from '@asm-kit/schema';
import { canonicalTag } from '../internal/language.js';

/** The catalogue's own fields (everything but the resources), written as `#key,value` rows in a CSV. */
export type CatalogueMeta = Omit<Catalogue, 'resources'>;

/** The `#key,value` rows that carry the catalogue's own fields in a CSV file. */
export function metaRows(meta: Partial<CatalogueMeta>): string[][] {
  const rows: string[][] = [['#schemaVersion', meta.schemaVersion ?? '1.0']];
  for (const [language, value] of Object.entries(meta.name ?? {})) rows.push([`#name.${language}`, value]);
  if (meta.publisher !== undefined) rows.push(['#publisher', meta.publisher]);
  if (meta.defaultLanguage !== undefined) rows.push(['#defaultLanguage', meta.defaultLanguage]);
  if (meta.updated !== undefined) rows.push(['#updated', meta.updated]);
  for (const [vocabulary, terms] of Object.entries(meta.extraTerms ?? {})) {
    for (const [slug, labels] of Object.entries(terms ?? {})) {
      for (const [language, label] of Object.entries(labels ?? {})) {
        if (label !== undefined) rows.push([`#extraTerms.${vocabulary}.${slug}.${language}`, label]);
      }
    }
  }
  return rows;
}

/** Applies one `#key,value` row to the catalogue settings; returns a message when the key is unknown. */
export function applyMetaRow(meta: Record<string, unknown>, key: string, value: string): string | undefined {
  const name = key.replace(/^#\s*/, '').trim();
  let match = /^name(?:\.(.+))?$/.exec(name);
  if (match) {
    const names = (typeof meta.name === 'object' && meta.name !== null ? meta.name : {}) as Record<
      string,
      string
    >;
    names[match[1] ? canonicalTag(match[1]) : String(meta.defaultLanguage ?? 'en')] = value;
    meta.name = names;
    return undefined;
  }
  if (['schemaVersion', 'publisher', 'defaultLanguage', 'updated'].includes(name)) {
    meta[name] = value;
    return undefined;
  }
  match = /^extraTerms\.(resourceTypes|knowledgeAreas)\.([^.]+)\.(.+)$/.exec(name);
  if (match) {
    const extra = (meta.extraTerms ??= {}) as Record<string, Record<string, Record<string, string>>>;
    const terms = (extra[match[1] ?? ''] ??= {});
    const labels = (terms[match[2] ?? ''] ??= {});
    labels[match[3] ?? ''] = value;
    return undefined;
  }
  const suggestion = closestMatch(name, [
    'schemaVersion',
    'name.en',
    'publisher',
    'defaultLanguage',
    'updated',
    'extraTerms.knowledgeAreas.<slug>.<language>',
  ]);
  return `'#${name}' is not a catalogue setting.${suggestion ? ` Did you mean '#${suggestion}'?` : ''} Settings are #schemaVersion, #name.<language>, #publisher, #defaultLanguage, #updated and #extraTerms.<resourceTypes|knowledgeAreas>.<slug>.<language>; other lines starting with # need a space after it ('# note') to be comments.`;
}
