/**
 * Loads what `key` names once, sharing the one promise among everyone who asks. A load that fails is
 * forgotten, so the next ask starts it again (though a browser remembers a script file that failed to
 * arrive until the page reloads).
 */
export function loadOnceEach<Value = unknown>(): (key: string, load: () => Promise<Value>) => Promise<Value> {
  const started = new Map<string, Promise<Value>>();
  return (key, load) => {
    let promise = started.get(key);
    if (!promise) {
      promise = load();
      started.set(key, promise);
      promise.catch(() => started.delete(key));
    }
    return promise;
  };
}
