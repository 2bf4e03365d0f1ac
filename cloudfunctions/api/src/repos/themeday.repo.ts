import { counterKey, type MonthCounters } from '@/domain/themeday/attendance-counters.rules';
import type { Additions, Plan, PromptSheet } from '@/domain/themeday/themeday.schema';
import { _, db, type DbHandle } from '@shared/platform/cloud';
import { byIds, updateOrInsert } from '@shared/repos/query';
import { callerMember, type Join } from '@shared/repos/caller.repo';

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

/** themeday.signin's join to the caller's read: his branch's plan (`_id` = branchId), by his member record's branch. */
export const ownPlanJoin: Join = { collection: 'themedayPlans', let: { branchId: callerMember('branchId') }, match: _.aggregate.eq(['$_id', '$$branchId']) };

export async function getPlan(branchId: string): Promise<PlanDoc | null> {
  return ((await plans(db).doc(branchId).get()).data as PlanDoc | null) ?? null;
}

export const plansByIds = (ids: string[]): Promise<PlanDoc[]> => byIds<PlanDoc>(db, 'themedayPlans', ids);

/** Writes the rule without touching the counters; creates the document on first use (another secretary's first save that won the id gets ours applied over it). */
export async function savePlan(branchId: string, plan: Plan, by: string, now: number): Promise<void> {
  const patch = { plan: _.set(plan), updatedAt: now, updatedBy: by };
  await updateOrInsert<PlanDoc>(db, 'themedayPlans', branchId, patch, { branchId, plan, updatedAt: now, updatedBy: by, counters: {} });
}

/** set(): a sheet is replaced whole (upsert). */
export async function saveSheet(doc: SheetDoc): Promise<void> {
  const { _id, ...data } = doc;
  await sheets(db).doc(_id).set({ data });
}

export const sheetsByIds = (ids: string[]): Promise<SheetDoc[]> => byIds<SheetDoc>(db, 'themedaySheets', ids);

export const signinsByIds = (ids: string[]): Promise<SigninDoc[]> => byIds<SigninDoc>(db, 'themedaySignins', ids);

export async function getSignin(id: string): Promise<SigninDoc | null> {
  return ((await signins(db).doc(id).get()).data as SigninDoc | null) ?? null;
}

/** The sign-in record: its `_id` (occurrence + member) makes a second one fail as a duplicate. */
export async function insertSignin(h: DbHandle, s: SigninDoc): Promise<void> {
  await signins(h).add({ data: s });
}

/** Counts a sign-in on the plan: one atomic update, never inside a transaction (the whole branch signs in at once). */
export async function countSignin(tx: DbHandle, s: SigninDoc): Promise<void> {
  const key = counterKey(s.month);
  await plans(tx).doc(s.branchId).update({ data: { [`counters.${key}.signedIn`]: _.inc(1), [`counters.${key}.${s.mode}`]: _.inc(1) } });
}
