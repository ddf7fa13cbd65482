/**
 * The open Cite panel's content and behaviour, loaded with `import()` on first open together with the crosswalk
 * (one lazy chunk in the CDN build): citation text, Copy with its announcement, and the BibTeX and RIS files.
 * `<asm-citation>` itself only keeps the button and the disclosure.
 */
import { html, type TemplateResult } from 'lit';
import type { ExtraTerms, Resource } from '@asm-kit/schema';
import type { Messages } from '../../i18n/messages.js';
import { fill } from '../../i18n/registry.js';
import { FILE_TYPES, citeFormats, type CiteFormats } from '../../internal/crosswalk.js';
export { panelStyles } from './cite-panel.styles.js';

/** The two citation files offered, with their MIME types and file extensions. */
const FILES = [
  { key: 'bibtex', label: 'BibTeX', ...FILE_TYPES.bibtex },
  { key: 'ris', label: 'RIS', ...FILE_TYPES.ris },
] as const;
type FileKey = (typeof FILES)[number]['key'];

/** A download's blob: URL is revoked this long after its click (the download has read it by then). */
const REVOKE_AFTER_MS = 1000;

/** What a CiteView needs from its element. */
export interface CiteViewHost {
  /** Re-renders the element (after a copy or a file change). */
  requestUpdate(): void;
  /** The element's shadow root, where the citation text is selected when there is no clipboard. */
  readonly renderRoot: ParentNode;
}

/**
 * Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069). The citation, BibTeX and RIS are plain
 * text, copied and saved where no markup can isolate a name, so an unclosed override in one author's name would
 * reverse the rest of the citation. They are removed (balancing them would leave invisible characters in what a
 * visitor pastes); the letters of every script stay, ordered by the Unicode bidi algorithm.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** The panel of one resource in one UI language; `release()` frees its files. */
export class CiteView {
  private readonly formats: CiteFormats;
  private readonly urls: Partial<Record<FileKey, string>> = {};
  private status = '';
  private released = false;

  constructor(
    private readonly host: CiteViewHost,
    private readonly resource: Resource,
    language: string,
    extraTerms?: ExtraTerms,
  ) {
    const formats = citeFormats(resource, language, extraTerms);
    for (const key of ['text', 'bibtex', 'ris'] as const)
      formats[key] = formats[key].replace(BIDI_CONTROLS, '');
    this.formats = formats;
    for (const file of FILES) this.urls[file.key] = this.blob(file.key);
  }

  /** The panel content: citation, recommended citation, Copy, downloads, and the live region. */
  render(m: Messages): TemplateResult {
    const recommended = this.resource.citation;
    return html`<p part="text" class="text">${this.formats.text}</p>
      ${
        recommended
          ? html`<p part="recommended" class="recommended">
              <span>${m.recommendedCitation}:</span> <bdi>${recommended}</bdi>
            </p>`
          : ''
      }
      <div part="actions" class="actions">
        <button part="copy" @click=${() => this.copy(m)}>${m.copy}</button>
        ${FILES.map(
          (file) =>
            html`<a
              part="download"
              href=${this.urls[file.key] ?? ''}
              download="${this.resource.id}.${file.extension}"
              type=${file.type}
              @click=${() => this.used(file.key)}
              >${fill(m.citeDownload, { format: file.label })}</a
            >`,
        )}
      </div>
      <p part="status" class="status" role="status">${this.status}</p>`;
  }

  /** Revokes the files (panel closed, resource or language changed, element removed). */
  release(): void {
    this.released = true;
    for (const url of Object.values(this.urls)) if (url) URL.revokeObjectURL(url);
  }

  private blob(key: FileKey): string {
    const file = FILES.find((f) => f.key === key);
    return URL.createObjectURL(
      new Blob([this.formats[key]], { type: `${file?.type ?? 'text/plain'};charset=utf-8` }),
    );
  }

  /** After a download, its URL is revoked and replaced, so the link works again and nothing is kept. */
  private used(key: FileKey): void {
    const url = this.urls[key];
    setTimeout(() => {
      if (url) URL.revokeObjectURL(url);
      if (this.released || this.urls[key] !== url) return;
      this.urls[key] = this.blob(key);
      this.host.requestUpdate();
    }, REVOKE_AFTER_MS);
  }

  private async copy(m: Messages): Promise<void> {
    // Cleared first, so that a second copy is announced again.
    this.announce('');
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(this.formats.text);
      this.announce(m.copied);
    } catch {
      // No clipboard (insecure context, permission refused): select the text so the visitor can copy it.
      const node = this.host.renderRoot.querySelector('[part~="text"]');
      const selection = document.getSelection();
      if (node && selection) {
        const range = document.createRange();
        range.selectNodeContents(node);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      this.announce(m.copySelected);
    }
  }

  private announce(text: string): void {
    this.status = text;
    this.host.requestUpdate();
  }
}
