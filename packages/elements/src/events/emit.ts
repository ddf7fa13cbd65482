/** Dispatches a bubbling, composed custom event (it crosses shadow roots, so the page can listen on the list). */
export function emit<T>(target: EventTarget, name: string, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { bubbles: true, composed: true, detail }));
}
