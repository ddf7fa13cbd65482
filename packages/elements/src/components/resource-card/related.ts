/**
 * Links between resources on a card: "Related", "Replaces" and "A newer version exists", and how
 * `<asm-resource-list>` brings a linked resource into view. Loaded with `import()` once a catalogue with such
 * links is shown, so the CDN entry does not carry it.
 */
import {
  css,
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { Store } from '@asm-kit/query';
import { pickLocalized, type Resource } from '@asm-kit/schema';
import { LocaleController } from '../../controllers/locale-controller.js';
import type { Messages } from '../../i18n/messages.js';
import { fill } from '../../i18n/registry.js';
import type { LinkTable } from './link-table.js';
import type { ResourceLookup } from './resource-lookup.js';

/** Name of the event a card fires when one of its links is followed; `<asm-resource-list>` answers it. */
const REVEAL = 'asm-reveal';

const styles = css`
  .links {
    margin: 0;
    font-size: 0.9375em;
  }
  .links ul {
    display: inline;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .links li {
    display: inline;
  }
  .links li:not(:last-child)::after {
    content: ' · ';
  }
  .label {
    font-weight: 600;
    margin-inline-end: 0.375em;
  }
`;

/** The lookup the cards of a catalogue get, from its table of links. */
export function lookupOf(table: LinkTable): ResourceLookup {
  return {
    titles: new Map(table.titles),
    supersededBy: new Map(table.supersededBy),
    links(card, resource, messages, lang) {
      return relatedLinks(card, resource, this, messages, lang);
    },
  };
}

/** The links of one card (nothing for ids the catalogue does not have). */
function relatedLinks(
  card: HTMLElement,
  resource: Resource,
  lookup: ResourceLookup,
  m: Messages,
  lang: string,
): TemplateResult | undefined {
  const newer = lookup.supersededBy.get(resource.id);
  if (!resource.related.length && !resource.supersedes?.length && !newer) return undefined;
  const root = card.shadowRoot;
  if (root && styles.styleSheet && !root.adoptedStyleSheets.includes(styles.styleSheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
  const link = (id: string): TemplateResult | typeof nothing => {
    const other = lookup.titles.get(id);
    if (!other || id === resource.id) return nothing;
    const title = pickLocalized(other, [lang]);
    return html`<a
      href="#asm-${id}"
      @click=${(event: MouseEvent) => {
        // A plain click brings the card into view in the list; Ctrl/Cmd/Shift-click and middle-click keep the link.
        if (event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
        const reveal = new CustomEvent(REVEAL, {
          bubbles: true,
          composed: true,
          cancelable: true,
          detail: { id },
        });
        if (!card.dispatchEvent(reveal)) event.preventDefault();
      }}
      ><bdi lang=${title.language}>${title.value}</bdi></a
    >`;
  };
  const list = (part: string, label: string, ids: readonly string[]): TemplateResult | typeof nothing => {
    const known = ids.filter((id) => id !== resource.id && lookup.titles.has(id));
    return known.length
      ? html`<div part=${part} class="links">
          <span class="label">${label}</span>
          <ul>
            ${known.map((id) => html`<li>${link(id)}</li>`)}
          </ul>
        </div>`
      : nothing;
  };
  return html`${
    newer && lookup.titles.has(newer)
      ? html`<p part="newer-version" class="links" role="note">${m.newerVersion} ${link(newer)}</p>`
      : nothing
  }${list('supersedes', m.supersedes, resource.supersedes ?? [])}${list('related', m.related, resource.related)}`;
}

/** What `reveal` needs of the list. */
interface RevealHost extends HTMLElement {
  readonly store: Store;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

/** Resolves once the store shows a result for page `page` of the current query. */
function settled(store: Store, page: number): Promise<void> {
  return new Promise((resolve) => {
    const check = (): boolean => {
      const { result, status } = store.getState();
      return status !== 'loading' && result?.page === page;
    };
    if (check()) return resolve();
    const stop = store.subscribe(() => {
      if (check()) {
        stop();
        resolve();
      }
    });
  });
}

/** The list whose cards are linked: it holds the lookup its cards get, and the catalogue it was built for. */
export interface LinkedList extends RevealHost, ReactiveControllerHost {
  lookup?: ResourceLookup;
  linked?: object;
}

/** Per list: the lookup its cards get, and the answer to the cards' REVEAL events. */
class CardLinks implements ReactiveController {
  private readonly locale: LocaleController;
  /** Announces a search cleared to show a linked resource (a polite live region, present before it speaks). */
  private readonly status = Object.assign(document.createElement('p'), { className: 'vh' });

  constructor(private readonly list: LinkedList) {
    list.addController(this);
    this.locale = new LocaleController(list);
    this.status.setAttribute('role', 'status');
    this.status.id = 'reveal-status';
    list.renderRoot.append(this.status);
    list.renderRoot.addEventListener(REVEAL, (event) => {
      event.preventDefault();
      void reveal(
        list,
        (event as CustomEvent<{ id: string }>).detail.id,
        this.locale.messages,
        this.locale.lang,
        this.status,
      );
    });
  }

  link(table: LinkTable): void {
    this.list.lookup = lookupOf(table);
    this.list.requestUpdate();
  }

  hostDisconnected(): void {
    // Linked again when it comes back.
    this.list.linked = undefined;
  }
}

const linked = new WeakMap<LinkedList, CardLinks>();

/** Gives the cards of `list` the links of its catalogue (called once per loaded catalogue). */
export function linkCards(list: LinkedList, table: LinkTable): void {
  let links = linked.get(list);
  if (!links) linked.set(list, (links = new CardLinks(list)));
  links.link(table);
}

/**
 * Brings resource `id` into view in the list: moves to its page and focuses its card's title. A resource outside
 * the current search and filters is shown by clearing them (locked filters stay), which `status` announces; one
 * the locked filters leave out is not shown, and `status` says so.
 */
async function reveal(
  list: RevealHost,
  id: string,
  m: Messages,
  lang: string,
  status: Element | null,
): Promise<void> {
  const { store } = list;
  const cleared = { text: '', filters: {}, years: {} };
  const find = async (query?: typeof cleared) =>
    (await store.allHits({ query })).findIndex((hit) => hit.resource.id === id);
  const say = (message: string): void => {
    const title = (list as Partial<LinkedList>).lookup?.titles.get(id);
    if (status && title) status.textContent = fill(message, { title: pickLocalized(title, [lang]).value });
  };
  let at = await find();
  const outside = at < 0;
  if (outside) {
    // Where it would be with the search and filters cleared (locked filters stay), found before clearing them.
    at = await find(cleared);
    if (at < 0) return say(m.notInList);
  }
  const page = Math.floor(at / store.getState().query.pageSize) + 1;
  store.setQuery(outside ? { ...cleared, page } : { page });
  await settled(store, page);
  await list.updateComplete;
  const card = list.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<boolean> }>(
    `#asm-${CSS.escape(id)}`,
  );
  if (!card) return;
  await card.updateComplete;
  const title = card.shadowRoot?.querySelector<HTMLElement>('[part~="title"]');
  card.scrollIntoView({ block: 'start' });
  title?.focus();
  if (outside) say(m.revealed);
}
