import { openDatabase, stepsDatabaseName, writeAtOnce } from './steps-database';
import type { StepWrite, StepWritten } from './step-writer';

/**
 * Writes pupils' last steps on a thread of its own. Straight after a click the page's thread draws the
 * next picture for tens of milliseconds, and IndexedDB reports a write done only to a thread that is
 * free; here nothing else runs, so a step is written, and known to be, within a millisecond or two.
 */
const database = openDatabase(stepsDatabaseName);

async function write({ id, key, value }: StepWrite): Promise<StepWritten> {
  try {
    await writeAtOnce(await database, key, value);
    return { id, at: performance.timeOrigin + performance.now() };
  } catch {
    return { id, at: undefined };
  }
}

self.onmessage = (event: MessageEvent<StepWrite>) => {
  void write(event.data).then((reply) => self.postMessage(reply));
};
