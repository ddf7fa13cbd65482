import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { closestMatch, primarySubtag } from '@asm-kit/schema';
import type { Messages } from '../i18n/messages.js';
import { availableLanguages, loadMessages, messagesFor } from '../i18n/registry.js';

/**
 * A valid, canonical BCP 47 tag for a `lang` as pages write it, so that no Intl call throws on it: trimmed, '_'
 * read as '-' ('fr_FR ' -> 'fr-FR'); when still invalid, its primary subtag ('xx-!!' -> 'xx'), else the
 * closest language with UI strings ('fr!' -> 'fr'), else 'en'.
 */
function validTag(value: string): string {
  const tag = value.trim().replace(/_/g, '-');
  const primary = primarySubtag(tag);
  for (const candidate of [tag, primary, closestMatch(primary, availableLanguages())]) {
    try {
      // [] for no candidate (closestMatch found none): then English.
      return String(Intl.getCanonicalLocales(candidate)) || 'en';
    } catch {
      // Not a well-formed tag: try the next candidate.
    }
  }
  return 'en';
}

/** The element an element's language comes from: its parent, or the host of the shadow root it lives in. */
function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * Resolves the UI language of one element from the nearest `lang` attribute: the element itself, its ancestors
 * (crossing shadow roots), then `<html>`; 'en' when none is set. A malformed tag ('en_US', 'fr ', '!!') is
 * repaired or replaced (see validTag), so `lang` is always a tag Intl accepts. Unlike a page-wide locale, two
 * elements on one page can speak two languages. It watches every element on that path, so adding or changing a
 * `lang` anywhere between the element and the one that decided (e.g. the language switcher setting `lang` on a
 * list) re-renders.
 */
export class LocaleController implements ReactiveController {
  /** The resolved BCP 47 tag, canonical and valid, e.g. 'fr' or 'pt-BR'. */
  lang = 'en';
  private observer?: MutationObserver;

  /**
   * @param from Element to resolve from, when it is not the host (the language switcher follows its target).
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly from: () => Element = () => host,
  ) {
    host.addController(this);
  }

  /** Resolves again, e.g. after the element to resolve from changed. */
  refresh(): void {
    if (this.host.isConnected) this.resolve();
  }

  /** UI strings for the resolved language (English when it has none, or until a built-in one has loaded). */
  get messages(): Messages {
    return messagesFor(this.lang);
  }

  hostConnected(): void {
    this.resolve();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private resolve(): void {
    this.observer?.disconnect();
    const path: Element[] = [];
    let found = '';
    for (let node: Element | null = this.from(); node; node = parentOf(node)) {
      path.push(node);
      const value = node.getAttribute('lang');
      if (value) {
        found = value;
        break;
      }
    }
    this.observer ??= new MutationObserver(() => this.resolve());
    for (const element of path)
      this.observer.observe(element, { attributes: true, attributeFilter: ['lang'] });
    const lang = validTag(found || 'en');
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
    // A built-in language is fetched on first use; render again in it once it is here.
    void loadMessages(lang)?.then(() => this.host.requestUpdate());
  }
}
