import type { ActionOutputs } from '@/contracts';
import { hasRole } from '@/domain/auth/grant';
import { secretaryBranchIds } from '@/domain/auth/scope.rules';
import { forbidden } from '@/domain/shared/errors';
import type { TransferListInput } from '@/domain/transfer/transfer.schema';
import type { Ctx } from '@shared/dispatch/context';
import { queryTransfers, type TransferQuery } from '../../repos/transfers.repo';
import { ownMemberId } from '@shared/auth/guards';
import { pageOf } from '../page';
import { transferView } from './transfer-views';

/**
 * Transfers, newest first. incoming: to the caller's branches (the county: every branch) — what he
 * decides; outgoing: from them — how his members' moves stand; mine: the caller's own.
 */
export async function listTransfersHandler(input: TransferListInput, { caller }: Ctx): Promise<ActionOutputs['transfer.list']> {
  const pendingOnly = !input.all;
  let query: TransferQuery;
  if (input.box === 'mine') query = { memberId: ownMemberId(caller, '，再查看转接'), pendingOnly };
  else {
    const county = hasRole(caller, 'county');
    const branchIds = secretaryBranchIds(caller);
    if (!county && !branchIds.length) throw forbidden('仅支部书记或县委组织部可查看转接');
    const scope = county ? null : branchIds;
    query = input.box === 'incoming' ? { toBranchIds: scope, pendingOnly } : { fromBranchIds: scope, pendingOnly };
  }
  const limit = input.limit ?? 20;
  return pageOf(await queryTransfers({ ...query, before: input.cursor }, limit + 1), limit, transferView);
}
