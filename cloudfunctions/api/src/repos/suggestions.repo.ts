import type { Suggestion, SuggestionStatus } from '@/domain/hometown/suggestion.schema';
import { db, type DbHandle } from '@shared/platform/cloud';
import { allOf } from '@shared/repos/query';

const suggestions = (h: DbHandle) => h.collection('suggestions');

export async function insertSuggestion(s: Suggestion): Promise<void> {
  await suggestions(db).add({ data: s });
}

export async function getSuggestion(id: string, h: DbHandle = db): Promise<Suggestion | null> {
  return ((await suggestions(h).doc(id).get()).data as Suggestion | null) ?? null;
}

export async function patchSuggestion(tx: DbHandle, id: string, patch: Partial<Suggestion>): Promise<void> {
  await suggestions(tx).doc(id).update({ data: patch });
}

/** One request: newest first by `_id`, before `before` (exclusive keyset cursor). */
export async function querySuggestions(conds: (object | null)[], before: string | undefined, limit: number): Promise<Suggestion[]> {
  const where = allOf(conds, before);
  const { data } = await suggestions(db).where(where).orderBy('_id', 'desc').limit(limit).get();
  return data as Suggestion[];
}

/** One count() per status (index hits), in parallel. */
export async function countSuggestionsByStatus(unit: object, statuses: readonly SuggestionStatus[]): Promise<Record<SuggestionStatus, number>> {
  const totals = await Promise.all(statuses.map(async (status) => (await suggestions(db).where({ ...unit, status }).count()).total as number));
  return Object.fromEntries(statuses.map((s, i) => [s, totals[i]])) as Record<SuggestionStatus, number>;
}
