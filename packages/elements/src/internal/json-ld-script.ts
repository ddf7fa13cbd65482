/**
 * Writing the JSON-LD `<script>` of a list, loaded with the crosswalk the first time a list asks for structured
 * data (so pages that never do carry none of it).
 */
import type { Resource } from '@asm-kit/schema';
import type { JsonLdOptions } from '@asm-kit/crosswalk';
import { jsonLdText } from './crosswalk.js';

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

/** A `<script type="application/ld+json">` describing `resources`, ready to insert. */
export function jsonLdScript(resources: readonly Resource[], options: JsonLdOptions): HTMLScriptElement {
  const text = jsonLdText(resources, options);
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  // A script that is never run, but Trusted Types guards its text all the same: through the policy when the
  // page allows it, else as a text node, which the browser keeps (and reports) without running it.
  const trusted = scriptPolicy();
  if (trusted) script.textContent = trusted.createScript(text) as string;
  else script.append(text);
  return script;
}
