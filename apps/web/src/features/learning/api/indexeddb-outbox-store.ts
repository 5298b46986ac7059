import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ProgressEvent } from '@sen/contracts';
import type { OutboxRecord, OutboxStore } from './progress-outbox';

const DB_NAME = 'sen-progress';
const STORE = 'events';

interface OutboxDb extends DBSchema {
  events: {
    key: number;
    value: Omit<OutboxRecord, 'seq'> & { seq?: number };
    indexes: { 'by-user': string };
  };
}

/** The outbox in IndexedDB: survives reloads, closed tabs and restarts of the phone. */
export function createIndexedDbOutboxStore(): OutboxStore {
  let db: Promise<IDBPDatabase<OutboxDb>> | undefined;
  const open = () =>
    (db ??= openDB<OutboxDb>(DB_NAME, 1, {
      upgrade(database) {
        // Auto-increment keys follow insertion order; within one user's index entries, records sort by key.
        const store = database.createObjectStore(STORE, { keyPath: 'seq', autoIncrement: true });
        store.createIndex('by-user', 'userId');
      },
    }));
  return {
    async add(userId: string, event: ProgressEvent) {
      await (await open()).add(STORE, { userId, event });
    },
    async oldest(userId: string, limit?: number) {
      const records = await (await open()).getAllFromIndex(STORE, 'by-user', userId, limit);
      return records.map((r) => ({ seq: r.seq!, userId: r.userId, event: r.event }));
    },
    async remove(seqs: number[]) {
      const tx = (await open()).transaction(STORE, 'readwrite');
      await Promise.all([...seqs.map((seq) => tx.store.delete(seq)), tx.done]);
    },
  };
}
