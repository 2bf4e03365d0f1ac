import type { RoleAuditEntry, RoleHolding, RoleInvitation } from '@/domain/roles/roles.schema';
import { _, db, type DbHandle } from '@shared/platform/cloud';
import { byIds } from '@shared/repos/query';

/**
 * Role bookkeeping beside the users documents (which keep the grants themselves):
 *   roleHoldings    — since when and by whom a user holds one grant (`_id` = holdingId)
 *   roleAudit       — every grant, revoke, invitation and acceptance, never changed afterwards
 *   roleInvitations — signed single-use invitations
 *   config/sysadmin_roster — the openids holding sysadmin: the one document every sysadmin grant and
 *                     revoke writes, so two revokes conflict instead of both reading "two left".
 */
const holdings = (h: DbHandle) => h.collection('roleHoldings');
const audit = (h: DbHandle) => h.collection('roleAudit');
const invitations = (h: DbHandle) => h.collection('roleInvitations');

export const ROSTER_ID = 'sysadmin_roster';

export async function getRoster(h: DbHandle = db): Promise<string[] | null> {
  const { data } = await h.collection('config').doc(ROSTER_ID).get();
  return (data as { holders: string[] } | null)?.holders ?? null;
}

export async function putRoster(tx: DbHandle, holders: string[], now: number): Promise<void> {
  await tx.collection('config').doc(ROSTER_ID).set({ data: { holders, updatedAt: now } });
}

/** The sysadmins as the users documents say (seeds a roster missing from data older than it). */
export async function sysadminOpenids(): Promise<string[]> {
  const { data } = await db.collection('users').where({ 'grants.role': 'sysadmin' }).field({ _id: true }).limit(1000).get();
  return (data as { _id: string }[]).map((u) => u._id);
}

export async function putHolding(tx: DbHandle, holding: RoleHolding): Promise<void> {
  const { _id, ...rest } = holding;
  await holdings(tx).doc(_id).set({ data: rest });
}

export async function removeHolding(tx: DbHandle, id: string): Promise<void> {
  await holdings(tx).doc(id).remove();
}

export const holdingsByIds = (ids: string[]): Promise<RoleHolding[]> => byIds<RoleHolding>(db, 'roleHoldings', ids);

export async function addAudit(tx: DbHandle, entry: RoleAuditEntry): Promise<void> {
  await audit(tx).add({ data: entry });
}

/** Newest first, keyset paging on the time-sortable `_id`. */
export async function auditPage(limit: number, before?: string): Promise<RoleAuditEntry[]> {
  const where = before ? { _id: _.lt(before) } : {};
  const { data } = await audit(db).where(where).orderBy('_id', 'desc').limit(limit).get();
  return data as RoleAuditEntry[];
}

export async function insertInvitation(tx: DbHandle, inv: RoleInvitation): Promise<void> {
  await invitations(tx).add({ data: inv });
}

export async function getInvitation(id: string, h: DbHandle = db): Promise<RoleInvitation | null> {
  return ((await invitations(h).doc(id).get()).data as RoleInvitation | null) ?? null;
}

export async function patchInvitation(tx: DbHandle, id: string, patch: Partial<RoleInvitation>): Promise<void> {
  await invitations(tx).doc(id).update({ data: patch });
}

/** The open-looking invitations of one unit (the page filters out expired ones by the clock). */
export async function pendingInvitations(role: string[], unitId: string | null): Promise<RoleInvitation[]> {
  const { data } = await invitations(db).where({ role: _.in(role), unitId, usedBy: null, cancelledAt: null }).orderBy('createdAt', 'desc').limit(50).get();
  return data as RoleInvitation[];
}

/** The users holding a grant on `where` (a grants.* match), at most 200 per unit. */
export async function holdersWhere(where: object): Promise<{ _id: string; name: string | null; memberId: string | null; grants: import('@/domain/auth/grant').Grant[]; profile?: { phone: string; title?: string } }[]> {
  const { data } = await db.collection('users').where(where).limit(200).get();
  return data;
}

/** The branch's secretary fields follow a handover (outside any transaction: the branch document carries counters many joins move). */
export async function setBranchSecretary(branchId: string, name: string, phone: string | null): Promise<void> {
  await db.collection('branches').doc(branchId).update({ data: { secretaryName: name, secretaryPhone: phone } });
}
