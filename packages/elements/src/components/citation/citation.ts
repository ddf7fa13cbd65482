import { LitElement, adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ExtraTerms, Resource } from '@asm-kit/schema';
import { LocaleController } from '../../controllers/locale-controller.js';
import { base } from '../../styles/tokens.js';
import type { CiteView } from './cite-view.js';
import { styles } from './citation.styles.js';

/**
 * @tag asm-citation
 * @summary "Cite" disclosure of one resource: an APA-like citation in the UI language with a Copy button, and
 * BibTeX and RIS downloads. `<asm-resource-card>` shows one unless it has `no-cite`.
 *
 * The panel's code and the citation code (`@asm-kit/crosswalk`) are loaded with `import()` the first time a
 * panel opens, so they cost nothing on view (in the CDN build it is a lazy chunk next to asm-kit.js). Copy uses the clipboard API; where
 * that is unavailable, the citation text is selected for the visitor to copy. Both outcomes are announced in a
 * polite live region. Downloads are `blob:` URLs, revoked after use and when the panel closes.
 *
 * @csspart button - The "Cite" button (aria-expanded).
 * @csspart panel - The disclosure panel.
 * @csspart text - The formatted citation.
 * @csspart recommended - The publisher's recommended citation, when the resource has one.
 * @csspart actions - The row of Copy and download controls.
 * @csspart copy - The Copy button.
 * @csspart download - A BibTeX or RIS download link.
 * @csspart status - The live region announcing the copy.
 */
export class AsmCitation extends LitElement {
  static override styles = [base, styles];

  /** The resource to cite. */
  @property({ attribute: false }) resource?: Resource;

  /** Extra vocabulary terms of the catalogue, for the type label in the citation. */
  @property({ attribute: false }) extraTerms?: ExtraTerms;

  /** Title of the resource as shown, read after "Cite" so that each card's button has its own name. */
  @property() label?: string;

  /** Whether the panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** @internal The open panel's content (citation, copy, files), once its code is loaded. */
  @state() private view?: CiteView;

  /** @internal Whether loading the panel's code failed. */
  @state() private failed = false;

  private readonly locale = new LocaleController(this);
  private viewKey?: string;
  private panelStyled = false;

  constructor() {
    super();
    // Escape closes from the button as well as from inside the panel.
    this.addEventListener('keydown', (event) => this.onKeydown(event));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A card reused for another resource closes its panel (and frees its files).
    if (changed.has('resource') && changed.get('resource') !== undefined) this.open = false;
    const key = this.open && this.resource ? `${this.resource.id}\n${this.locale.lang}` : undefined;
    if (key !== this.viewKey) {
      this.viewKey = key;
      this.view?.release();
      this.view = undefined;
      this.failed = false;
      if (key) void this.prepare(key);
    }
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.resource) return nothing;
    const m = this.locale.messages;
    return html`<button
        part="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${this.toggle}
      >
        ${m.cite}${this.label ? html`<span class="vh">: <bdi>${this.label}</bdi></span>` : nothing}
      </button>
      <div part="panel" id="panel" role="region" aria-label=${m.citation} ?hidden=${!this.open}>
        ${
          this.open
            ? (this.view?.render(m) ?? html`<p>${this.failed ? m.citeError : m.citeLoading}</p>`)
            : nothing
        }
      </div>`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.view?.release();
    this.view = undefined;
    // Connected again (moved in the page), it prepares its files afresh.
    this.viewKey = undefined;
  }

  private async prepare(key: string): Promise<void> {
    const resource = this.resource;
    if (!resource) return;
    try {
      // Both at once: the view imports the crosswalk chunk, which would otherwise be fetched only after it.
      const [{ CiteView, panelStyles }] = await Promise.all([
        import('./cite-view.js'),
        import('../../internal/crosswalk.js'),
      ]);
      if (key !== this.viewKey) return;
      // The panel's styles come with its code; the shadow root keeps them once adopted.
      if (!this.panelStyled) {
        adoptStyles(this.renderRoot as ShadowRoot, [...AsmCitation.elementStyles, panelStyles]);
        this.panelStyled = true;
      }
      this.view = new CiteView(this, resource, this.locale.lang, this.extraTerms);
    } catch {
      if (key === this.viewKey) this.failed = true;
    }
  }

  private toggle(): void {
    this.open = !this.open;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    this.open = false;
    this.renderRoot.querySelector<HTMLElement>('[part~="button"]')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'asm-citation': AsmCitation;
  }
}
