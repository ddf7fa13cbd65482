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

interface TrustedScriptPolicy {
  createScript(text: string): unknown;
}
let policy: TrustedScriptPolicy | null | undefined;

/**
 * A Trusted Types policy for the JSON-LD text, on pages whose CSP requires Trusted Types (where assigning text to
 * a script element throws). The text it passes is JSON with every '<' escaped, built here, never page input. Null
 * when the browser has no Trusted Types or the page's `trusted-types` directive does not allow 'asm-kit'.
 */
function scriptPolicy(): TrustedScriptPolicy | null {
  if (policy === undefined) {
    const factory = (
      globalThis as {
        trustedTypes?: { createPolicy(name: string, rules: TrustedScriptPolicy): TrustedScriptPolicy };
      }
    ).trustedTypes;
    try {
      policy = factory?.createPolicy('asm-kit', { createScript: (text) => text }) ?? null;
    } catch {
      policy = null;
    }
  }
  return policy;
}

/**
 * Writes schema.org JSON-LD for the resources on screen into a `<script type="application/ld+json">` in the
 * host's light DOM (crawlers do not read shadow roots), rewritten when the hits or the language change and removed
 * when turned off. The crosswalk code is loaded on first use.
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
    const { jsonLdText } = await import('../internal/crosswalk.js');
    if (target !== this.written) return;
    const text = jsonLdText(
      target.hits.map((hit) => hit.resource),
      {
        catalogue: catalogue?.info,
        language: target.lang,
        extraTerms: catalogue?.extraTerms,
        pageUrl: location.href.split('#')[0],
      },
    );
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    // A script that is never run, but Trusted Types guards its text all the same: through the policy when the
    // page allows it, else as a text node, which the browser keeps (and reports) without running it.
    const trusted = scriptPolicy();
    if (trusted) script.textContent = trusted.createScript(text) as string;
    else script.append(text);
    if (this.script?.parentNode === this.host) this.script.replaceWith(script);
    else this.host.append(script);
    this.script = script;
  }
}
