/**
 * Registers a tag unless it is already defined (two bundles on one page, or a define module imported twice,
 * must not throw "already been used with this registry").
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
