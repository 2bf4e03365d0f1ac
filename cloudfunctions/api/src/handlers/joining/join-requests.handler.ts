import type { ActionOutputs } from '@/contracts';
import { hasRole } from '@/domain/auth/grant';
import { secretaryBranchIds } from '@/domain/auth/scope.rules';
import type { JoinRequestsInput } from '@/domain/join/join-approval.schema';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { pendingJoinRequests } from '../../repos/join-requests.repo';
import { joinRequestViews } from './join-views';
import { decodeCursor, encodeCursor } from '../page';
import { speaksFor } from '@/domain/transfer/transfer.rules';

/** Joins waiting for approval, oldest first: a secretary's branches, or (the county) every branch or the one asked. */
export async function joinRequestsHandler(input: JoinRequestsInput, { caller }: Ctx): Promise<ActionOutputs['join.requests']> {
  let branchIds: string[] | null;
  if (input.branchId) {
    if (!speaksFor(caller, input.branchId)) throw forbidden('仅本支部书记或县委组织部可审核入支部申请');
    branchIds = [input.branchId];
  } else if (hasRole(caller, 'county')) branchIds = null;
  else {
    branchIds = secretaryBranchIds(caller);
    if (!branchIds.length) throw forbidden('仅支部书记或县委组织部可审核入支部申请');
  }
  const limit = input.limit ?? 20;
  const rows = await pendingJoinRequests(branchIds, limit + 1, decodeCursor(input.cursor, 'cursor'));
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { items: await joinRequestViews(page), nextCursor: rows.length > limit ? encodeCursor(last.requestedAt, last._id) : null };
}
