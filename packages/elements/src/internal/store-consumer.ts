import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Store } from '@asm-kit/query';
import { LocaleController } from '../controllers/locale-controller.js';
import { StoreController } from '../controllers/store-controller.js';

/** Anything that owns a store: `<asm-resource-list>`, or a partner element exposing `store`. */
export interface StoreOwner extends Element {
  readonly store?: Store;
  /** Moves focus to the results (after paging or clearing filters). */
  focusResults?(): void;
}

/**
 * Name of the event a store owner dispatches when it connects, so parts placed before it in the page (or
 * upgraded before it) can find it. Internal: partners use `for` or the `store` property.
 */
export const STORE_READY = 'asm-store-ready';

/**
 * Base of the parts that read and drive a store (search box, filter bar, pagination, result summary).
 * The store comes from the `store` property (set by `<asm-resource-list>` for its own parts), else from the
 * element whose id is in `for` on the same page or in the same shadow root.
 */
export abstract class StoreConsumer extends LitElement {
  /** Store to read and update. Set it in code to wire a part to a store you created with `createStore`. */
  @property({ attribute: false }) store?: Store;

  /** Id of the `<asm-resource-list>` (or any element with a `store` property) this part controls. */
  @property({ attribute: 'for' }) htmlFor?: string;

  /** Theme override: 'light', 'dark' or 'auto' (follow the OS); unset follows the page's `color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  protected readonly locale = new LocaleController(this);
  protected readonly connection = new StoreController(this, () => this.store ?? this.owner?.store);
  private waitingRoot?: Node;

  /** The element that owns the store when found through `for`. */
  protected get owner(): StoreOwner | undefined {
    if (!this.htmlFor || !this.isConnected) return undefined;
    const root = this.getRootNode() as Document | ShadowRoot;
    return (root.getElementById?.(this.htmlFor) ?? document.getElementById(this.htmlFor)) as
      StoreOwner | undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.waitIfNeeded();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWaiting();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('store') || changed.has('htmlFor')) {
      this.connection.refresh();
      this.waitIfNeeded();
    }
  }

  private readonly onStoreReady = (): void => {
    this.connection.refresh();
    if (this.connection.store) this.stopWaiting();
  };

  /** A `for` target defined or connected later announces itself with STORE_READY; listen until then. */
  private waitIfNeeded(): void {
    if (this.connection.store || !this.htmlFor || this.waitingRoot) return;
    this.waitingRoot = this.getRootNode();
    this.waitingRoot.addEventListener(STORE_READY, this.onStoreReady);
  }

  private stopWaiting(): void {
    this.waitingRoot?.removeEventListener(STORE_READY, this.onStoreReady);
    this.waitingRoot = undefined;
  }
}
