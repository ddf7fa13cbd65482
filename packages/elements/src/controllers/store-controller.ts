import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Store, StoreState } from '@asm-kit/query';

/**
 * Connects a Lit element to a query `Store`: subscribes while the element is connected, unsubscribes when it
 * leaves the page, and re-renders on every state change. `resolve` says which store to use; call `refresh()`
 * when its inputs change (e.g. a `store` property or a `for` attribute).
 */
export class StoreController implements ReactiveController {
  /** The store currently followed. */
  store?: Store;
  /** Latest state of that store. */
  state?: StoreState;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly resolve: () => Store | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** Re-resolves the store and follows the new one if it changed. */
  refresh(): void {
    const next = this.host.isConnected ? this.resolve() : undefined;
    if (next === this.store && (this.unsubscribe || !next)) return;
    this.detach();
    this.store = next;
    if (!next) return;
    this.unsubscribe = next.subscribe((state) => {
      this.state = state;
      this.host.requestUpdate();
    });
    this.state = next.getState();
    this.host.requestUpdate();
  }

  private detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = undefined;
    this.state = undefined;
  }
}
