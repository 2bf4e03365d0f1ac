import type { TransferView } from '@/contracts/transfer';
import type { Transfer, TransferSide } from '@/domain/transfer/transfer.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { getBranch, getGroup } from '@shared/repos/org.repo';

/** A transfer without the openids of those who asked and decided. */
export const transferView = ({ requestedBy, decidedBy, ...t }: Transfer): TransferView => ({ ...t, requestedByName: requestedBy.name, decidedByName: decidedBy?.name ?? null });

/** A side of a transfer with its names (kept on the transfer: the list reads no units). A unit that does not exist is refused. */
export async function sideOf(branchId: string, groupId: string): Promise<TransferSide> {
  const [branch, group] = await Promise.all([getBranch(branchId), getGroup(groupId)]);
  if (!branch) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '目标支部不存在');
  if (!group) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '所选网上党小组不存在');
  return { branchId, branchName: branch.name, groupId, groupName: group.name };
}
