import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DisplayedText, Hit } from '@asm-kit/query';
import {
  countryName,
  languageName,
  pickLocalized,
  primarySubtag,
  termLabel,
  type ExtraTerms,
  type Resource,
} from '@asm-kit/schema';
import { LocaleController } from '../../controllers/locale-controller.js';
import {
  fill,
  formatBytes,
  formatList,
  formatListParts,
  formatPartialDate,
  plural,
} from '../../i18n/registry.js';
import { clip, highlight } from '../../internal/highlight.js';
import { safeUrl } from '../../internal/url.js';
import { base } from '../../styles/tokens.js';
import { styles } from './resource-card.styles.js';
import type { ResourceLookup } from './resource-lookup.js';

let counter = 0;

/** The citation's parts, re-exported by the card as cite-* ('button' -> 'cite-button'). */
const CITE_PARTS = 'button panel text recommended actions copy download status'
  .split(' ')
  .map((part) => `${part}:cite-${part}`)
  .join(', ');

/**
 * @tag asm-resource-card
 * @summary One resource: type, linked title, credit, date, summary, topics, countries, downloads and access.
 *
 * Title and summary are shown in the UI language when the resource has them; otherwise in their original
 * language, marked with the right `lang`, with a note of the languages the resource exists in. Search matches
 * are highlighted with `<mark>`. Nothing from the data is ever rendered as HTML, and only http(s) URLs become
 * links.
 *
 * @csspart base - The card (an article).
 * @csspart type - Resource type label.
 * @csspart access - Access badge (open, registration, paywalled).
 * @csspart title - The heading.
 * @csspart title-link - The link to the landing page.
 * @csspart meta - Credit line and date.
 * @csspart date - The publication date.
 * @csspart note - "Available in …" note when shown in another language.
 * @csspart summary - The summary text.
 * @csspart summary-toggle - Show more / show less button.
 * @csspart areas - Topic list.
 * @csspart countries - Country list.
 * @csspart downloads - Download list.
 * @csspart download - One download link.
 * @csspart mark - A highlighted search match.
 * @csspart related - Links to related resources (shown when a `lookup` is set).
 * @csspart supersedes - Links to the resources this one replaces.
 * @csspart newer-version - "A newer version exists" and the link to it.
 * @csspart cite - The `<asm-citation>` ("Cite" disclosure); its parts are exported as cite-button, cite-panel,
 * cite-text, cite-recommended, cite-actions, cite-copy, cite-download, cite-status.
 *
 * @cssprop --asm-card-summary-lines - Lines of summary shown before "Show more" (default 3).
 * @cssprop --asm-color-highlight - Background of search matches.
 */
export class AsmResourceCard extends LitElement {
  static override styles = [base, styles];

  /** A search hit (resource plus the text to display and its match ranges); takes precedence over `resource`. */
  @property({ attribute: false }) hit?: Hit;

  /** The resource to show when there is no search hit. */
  @property({ attribute: false }) resource?: Resource;

  /** Extra vocabulary terms of the catalogue, for type and topic labels. */
  @property({ attribute: false }) extraTerms?: ExtraTerms;

  /** Level of the title heading (2-6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Whether the whole summary is shown. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /** Theme override: 'light', 'dark' or 'auto'. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Hides the "Cite" disclosure (citation, copy, BibTeX and RIS). */
  @property({ type: Boolean, attribute: 'no-cite' }) noCite = false;

  /**
   * The catalogue's resources by id (set by `<asm-resource-list>`): with it the card links its `related` and
   * `supersedes` ids by title, and says when a newer version exists. Unknown ids are left out. (The rendering
   * comes with the lookup, loaded lazily by the list, so the card carries none of it.)
   */
  @property({ attribute: false }) lookup?: ResourceLookup;

  /** @internal Whether the clamped summary hides part of its text (then "Show more" is offered). */
  @state() private overflowing = false;

  private readonly locale = new LocaleController(this);
  // The clamp depends on the card's width, so overflow is measured again whenever the card is resized.
  private readonly resizeObserver = new ResizeObserver(() => this.measure());
  private readonly uid = `c${++counter}`;
  private shownId?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A list reuses cards across pages: a card showing another resource starts collapsed.
    const id = (this.hit?.resource ?? this.resource)?.id;
    if ((changed.has('hit') || changed.has('resource')) && id !== this.shownId) {
      if (this.shownId !== undefined) this.expanded = false;
      this.shownId = id;
    }
  }

  override render(): TemplateResult | typeof nothing {
    const resource = this.hit?.resource ?? this.resource;
    if (!resource) return nothing;
    const m = this.locale.messages;
    const lang = this.locale.lang;
    const ui = primarySubtag(lang);
    const extra = this.extraTerms;
    const title = this.hit?.title ?? this.display(resource.title, lang);
    const summary = this.hit ? this.hit.summary : resource.summary && this.display(resource.summary, lang);
    const foreign = primarySubtag(title.language) !== ui;
    const url = safeUrl(resource.url);
    const names = resource.credit
      ? [resource.credit]
      : resource.authors.length
        ? resource.authors.map((a) => a.name)
        : resource.organizations
            .filter((o) => o.role === 'author' || o.role === 'publisher')
            .map((o) => o.name);
    // Each name in its own <bdi>: a bidi control in one name (an unclosed U+202E) cannot reorder the others or
    // the date after them.
    const credit =
      names.length &&
      formatListParts(names, lang).map((p) => (p.type === 'element' ? html`<bdi>${p.value}</bdi>` : p.value));
    const long = this.expanded || this.overflowing;
    const titleId = `${this.uid}t`;
    const titleText = highlight(title.text, title.highlights);
    return html`<article part="base" aria-labelledby=${titleId}>
      <div class="top">
        <span part="type">${termLabel('resourceTypes', resource.type, lang, extra)}</span>
        ${
          resource.access
            ? html`<span part="access">${termLabel('accessLevels', resource.access, lang, extra)}</span>`
            : nothing
        }
      </div>
      <div
        part="title"
        role="heading"
        aria-level=${this.headingLevel}
        id=${titleId}
        lang=${title.language}
        tabindex="-1"
      >
        ${url ? html`<a part="title-link" href=${url}>${titleText}</a>` : titleText}
      </div>
      ${
        credit || resource.published
          ? html`<p part="meta" class="meta">
              ${credit ? html`<span>${credit}</span>` : nothing}${credit && resource.published ? ' · ' : nothing}
              ${
                resource.published
                  ? html`<time part="date" datetime=${resource.published}
                      >${formatPartialDate(resource.published, lang)}</time
                    >`
                  : nothing
              }
            </p>`
          : nothing
      }
      ${
        foreign || (summary && primarySubtag(summary.language) !== ui)
          ? html`<p part="note">
              ${fill(m.availableIn, {
                languages: formatList(
                  (resource.languages.length ? resource.languages : [title.language]).map((l) =>
                    languageName(l, lang),
                  ),
                  lang,
                ),
              })}
            </p>`
          : nothing
      }
      ${
        summary
          ? html`<p part="summary" id="${this.uid}s" lang=${summary.language}>
                ${highlight(summary.text, summary.highlights)}
              </p>
              ${
                long
                  ? html`<button
                      part="summary-toggle"
                      aria-expanded=${this.expanded ? 'true' : 'false'}
                      aria-controls="${this.uid}s"
                      aria-describedby=${titleId}
                      @click=${this.toggle}
                    >
                      ${this.expanded ? m.showLess : m.showMore}
                    </button>`
                  : nothing
              }`
          : nothing
      }
      ${this.tags(
        'areas',
        m.areas,
        resource.knowledgeAreas.map((a) => termLabel('knowledgeAreas', a, lang, extra)),
      )}
      ${this.tags(
        'countries',
        m.countries,
        resource.countries.map((c) => countryName(c, lang)),
      )}
      ${this.lookup?.links(this, resource, m, lang)}
      <div class="end">
        ${this.downloads(resource, titleId)}
        ${
          this.noCite
            ? nothing
            : html`<asm-citation
                part="cite"
                exportparts=${CITE_PARTS}
                .resource=${resource}
                .extraTerms=${extra}
                label=${clip(title.text)}
              ></asm-citation>`
        }
      </div>
    </article>`;
  }

  private display(text: Resource['title'], lang: string): DisplayedText {
    const picked = pickLocalized(text, [lang]);
    return { language: picked.language, text: picked.value, highlights: [] };
  }

  private tags(part: string, label: string, items: string[]): TemplateResult | typeof nothing {
    if (!items.length) return nothing;
    return html`<ul part=${part} class="tags" aria-label=${label}>
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>`;
  }

  private downloads(resource: Resource, titleId: string): TemplateResult | typeof nothing {
    const lang = this.locale.lang;
    const files = resource.files.filter((f) => safeUrl(f.url));
    if (!files.length) return nothing;
    const m = this.locale.messages;
    return html`<ul part="downloads" aria-label=${m.downloads}>
      ${files.map((file) => {
        const details = [
          languageName(file.language, lang),
          file.format?.toUpperCase(),
          file.size ? formatBytes(file.size, lang) : undefined,
          file.pages ? plural(m.pages, file.pages, lang) : undefined,
        ].filter(Boolean);
        return html`<li>
          <a
            part="download"
            href=${safeUrl(file.url) ?? ''}
            hreflang=${file.language}
            aria-describedby=${titleId}
            >${m.download} <span>(${details.join(', ')})</span></a
          >
        </li>`;
      })}
    </ul>`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // New text can overflow at an unchanged size; measure after layout, outside this update.
    if (changed.has('hit') || changed.has('resource')) requestAnimationFrame(() => this.measure());
  }

  private measure(): void {
    if (this.expanded) return;
    const summary = this.renderRoot.querySelector<HTMLElement>('[part~="summary"]');
    this.overflowing = !!summary && summary.scrollHeight > summary.clientHeight + 1;
  }

  private toggle(): void {
    this.expanded = !this.expanded;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'asm-resource-card': AsmResourceCard;
  }
}
