/**
 * Writing the JSON-LD `<script>` of a list, loaded with the crosswalk the first time a list asks for structured
 * data (so pages that never do carry none of it).
 */
import type { Resource } from '@asm-kit/schema';
import type { JsonLdOptions } from '@asm-kit/crosswalk';
import { jsonLdText } from './crosswalk.js';
import { trustedTypesPolicy } from './trusted-types.js';

/** A `<script type="application/ld+json">` describing `resources`, ready to insert. */
export function jsonLdScript(resources: readonly Resource[], options: JsonLdOptions): HTMLScriptElement {
  const text = jsonLdText(resources, options);
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  // A script that is never run, but Trusted Types guards its text all the same: through the policy when the
  // page allows it, else as a text node, which the browser keeps (and reports) without running it.
  const trusted = trustedTypesPolicy();
  if (trusted) script.textContent = trusted.createScript(text) as string;
  else script.append(text);
  return script;
}
