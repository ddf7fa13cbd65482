import type { TemplateResult } from 'lit';
import type { LocalizedText, Resource } from '@asm-kit/schema';
import type { Messages } from '../../i18n/messages.js';

/**
 * What a card needs to show its links to other resources of the catalogue: `<asm-resource-list>` builds one per
 * loaded catalogue (with `lookupOf` of related.ts, loaded lazily, from the catalogue's link-table.ts) and passes it to its cards.
 */
export interface ResourceLookup {
  /** Titles of the resources some record links to, by id. */
  readonly titles: ReadonlyMap<string, LocalizedText>;
  /** Id of the resource that lists a resource in its `supersedes`, by the replaced resource's id. */
  readonly supersededBy: ReadonlyMap<string, string>;
  /** Renders the links of `card` (the code comes with the lookup, so a card without one never loads it). */
  links(card: HTMLElement, resource: Resource, messages: Messages, lang: string): TemplateResult | undefined;
}
