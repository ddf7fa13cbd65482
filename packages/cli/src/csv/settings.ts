import type { Catalogue } from '@asm-kit/schema';
import { closestMatch } from '@asm-kit/schema';
import { canonicalTag } from '../internal/language.js';

// Writing the settings rows is the crosswalk's CSV writer's job; reading them back is the CLI's.
export { csvMetaRows as metaRows } from '@asm-kit/crosswalk';

/** The catalogue's own fields (everything but the resources), written as `#key,value` rows in a CSV. */
export type CatalogueMeta = Omit<Catalogue, 'resources'>;

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
