/**
 * Makes and saves the file of the list's "Download these results" control: every filtered result (all pages,
 * locked filters applied) as RIS, BibTeX, CSL-JSON or CSV, saved through a `blob:` URL and an `<a download>`,
 * then announced in the control's live region. Loaded with `import()` on the first click (download-control.ts).
 */
import type { Store } from '@asm-kit/query';
import { fill, messagesFor, plural } from '../../i18n/registry.js';
import { resultsFile, type ResultsFormat } from '../../internal/results-file.js';
import type { DownloadContext, FormatLabel } from './download-formats.js';

/** The blob: URL is revoked this long after the click (the download has read it by then). */
const REVOKE_AFTER_MS = 1000;

const FORMATS: Readonly<Record<FormatLabel, ResultsFormat>> = {
  RIS: 'ris',
  BibTeX: 'bibtex',
  'CSL-JSON': 'csl',
  CSV: 'csv',
};

/**
 * Builds the file of every current result of the list that holds `button`, in the format named `label`, saves it
 * and announces it (or the failure).
 */
export async function save(
  button: Element,
  label: FormatLabel,
  { lang, info }: DownloadContext,
): Promise<void> {
  const root = button.getRootNode() as ShadowRoot;
  const m = messagesFor(lang);
  const status = root.querySelector('[part~="download-status"]');
  const announce = (text: string) => {
    if (status) status.textContent = text;
  };
  // Cleared first, so that the same announcement twice in a row is read again.
  announce('');
  try {
    const hits = await (root.host as HTMLElement & { store: Store }).store.allHits();
    const names = info?.name ?? {};
    const name = names[lang] ?? names[info?.defaultLanguage ?? ''] ?? Object.values(names)[0];
    const file = resultsFile(
      hits.map((hit) => hit.resource),
      FORMATS[label],
      { name, catalogue: info },
    );
    const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.filename;
    link.hidden = true;
    // In the document (the list's shadow root), as some browsers ignore a click on a detached link.
    root.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
    announce(fill(m.downloadDone, { format: label, results: plural(m.resultCount, hits.length, lang) }));
  } catch {
    announce(m.downloadError);
  }
}
