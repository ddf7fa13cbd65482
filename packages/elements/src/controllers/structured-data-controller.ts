import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Hit } from '@asm-kit/query';
import type { LoadedCatalogue } from '../internal/shared-catalogue.js';

/** What the JSON-LD describes: the hits on screen, in a language, of a catalogue. */
export interface StructuredDataInput {
  enabled: boolean;
  hits?: readonly Hit[];
  lang: string;
  catalogue?: LoadedCatalogue;
}

/**
 * Writes schema.org JSON-LD for the resources on screen into a `<script type="application/ld+json">` in the
 * host's light DOM (crawlers do not read shadow roots), rewritten when the hits or the language change and removed
 * when turned off. The crosswalk code, and the code that writes the script (with its Trusted Types policy), is
 * loaded on first use.
 */
export class StructuredDataController implements ReactiveController {
  private script?: HTMLScriptElement;
  /** What the script describes, so it is rewritten only when that changes. */
  private written?: { hits: readonly Hit[]; lang: string };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly input: () => StructuredDataInput,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { enabled, hits, lang, catalogue } = this.input();
    if (!enabled) {
      this.written = undefined;
      this.script?.remove();
      this.script = undefined;
    } else if (hits && (hits !== this.written?.hits || lang !== this.written.lang)) {
      const target = (this.written = { hits, lang });
      void this.write(target, catalogue);
    }
  }

  private async write(target: { hits: readonly Hit[]; lang: string }, catalogue?: LoadedCatalogue) {
    const { jsonLdScript } = await import('../internal/json-ld-script.js');
    if (target !== this.written) return;
    const script = jsonLdScript(
      target.hits.map((hit) => hit.resource),
      {
        catalogue: catalogue?.info,
        language: target.lang,
        extraTerms: catalogue?.extraTerms,
        pageUrl: location.href.split('#')[0],
      },
    );
    if (this.script?.parentNode === this.host) this.script.replaceWith(script);
    else this.host.append(script);
    this.script = script;
  }
}
