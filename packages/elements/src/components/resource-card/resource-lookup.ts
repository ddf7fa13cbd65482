import type { TemplateResult } from 'lit';
import type { Resource } from '@asm-kit/schema';
import type { Messages } from '../../i18n/messages.js';

/**
 * What a card needs to show its links to other resources of the catalogue: `<asm-resource-list>` builds one per
 * loaded catalogue (with `lookupOf` of related.ts, loaded lazily) and passes it to its cards.
 */
export interface ResourceLookup {
  /** Every resource of the catalogue, by id. */
  readonly byId: ReadonlyMap<string, Resource>;
  /** Id of the resource that lists a resource in its `supersedes`, by the replaced resource's id. */
  readonly supersededBy: ReadonlyMap<string, string>;
  /** Renders the links of `card` (the code comes with the lookup, so a card without one never loads it). */
  links(card: HTMLElement, resource: Resource, messages: Messages, lang: string): TemplateResult | undefined;
}
