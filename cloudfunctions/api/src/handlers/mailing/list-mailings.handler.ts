import type { MailingOutputs } from '@/contracts/mailing';
import type { MailingListInput } from '@/domain/mailing/mailing.schema';
import { unitsOf } from '@shared/repos/query';
import type { Ctx } from '@shared/dispatch/context';
import { queryBatches } from '../../repos/mailings.repo';
import { requireListConstraint } from '@shared/auth/guards';
import { batchView } from './mailing-views';

/** The batches reaching the caller's members (the ledger's scope rule), newest first, with their counts. */
export async function listMailingsHandler(input: MailingListInput, { caller }: Ctx): Promise<MailingOutputs['mailing.list']> {
  const limit = input.limit ?? 20;
  const constraint = requireListConstraint(caller, { branchId: input.branchId }, '无权查看这些寄送批次');
  const units = input.branchId ? { branchIds: [input.branchId], groupIds: [] } : unitsOf(constraint);
  const rows = await queryBatches(units, input.cursor, limit + 1);
  const items = rows.slice(0, limit).map(batchView);
  return { items, nextCursor: rows.length > limit ? items[items.length - 1]._id : null };
}
