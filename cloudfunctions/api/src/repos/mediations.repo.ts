import type { MediationCase, MediationKind, MediationStep } from '@/domain/mediation/mediation.schema';
import { _, db } from '@shared/platform/cloud';
import { allOf, defined, getAll, withinUnits, type Units } from '@shared/repos/query';

const cases = () => db.collection('mediationCases');

export async function insertMediation(c: MediationCase): Promise<void> {
  await cases().add({ data: c });
}

export async function getMediation(id: string): Promise<MediationCase | null> {
  const { data } = await cases().where({ _id: id }).limit(1).get();
  return (data[0] as MediationCase | undefined) ?? null;
}

/**
 * Appends a step on a case still open with `steps` as long as the caller saw it: a conditional
 * update, so of two organisers stepping on one view exactly one lands (answers whether it did).
 */
export async function appendStep(id: string, seenSteps: number, step: MediationStep, patch: Pick<MediationCase, 'state' | 'outcome' | 'updatedAt'>): Promise<boolean> {
  const { stats } = await cases()
    .where({ _id: id, state: 'open', steps: _.size(seenSteps) })
    .update({ data: { ...patch, steps: _.push([defined(step)]) } });
  return stats.updated === 1;
}

export interface MediationQuery {
  state?: 'open' | 'closed';
  kind?: MediationKind;
  branchId?: string;
  within?: Units | null;
  before?: string;
}

export async function queryMediations(q: MediationQuery, limit: number): Promise<Omit<MediationCase, 'steps'>[]> {
  const where = allOf([defined({ state: q.state, kind: q.kind, branchId: q.branchId }), withinUnits(q.within)], q.before);
  const { data } = await cases().where(where).orderBy('_id', 'desc').field({ steps: false }).limit(limit).get();
  return data as Omit<MediationCase, 'steps'>[];
}

/** The cases a member is the party of, or brought the 老乡 of: his latest `limit`, newest first. */
export async function mediationsOfMember(memberId: string, limit: number): Promise<MediationCase[]> {
  const { data } = await cases().where({ memberId }).orderBy('_id', 'desc').limit(limit).get();
  return data as MediationCase[];
}

/** The year's cases of one unit (null: the county), kind, state and outcome only: what the counts need. */
export function mediationFigures(year: number, unit: { branchId?: string; groupId?: string }): Promise<Pick<MediationCase, 'kind' | 'state' | 'outcome'>[]> {
  return getAll(db, 'mediationCases', defined({ year, branchId: unit.branchId, groupId: unit.groupId }), ['_id', 'asc'], { kind: true, state: true, outcome: true });
}
