/**
 * The "Download these results" control of `<asm-resource-list>`: a native disclosure (`<details>`, so Enter and
 * Space open and close it with no script) with one button per file format, and the live region that announces
 * the file. Only this template is in the code a page loads on view; the file is made by download-view.ts, loaded
 * with `import()` on the first click together with the crosswalk (the lazy chunk the Cite panel also uses).
 */
import { html, type TemplateResult } from 'lit';
import type { SearchResult } from '@asm-kit/query';
import type { Messages } from '../../i18n/messages.js';
import { FORMAT_LABELS, type DownloadContext } from './download-formats.js';

/**
 * The control. Like the sort select it is always laid out and hidden (visibility: neither focusable nor
 * announced) until there are results, so the toolbar does not move when they arrive.
 */
export function downloadControl(
  m: Messages,
  result: SearchResult | undefined,
  context: () => DownloadContext,
): TemplateResult {
  return html`<details part="download" class=${result?.total ? '' : 'idle'}>
      <summary part="download-button" id="download-button">${m.downloadResults}</summary>
      <div part="download-menu" role="group" aria-labelledby="download-button">
        ${FORMAT_LABELS.map(
          (label) =>
            html`<button
              part="download-format"
              @click=${({ target }: Event) =>
                // The target is read now: once the event is dispatched, a shadow root's target is cleared.
                void import('./download-view.js').then(
                  (view) => view.save(target as Element, label, context()),
                  // Its code could not be loaded (offline, a blocked file): said where the file is announced.
                  () => {
                    const root = (target as Element).getRootNode() as ParentNode;
                    const region = root.querySelector('[part~="download-status"]');
                    if (region) region.textContent = m.downloadError;
                  },
                )}
            >
              ${label}
            </button>`,
        )}
      </div>
    </details>
    <span part="download-status" class="vh" role="status"></span>`;
}
