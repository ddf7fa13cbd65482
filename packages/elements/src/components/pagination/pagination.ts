import { html, nothing, type TemplateResult } from 'lit';
import { fill, formatNumber } from '../../i18n/registry.js';
import { emit } from '../../events/emit.js';
import type { AsmPageChangeDetail } from '../../events/asm-page-change.js';
import { StoreConsumer } from '../../internal/store-consumer.js';
import { base } from '../../styles/tokens.js';
import { styles } from './pagination.styles.js';

/** Page numbers to show: first, last, and a window around the current page; 0 marks a gap. */
function pageWindow(page: number, count: number): number[] {
  const pages = new Set([1, count, page - 1, page, page + 1]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= count).sort((a, b) => a - b);
  const out: number[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && p - last === 2) out.push(p - 1);
    else if (last !== undefined && p - last > 2) out.push(0);
    out.push(p);
  }
  return out;
}

/**
 * @tag asm-pagination
 * @summary Page navigation for the results. Hidden when everything fits on one page.
 *
 * After the user changes page, focus moves to the results heading of the list (so keyboard and screen
 * reader users land on the new results).
 *
 * @fires asm-page-change - The user moved to another page. `detail: { page }`.
 *
 * @csspart nav - The navigation landmark.
 * @csspart button - Every button (previous, numbers, next).
 * @csspart current - The current page's button.
 *
 * @cssprop --asm-color-accent - Background of the current page.
 */
export class AsmPagination extends StoreConsumer {
  static override styles = [base, styles];

  override render(): TemplateResult | typeof nothing {
    const result = this.connection.state?.result;
    if (!result || result.pageCount <= 1) return nothing;
    const m = this.locale.messages;
    const lang = this.locale.lang;
    const { page, pageCount } = result;
    return html`<nav part="nav" aria-label=${m.paginationLabel}>
      <ul>
        <li>
          <button part="button" ?disabled=${page <= 1} @click=${() => this.go(page - 1)}>
            <span aria-hidden="true">‹</span> ${m.previousPage}
          </button>
        </li>
        ${pageWindow(page, pageCount).map((p) =>
          p === 0
            ? html`<li class="gap" aria-hidden="true">…</li>`
            : html`<li>
                <button
                  part=${p === page ? 'button current' : 'button'}
                  aria-label=${fill(m.pageLabel, { page: formatNumber(p, lang) })}
                  aria-current=${p === page ? 'page' : 'false'}
                  @click=${() => this.go(p)}
                >
                  ${formatNumber(p, lang)}
                </button>
              </li>`,
        )}
        <li>
          <button part="button" ?disabled=${page >= pageCount} @click=${() => this.go(page + 1)}>
            ${m.nextPage} <span aria-hidden="true">›</span>
          </button>
        </li>
      </ul>
    </nav>`;
  }

  private go(page: number): void {
    const state = this.connection.state;
    if (!state?.result || page === state.result.page) return;
    this.connection.store?.setQuery({ page });
    emit<AsmPageChangeDetail>(this, 'asm-page-change', { page });
    // A list owning the store (through `for`) moves focus itself when it hears the event bubble; a list
    // elsewhere on the page does not, so ask it directly.
    const owner = this.owner;
    if (owner && !owner.contains(this)) void this.updateComplete.then(() => owner.focusResults?.());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'asm-pagination': AsmPagination;
  }
}
