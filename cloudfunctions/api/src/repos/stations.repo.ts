import type { Station } from '@/domain/hometown/station.schema';
import { db, type DbHandle } from '@shared/platform/cloud';
import { getAll } from '@shared/repos/query';

const stations = (h: DbHandle) => h.collection('stations');

export async function getStation(id: string): Promise<Station | null> {
  return ((await stations(db).doc(id).get()).data as Station | null) ?? null;
}

export async function insertStation(s: Station): Promise<void> {
  await stations(db).add({ data: s });
}

/** Replaces the editable fields (set() of the whole record would drop nothing else: there is nothing else). */
export async function replaceStation(s: Station): Promise<void> {
  const { _id, ...rest } = s;
  await stations(db).doc(_id).set({ data: rest });
}

/** Every station (a county keeps tens, not thousands), by city then name. */
export async function listStations(city?: string): Promise<Station[]> {
  const rows = await getAll<Station>(db, 'stations', city ? { city } : {});
  return rows.sort((a, b) => a.city.localeCompare(b.city, 'zh') || a.name.localeCompare(b.name, 'zh'));
}

export async function countStations(): Promise<number> {
  return (await stations(db).count()).total as number;
}
