import type { Suggestion, SuggestionStatus } from '@/domain/hometown/suggestion.schema';
import { _, db, type DbHandle } from '../platform/cloud';

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

/** Where clause of a queue limited to some branches ∪ village groups (null = the whole county). */
export function withinUnits(units: { branchIds: string[]; groupIds: string[] } | null): object | null {
  if (!units) return null;
  const anyOf: object[] = [];
  if (units.branchIds.length) anyOf.push({ branchId: _.in(units.branchIds) });
  if (units.groupIds.length) anyOf.push({ groupId: _.in(units.groupIds) });
  return anyOf.length === 1 ? anyOf[0] : _.or(anyOf);
}

/**
 * The conjunction of `conds` (nulls dropped) and, with `before`, the keyset cursor `_id < before`
 * (lists here are newest first by time-sortable `_id`). Shared by the hometown repos.
 */
export function allOf(conds: (object | null)[], before?: string): object {
  const all = [...conds.filter((c): c is object => c !== null), ...(before ? [{ _id: _.lt(before) }] : [])];
  return all.length === 0 ? {} : all.length === 1 ? all[0] : _.and(all);
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
