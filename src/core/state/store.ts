export type Listener<S> = (state: S, previous: S) => void;

/** One value that changes over time, with typed subscribers. Updates replace the state, never mutate. */
export class Store<S> {
  private state: S;
  private readonly listeners = new Set<Listener<S>>();

  /** `derive` fills in values that follow from others (it returns the same state when nothing follows). */
  constructor(
    initial: S,
    private readonly derive: (state: S) => S = (state) => state,
  ) {
    this.state = derive(initial);
  }

  get(): S {
    return this.state;
  }

  update(change: (state: S) => S): void {
    const previous = this.state;
    const next = this.derive(change(previous));
    if (next === previous) return;
    this.state = next;
    // One failing listener (a picture that cannot draw, say) must not stop the others or the game.
    for (const listener of [...this.listeners]) {
      try {
        listener(next, previous);
      } catch (error) {
        console.error(error);
      }
    }
  }

  subscribe(listener: Listener<S>): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}
