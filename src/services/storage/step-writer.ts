/** A step to write, sent to the step writer's thread. */
export interface StepWrite {
  readonly id: number;
  readonly key: string;
  readonly value: unknown;
}

/** Its answer: when the value was written (ms since the epoch, `timeOrigin` based), or `undefined` if it was not. */
export interface StepWritten {
  readonly id: number;
  readonly at: number | undefined;
}

interface Waiting {
  readonly resolve: (at: number) => void;
  readonly reject: (error: Error) => void;
}

/** The page's side of step-writer.worker.ts: each write resolves with the moment it was written. */
export class StepWriter {
  private next = 0;
  private stopped = false;
  private readonly waiting = new Map<number, Waiting>();

  private constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<StepWritten>) => {
      const { id, at } = event.data;
      const waiting = this.waiting.get(id);
      this.waiting.delete(id);
      if (at === undefined) waiting?.reject(new Error('the step writer could not write'));
      else waiting?.resolve(at - performance.timeOrigin);
    };
    worker.onerror = () => {
      this.stopped = true;
      this.failAll();
    };
  }

  /** Starts the thread; `undefined` where the browser cannot (the page then writes steps itself). */
  static start(): StepWriter | undefined {
    try {
      return new StepWriter(
        new Worker(new URL('./step-writer.worker.ts', import.meta.url), { type: 'module' }),
      );
    } catch {
      return undefined;
    }
  }

  /** Writes at once; resolves with when it was written, on this page's `performance.now()` clock. */
  write(key: string, value: unknown): Promise<number> {
    if (this.stopped) return Promise.reject(new Error('the step writer stopped'));
    const id = (this.next += 1);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, key, value } satisfies StepWrite);
    });
  }

  private failAll(): void {
    for (const waiting of this.waiting.values()) waiting.reject(new Error('the step writer stopped'));
    this.waiting.clear();
  }
}
