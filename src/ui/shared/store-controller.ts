import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Store } from '../../core/state/store';

/** Keeps a Lit component in step with a store: it re-renders whenever the state changes. */
export class StoreController<S> implements ReactiveController {
  value: S;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: Store<S>,
  ) {
    this.value = store.get();
    host.addController(this);
  }

  hostConnected(): void {
    this.value = this.store.get();
    this.unsubscribe = this.store.subscribe((state) => {
      this.value = state;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }
}
