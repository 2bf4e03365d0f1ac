import { counterKey, type MonthCounters } from '@/domain/themeday/attendance-counters.rules';
import type { Additions, Plan, PromptSheet } from '@/domain/themeday/themeday.schema';
import { _, db, type DbHandle } from '../platform/cloud';

/**
 * themedayPlans/<branchId>: the branch's rule and, per month, its sign-in counters
 * (`counters.m<YYYYMM>`), so attendance reads one document per branch, never the sign-ins.
 * themedaySheets/<YYYY-MM>: the county's 提示单; themedaySheets/<branchId>_<YYYY-MM>: a branch's additions.
 * themedaySignins/<occurrenceId>_<memberId>: one per member per meeting (the id is the guard).
 */
export interface PlanDoc {
  _id: string;
  branchId: string;
  plan: Plan;
  updatedAt: number;
  updatedBy: string;
  counters?: Record<string, Partial<MonthCounters>>;
}
export type SheetDoc = { _id: string; month: string; updatedAt: number; updatedBy: string } & ({ kind: 'county'; sheet: PromptSheet } | { kind: 'branch'; branchId: string; additions: Additions });
export interface SigninDoc {
  _id: string;
  occurrenceId: string;
  branchId: string;
  month: string;
  memberId: string;
  openid: string;
  mode: 'online' | 'onsite';
  at: number;
}

const plans = (h: DbHandle) => h.collection('themedayPlans');
const sheets = (h: DbHandle) => h.collection('themedaySheets');
const signins = (h: DbHandle) => h.collection('themedaySignins');

export const signinId = (occurrenceId: string, memberId: string) => `${occurrenceId}_${memberId}`;
export const branchSheetId = (branchId: string, month: string) => `${branchId}_${month}`;

export async function getPlan(branchId: string): Promise<PlanDoc | null> {
  return ((await plans(db).doc(branchId).get()).data as PlanDoc | null) ?? null;
}

export async function plansByIds(ids: string[]): Promise<PlanDoc[]> {
  if (!ids.length) return [];
  const { data } = await plans(db).where({ _id: _.in(ids) }).limit(Math.min(ids.length, 1000)).get();
  return data as PlanDoc[];
}

/** Writes the rule without touching the counters; creates the document on first use. */
export async function savePlan(branchId: string, plan: Plan, by: string, now: number): Promise<void> {
  const patch = { plan: _.set(plan), updatedAt: now, updatedBy: by };
  const { stats } = await plans(db).doc(branchId).update({ data: patch });
  if (stats.updated) return;
  try {
    await plans(db).add({ data: { _id: branchId, branchId, plan, updatedAt: now, updatedBy: by, counters: {} } satisfies PlanDoc });
  } catch {
    // Another secretary's first save won the id: apply ours over it.
    await plans(db).doc(branchId).update({ data: patch });
  }
}

/** set(): a sheet is replaced whole (upsert). */
export async function saveSheet(doc: SheetDoc): Promise<void> {
  const { _id, ...data } = doc;
  await sheets(db).doc(_id).set({ data });
}

export async function sheetsByIds(ids: string[]): Promise<SheetDoc[]> {
  const { data } = await sheets(db).where({ _id: _.in(ids) }).limit(ids.length).get();
  return data as SheetDoc[];
}

export async function signinsByIds(ids: string[]): Promise<SigninDoc[]> {
  if (!ids.length) return [];
  const { data } = await signins(db).where({ _id: _.in(ids) }).limit(Math.min(ids.length, 1000)).get();
  return data as SigninDoc[];
}

export async function getSignin(id: string): Promise<SigninDoc | null> {
  return ((await signins(db).doc(id).get()).data as SigninDoc | null) ?? null;
}

/** Inside a transaction: the sign-in and its counters move together, so a crash never leaves one without the other. */
export async function insertSignin(tx: DbHandle, s: SigninDoc): Promise<void> {
  await signins(tx).add({ data: s });
  const key = counterKey(s.month);
  await plans(tx).doc(s.branchId).update({ data: { [`counters.${key}.signedIn`]: _.inc(1), [`counters.${key}.${s.mode}`]: _.inc(1) } });
}
