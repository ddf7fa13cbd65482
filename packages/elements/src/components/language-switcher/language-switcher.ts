import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { languageName } from '@asm-kit/schema';
import { LocaleController } from '../../controllers/locale-controller.js';
import { emit } from '../../events/emit.js';
import type { AsmLanguageChangeDetail } from '../../events/asm-language-change.js';
import { availableLanguages } from '../../i18n/registry.js';
import { base } from '../../styles/tokens.js';
import { styles } from './language-switcher.styles.js';

/**
 * @tag asm-language-switcher
 * @summary Lets the visitor pick the UI language of a library. It sets `lang` on its target (by default the
 * `<asm-resource-list>` it sits in, or the element named by `for`), so the page's own language is left alone.
 *
 * Each language is listed by its own name (Français, Español), so visitors find theirs whatever is shown.
 *
 * @fires asm-language-change - The user picked a language. `detail: { language, target }`.
 *
 * @csspart label - The label around the select.
 * @csspart select - The language select.
 */
export class AsmLanguageSwitcher extends LitElement {
  static override styles = [base, styles];

  /** Id of the element whose `lang` to set (default: the enclosing `<asm-resource-list>`). */
  @property({ attribute: 'for' }) htmlFor?: string;

  /** Languages offered, space-separated BCP 47 tags (default: every language with UI strings). */
  @property({ converter: (value) => value?.split(/[\s,]+/).filter(Boolean) })
  languages?: string[];

  /** Theme override: 'light', 'dark' or 'auto'. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  private readonly locale: LocaleController = new LocaleController(this, (): Element => this.target ?? this);

  /** The element whose `lang` this switcher controls. */
  get target(): HTMLElement | undefined {
    if (this.htmlFor) {
      const root = this.getRootNode() as Document | ShadowRoot;
      return root.getElementById?.(this.htmlFor) ?? document.getElementById(this.htmlFor) ?? undefined;
    }
    let node: Node | null = this.parentNode;
    while (node) {
      if (node instanceof HTMLElement && node.localName === 'asm-resource-list') return node;
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor')) this.locale.refresh();
  }

  override render(): TemplateResult {
    const current = (this.locale.lang.split('-')[0] ?? 'en').toLowerCase();
    const languages = this.languages ?? availableLanguages();
    return html`<label part="label"
      >${this.locale.messages.languageLabel}
      <select part="select" @change=${this.onChange}>
        ${languages.map(
          (tag) =>
            html`<option value=${tag} lang=${tag} ?selected=${tag.split('-')[0] === current}>
              ${languageName(tag, tag)}
            </option>`,
        )}
      </select></label
    >`;
  }

  private onChange(event: Event): void {
    const language = (event.target as HTMLSelectElement).value;
    const target = this.target;
    target?.setAttribute('lang', language);
    emit<AsmLanguageChangeDetail>(this, 'asm-language-change', { language, target });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'asm-language-switcher': AsmLanguageSwitcher;
  }
}
