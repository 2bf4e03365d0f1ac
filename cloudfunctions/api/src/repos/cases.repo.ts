import type { CareCase, CaseStep } from '@/domain/care/care.schema';
import type { Grant } from '@/domain/auth/grant';
import { _, db, type DbHandle } from '@shared/platform/cloud';
import { allOf, defined, withinUnits, type Units } from '@shared/repos/query';

const cases = (h: DbHandle) => h.collection('careCases');

export async function insertCase(tx: DbHandle, c: CareCase): Promise<void> {
  await cases(tx).add({ data: c });
}

export async function getCase(id: string, h: DbHandle = db): Promise<CareCase | null> {
  return ((await cases(h).doc(id).get()).data as CareCase | null) ?? null;
}

/** One step: the new state, version and assignee, with the step appended to the timeline (inside the caller's transaction). */
export async function applyStep(tx: DbHandle, id: string, patch: Pick<CareCase, 'state' | 'version' | 'updatedAt' | 'assignee'>, step: CaseStep): Promise<void> {
  await cases(tx)
    .doc(id)
    .update({
      data: {
        state: patch.state,
        version: patch.version,
        updatedAt: patch.updatedAt,
        // set(): replaces the assignee whole (an object would be merged field by field).
        ...(step.action === 'assign' ? { assignee: _.set(patch.assignee) } : {}),
        timeline: _.push([defined(step)]),
      },
    });
}

/** A case following its member to another branch (transfer): new units, version, maybe no assignee, and the step saying so. */
export async function moveCase(tx: DbHandle, id: string, patch: Pick<CareCase, 'branchId' | 'groupId' | 'version' | 'updatedAt' | 'assignee'>, step: CaseStep): Promise<void> {
  await cases(tx)
    .doc(id)
    .update({ data: { branchId: patch.branchId, groupId: patch.groupId, version: patch.version, updatedAt: patch.updatedAt, assignee: _.set(patch.assignee), timeline: _.push([defined(step)]) } });
}

/** A member's open cases (filed, accepted, in progress), ids only: one request. */
export async function openCaseIdsOf(memberId: string): Promise<string[]> {
  const { data } = await cases(db).where({ memberId, state: _.in(['filed', 'accepted', 'in_progress']) }).field({ _id: true }).limit(100).get();
  return (data as { _id: string }[]).map((c) => c._id);
}

export interface CaseQuery {
  memberId?: string;
  state?: string;
  kind?: string;
  assigneeOpenid?: string;
  branchId?: string;
  groupId?: string;
  /** Scope limit: the case's member sat in one of these branches or groups. */
  within?: Units | null;
  /** Exclusive upper bound on `_id` (the previous page's last id). */
  before?: string;
}

/** One request: newest first by `_id` (time-sortable), without timelines. */
export async function queryCases(query: CaseQuery, limit: number): Promise<Omit<CareCase, 'timeline'>[]> {
  const eq = defined({ memberId: query.memberId, state: query.state, kind: query.kind, 'assignee.openid': query.assigneeOpenid, branchId: query.branchId, groupId: query.groupId });
  const where = allOf([eq, withinUnits(query.within)], query.before);
  const { data } = await cases(db).where(where).orderBy('_id', 'desc').field({ timeline: false }).limit(limit).get();
  return data as Omit<CareCase, 'timeline'>[];
}

/**
 * The organisers who cover a member (possible assignees), from the users collection: the county
 * 组织部, his branch's secretaries, his village's cadres. One request (index users.grants_role).
 */
export async function organisersCovering(placement: { branchId: string; groupId: string }): Promise<{ _id: string; name: string | null; grants: Grant[] }[]> {
  const { data } = await db
    .collection('users')
    .where(
      _.or([
        { 'grants.role': 'county' },
        { grants: _.elemMatch({ role: 'secretary', branchId: placement.branchId }) },
        { grants: _.elemMatch({ role: 'cadre', groupId: placement.groupId }) },
      ]),
    )
    .field({ name: true, grants: true })
    .limit(100)
    .get();
  return data;
}
