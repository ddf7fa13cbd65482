import { html, type TemplateResult } from 'lit';
import { fill, formatNumber, plural } from '../../i18n/registry.js';
import { StoreConsumer } from '../../internal/store-consumer.js';
import { base } from '../../styles/tokens.js';
import { styles } from './result-summary.styles.js';

/**
 * @tag asm-result-summary
 * @summary The number of results, in a polite live region so screen readers announce each new count.
 *
 * The region stays in the page while the count changes (a region added with its text is often not announced).
 *
 * @csspart base - The live region.
 *
 * @cssprop --asm-color-text-muted - Text colour.
 */
export class AsmResultSummary extends StoreConsumer {
  static override styles = [base, styles];

  override render(): TemplateResult {
    return html`<p part="base" role="status" aria-live="polite" aria-atomic="true">${this.text()}</p>`;
  }

  private text(): string {
    const state = this.connection.state;
    const result = state?.result;
    if (!result || state.status === 'error') return '';
    const m = this.locale.messages;
    const lang = this.locale.lang;
    if (result.total === 0) return m.noResults;
    const count = plural(m.resultCount, result.total, lang);
    if (result.pageCount <= 1) return count;
    const page = fill(m.pageOfPages, {
      page: formatNumber(result.page, lang),
      pages: formatNumber(result.pageCount, lang),
    });
    return `${count} · ${page}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'asm-result-summary': AsmResultSummary;
  }
}
