import { html, type TemplateResult } from 'lit';
import { emit } from '../../events/emit.js';
import type { AsmSearchDetail } from '../../events/asm-search.js';
import { StoreConsumer } from '../../internal/store-consumer.js';
import { base } from '../../styles/tokens.js';
import { styles } from './search-box.styles.js';

/**
 * @tag asm-search-box
 * @summary Full-text search field for a library. Results update as the user types.
 *
 * Inside `<asm-resource-list>` it is wired automatically; alone, point `for` at the list's id
 * (`<asm-search-box for="lib">`) or set the `store` property.
 *
 * @fires asm-search - The user changed the search text. `detail: { text }`.
 *
 * @csspart form - The search landmark (a form with role search).
 * @csspart label - The visible label.
 * @csspart input - The text field.
 *
 * @cssprop --asm-color-border - Border of the field.
 * @cssprop --asm-focus-ring - Focus outline.
 */
export class AsmSearchBox extends StoreConsumer {
  static override styles = [base, styles];

  override render(): TemplateResult {
    const m = this.locale.messages;
    const text = this.connection.state?.query.text ?? '';
    return html`<form part="form" role="search" @submit=${this.onSubmit}>
      <label part="label" for="q">${m.searchLabel}</label>
      <input
        part="input"
        id="q"
        type="search"
        autocomplete="off"
        spellcheck="false"
        placeholder=${m.searchPlaceholder}
        .value=${text}
        @input=${this.onInput}
      />
    </form>`;
  }

  /** Moves focus to the text field. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('input')?.focus(options);
  }

  private onInput(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.connection.store?.setQuery({ text });
    emit<AsmSearchDetail>(this, 'asm-search', { text });
  }

  private onSubmit(event: Event): void {
    // Results already follow the typing; Enter must not reload the partner's page.
    event.preventDefault();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'asm-search-box': AsmSearchBox;
  }
}
