import type { EvalResult, EvalRound, EvalSheet } from '@/domain/evaluation/evaluation.schema';
import type { Branch } from '@/domain/org/org.schema';
import { _, db, inTransaction, type DbHandle } from '@shared/platform/cloud';
import { getAll } from '@shared/repos/query';
import type { UserDoc } from '@shared/repos/users.repo';

const rounds = (h: DbHandle) => h.collection('evalRounds');
const sheets = (h: DbHandle) => h.collection('evalSheets');

/** One round per year: its `_id` says which, so a second opening collides. */
export const roundIdOf = (year: number) => `r${year}`;
export const sheetIdOf = (roundId: string, branchId: string, reviewer: string) => `${roundId}_${branchId}_${reviewer}`;

export async function getRound(id: string, h: DbHandle = db): Promise<EvalRound | null> {
  return ((await rounds(h).doc(id).get()).data as EvalRound | null) ?? null;
}

export async function insertRound(round: EvalRound): Promise<void> {
  await rounds(db).add({ data: round });
}

/** Rounds newest year first, without the heavy results (one request; a county has a round a year). */
export async function listRounds(where: object): Promise<EvalRound[]> {
  const { data } = await rounds(db).where(where).orderBy('year', 'desc').field({ results: false }).limit(100).get();
  return data as EvalRound[];
}

/** Whether an open round names `openid` a reviewer (one indexed count). */
export async function reviewsOpenRound(openid: string): Promise<boolean> {
  const { total } = await rounds(db).where({ reviewerOpenids: openid, status: 'open' }).count();
  return total > 0;
}

/** Closed and open rounds in which `openid` is one of the evaluated secretaries (with results). */
export async function roundsEvaluating(openid: string): Promise<EvalRound[]> {
  const { data } = await rounds(db).where({ evalueeOpenids: openid }).orderBy('year', 'desc').limit(100).get();
  return data as EvalRound[];
}

/** The branches whose secretaries a new round evaluates (every page of them). */
export const branchesOfKinds = (kinds: readonly string[]): Promise<Branch[]> => getAll<Branch>(db, 'branches', { kind: _.in([...kinds]) });

/** Every user holding a secretary grant (the snapshot's openids). */
export const secretaryUsers = (): Promise<UserDoc[]> => getAll<UserDoc>(db, 'users', { 'grants.role': 'secretary' });

/**
 * Saves a reviewer's sheet in one transaction with the round: re-reads the round (so a close that
 * committed first wins), writes the sheet whole, and moves the round's revision so a close that is
 * computing notices it. Answers the round as the transaction saw it.
 */
export async function saveSheet(sheet: EvalSheet): Promise<EvalRound | null> {
  return inTransaction(async (t) => {
    const round = await getRound(sheet.roundId, t);
    if (!round || round.status !== 'open') return round;
    const { _id, ...rest } = sheet;
    await sheets(t).doc(_id).set({ data: rest });
    await rounds(t).doc(sheet.roundId).update({ data: { revision: _.inc(1) } });
    return round;
  });
}

export async function getSheet(id: string): Promise<EvalSheet | null> {
  return ((await sheets(db).doc(id).get()).data as EvalSheet | null) ?? null;
}

export const sheetsOfRound = (roundId: string): Promise<EvalSheet[]> => getAll<EvalSheet>(db, 'evalSheets', { roundId });

/** One reviewer's sheets in a round (one request: at most one per secretary, ≤ 1000 branches). */
export async function sheetsOfReviewer(roundId: string, reviewer: string): Promise<EvalSheet[]> {
  const { data } = await sheets(db).where({ roundId, reviewer }).limit(1000).get();
  return data as EvalSheet[];
}

/**
 * Closes the round with its results if nothing moved since `revision` was read: answers 'closed'
 * (done), 'already' (closed by someone else) or 'moved' (a sheet landed: recompute and retry).
 */
export async function closeIfUnchanged(roundId: string, revision: number, results: EvalResult[], now: number): Promise<'closed' | 'already' | 'moved'> {
  return inTransaction(async (t) => {
    const round = await getRound(roundId, t);
    if (!round || round.status !== 'open') return 'already' as const;
    if ((round.revision ?? 0) !== revision) return 'moved' as const;
    await rounds(t).doc(roundId).update({ data: { status: 'closed', closedAt: now, results: _.set(results) } });
    return 'closed' as const;
  });
}
