import type { Caller, Grant } from '@/domain/auth/grant';
import { sameGrant } from '@/domain/auth/grant';
import { applyGrant } from '@/domain/auth/grant.rules';
import { holdingIdOf, isSelfGrant, unitIdOf } from '@/domain/roles/role-change.rules';
import type { AuditKind, OrganiserProfile, RoleHolding } from '@/domain/roles/roles.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { inTransaction, type DbHandle } from '@shared/platform/cloud';
import { newId } from '@shared/platform/ids';
import { addAudit, getRoster, putHolding, putRoster, removeHolding, sysadminOpenids } from '../../repos/roles.repo';
import { getUser, putUser } from '@shared/repos/users.repo';

export interface RoleChange {
  actor: Caller;
  target: string;
  grant: Grant;
  revoke: boolean;
  via: RoleHolding['via'];
  now: number;
  /** What the audit entry says happened (default grant / revoke). */
  kind?: AuditKind;
  invitationId?: string;
  /** Who granted it when not the actor: the inviter of an accepted invitation. */
  grantor?: { openid: string; name: string | null };
  /** The organiser profile the target filled in (accepting an invitation). */
  profile?: OrganiserProfile;
  /** The target's member record, when he is a member and the caller has it (a grant picked by member, the accepter himself). */
  member?: { name: string } | null;
}

/** A transaction that lost a per-document conflict (WeChat -501001 / DATABASE_TRANSACTION_CONFLICT). */
const isConflict = (err: unknown): boolean => /-501001|CONFLICT|TRANSACTION/i.test(`${(err as { errCode?: unknown })?.errCode ?? ''} ${(err as { errMsg?: unknown })?.errMsg ?? ''} ${(err as Error)?.message ?? ''}`);

/**
 * Applies one grant or revoke with its bookkeeping, all in one transaction: the user's grants, the
 * holding (since when, by whom), the audit entry and — for sysadmin — the roster document.
 *
 * "At least one sysadmin remains" rests on that roster: every sysadmin grant and revoke reads and
 * writes it inside its transaction, so two concurrent revokes of the last two both write one
 * document and the second conflicts (WeChat fails it at once, -501001; runTransaction retries it,
 * and the retry reads one holder left and is refused). A count read outside the transaction could
 * not: both would read two.
 *
 * A change that changes nothing (granting a held grant, revoking one not held) writes nothing.
 */
export async function changeRole(c: RoleChange, tx?: DbHandle): Promise<Grant[]> {
  // Accepting an invitation is the invitee's own act on another person's offer (the inviter may not accept it).
  if (c.kind !== 'accept' && isSelfGrant(c.actor, c.target, c.grant.role, c.revoke)) throw forbidden('不能给自己授予可查看党员完整信息的角色，请由另一位管理员授予');
  const seed = c.grant.role === 'sysadmin' && (await getRoster()) === null ? await sysadminOpenids() : null;
  const run = (t: DbHandle) => applyInTransaction(t, c, seed);
  if (tx) return run(tx);
  try {
    return await inTransaction(run);
  } catch (err) {
    if (!(err instanceof AppError) && isConflict(err)) throw new AppError(ErrorCodes.SYSTEM_BUSY, '角色正在被他人调整，请稍后再试');
    throw err;
  }
}

async function applyInTransaction(tx: DbHandle, c: RoleChange, seed: string[] | null): Promise<Grant[]> {
  const user = await getUser(c.target, tx);
  const before = user?.grants ?? [];
  const held = before.some((g) => sameGrant(g, c.grant));
  if (held !== c.revoke && !c.profile) return before;
  const next = applyGrant(before, c.grant, c.revoke);

  if (c.grant.role === 'sysadmin' && held === c.revoke) {
    const roster = (await getRoster(tx)) ?? seed ?? [];
    const holders = c.revoke ? roster.filter((o) => o !== c.target) : [...new Set([...roster, c.target])];
    // Keeps "a sysadmin exists" true for good, which is what makes admin.bootstrap a one-off.
    if (holders.length === 0) throw forbidden('至少保留一名系统管理员');
    await putRoster(tx, holders, c.now);
  }

  // A member is named by his record; an organiser who is not one by his profile (or the name he has).
  const name = c.member?.name ?? c.profile?.name ?? user?.name ?? null;
  await putUser(tx, {
    ...(user ?? {}),
    _id: c.target,
    name,
    grants: next,
    ...(c.profile ? { profile: { phone: c.profile.phone, ...(c.profile.title ? { title: c.profile.title } : {}) } } : {}),
    createdAt: user?.createdAt ?? c.now,
    updatedAt: c.now,
  });
  if (held === c.revoke) {
    const holdingId = holdingIdOf(c.target, c.grant);
    if (c.revoke) await removeHolding(tx, holdingId);
    else
      await putHolding(tx, {
        _id: holdingId,
        openid: c.target,
        role: c.grant.role,
        unitId: unitIdOf(c.grant),
        since: c.now,
        grantedBy: c.grantor?.openid ?? c.actor.openid,
        grantedByName: c.grantor ? c.grantor.name : c.actor.name,
        via: c.via,
      });
    await addAudit(tx, {
      _id: newId(c.now),
      at: c.now,
      kind: c.kind ?? (c.revoke ? 'revoke' : 'grant'),
      actorOpenid: c.actor.openid,
      actorName: c.actor.openid === c.target ? name : c.actor.name,
      targetOpenid: c.target,
      targetName: name,
      role: c.grant.role,
      unitId: unitIdOf(c.grant),
      ...(c.invitationId ? { invitationId: c.invitationId } : {}),
    });
  }
  return next;
}
