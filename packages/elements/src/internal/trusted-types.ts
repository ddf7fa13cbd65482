/** The parts of a Trusted Types policy asm-kit uses. */
interface Policy {
  createScript(text: string): unknown;
  createScriptURL(url: string): unknown;
}
let policy: Policy | null | undefined;

/**
 * The 'asm-kit' Trusted Types policy, for pages whose CSP requires Trusted Types (where giving a script element its
 * text, or a worker its URL, throws without one). It passes only what asm-kit builds itself: the JSON-LD of a list
 * (JSON with every '<' escaped) and the URL of its own index worker, never page input. Null when the browser has no
 * Trusted Types or the page's `trusted-types` directive does not allow 'asm-kit'.
 */
export function trustedTypesPolicy(): Policy | null {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } })
      .trustedTypes;
    try {
      policy =
        factory?.createPolicy('asm-kit', { createScript: (text) => text, createScriptURL: (url) => url }) ??
        null;
    } catch {
      policy = null;
    }
  }
  return policy;
}
