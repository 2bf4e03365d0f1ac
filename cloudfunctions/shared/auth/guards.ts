import type { Caller, Placement } from '@/domain/auth/grant';
import { canAdministerOrg, constrainList, listScope, type ListConstraint } from '@/domain/auth/scope.rules';
import type { Member } from '@/domain/member/member.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '../dispatch/context';

export function requireOrgAdmin(caller: Caller): void {
  if (!canAdministerOrg(caller)) throw forbidden('仅县委组织部或系统管理员可操作');
}

/**
 * What a list may show the caller under the ledger's scope rule (constrainList) for the placement
 * filters he asked for; out of his scope → forbidden with `message`.
 */
export function requireListConstraint(caller: Caller, filter: { branchId?: string; groupId?: string }, message: string): NonNullable<ListConstraint> {
  const constraint = constrainList(listScope(caller), filter);
  if (!constraint) throw forbidden(message);
  return constraint;
}

/** A member id that names no record gets the same answer from every action. */
export function existingMember(member: Member | null): Member {
  if (!member) throw new AppError(ErrorCodes.MEMBER_NOT_FOUND, '党员档案不存在');
  return member;
}

/** A record whose mobile status ended is read-only until it is reopened (member.reopenMobility). */
export function editableRecord<M extends { ended?: boolean }>(member: M): M {
  if (member.ended) throw new AppError(ErrorCodes.MEMBER_MOBILITY_ENDED, '该党员的流动党员身份已结束，档案只读；如需修改请先恢复');
  return member;
}

/** Every listed member must exist (the payload schemas keep the ids unique). */
export function requireAllMembers(found: readonly unknown[], ids: readonly string[]): void {
  if (found.length !== ids.length) throw new AppError(ErrorCodes.MEMBER_NOT_FOUND, '有党员档案不存在');
}

/** The caller's own member id: who has not joined a branch is told to scan its code first (`toDo`: before what). */
export function ownMemberId(caller: Caller, toDo = ''): string {
  if (!caller.memberId) throw new AppError(ErrorCodes.MEMBER_NOT_JOINED, `请先扫码加入支部${toDo}`);
  return caller.memberId;
}

/** The caller's own member id and his branch / village placement, under the same rule. */
export function joinedPlacement(ctx: Pick<Ctx, 'caller'>, toDo = ''): { memberId: string; placement: Placement } {
  const memberId = ownMemberId(ctx.caller, toDo);
  if (ctx.caller.placement?.ended) throw new AppError(ErrorCodes.MEMBER_MOBILITY_ENDED, '您的流动党员身份已结束，如需恢复请在「我的档案」中操作');
  const placement = placementOf(ctx);
  if (!placement) throw new AppError(ErrorCodes.MEMBER_NOT_JOINED, `请先扫码加入支部${toDo}`);
  return { memberId, placement };
}

/**
 * Where the caller sits, from his member record read with him: none before joining, nor once his
 * mobile status ended (then he is in no audience: no pushes, check-ins or meetings).
 */
export function placementOf({ caller }: Pick<Ctx, 'caller'>): Placement | null {
  return caller.placement?.ended ? null : caller.placement;
}
