import { openIdbStore } from './idb-store';

/**
 * The game's databases, opening from the moment its script starts: main.ts imports this before anything
 * else, so IndexedDB opens them while the rest of the code is still starting up.
 */
export const databasesOpening = openIdbStore();
