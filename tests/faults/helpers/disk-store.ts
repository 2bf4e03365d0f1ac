/**
 * What a restart will find: the local cloud's data folder replayed exactly as startup replays it
 * (snapshot, then every complete journal line; a torn tail is dropped). Read only after the process
 * that wrote it is dead.
 */
import { Journal } from '../../../localcloud/store/journal';
import { CollectionStore } from '../../../localcloud/store/collection-store';
import type { Doc } from '../../../localcloud/store/wire-codec';

export type Store = Record<string, Doc[]>;

export function readStore(dataDir: string): Store {
  const journal = new Journal(dataDir);
  const store = new CollectionStore(journal);
  try {
    store.load();
    return Object.fromEntries(store.names().map((n) => [n, [...store.get(n)!.docs.values()]]));
  } finally {
    journal.close();
  }
}

export const docs = (s: Store, coll: string): any[] => s[coll] ?? [];
export const byId = (s: Store, coll: string): Map<string, any> => new Map(docs(s, coll).map((d) => [d._id, d]));
