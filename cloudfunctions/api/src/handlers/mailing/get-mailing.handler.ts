import type { MailingOutputs } from '@/contracts/mailing';
import { canManageMember } from '@/domain/auth/scope.rules';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { getBatch, itemsOfBatch } from '../../repos/mailings.repo';
import { batchNotFound, batchView, itemView } from './mailing-views';

/** A batch with the recipient rows of the members the caller manages (a county batch shows a secretary his own). */
export async function getMailingHandler(input: { batchId: string }, { caller }: Ctx): Promise<MailingOutputs['mailing.get']> {
  const batch = await getBatch(input.batchId);
  if (!batch) throw batchNotFound();
  const items = (await itemsOfBatch(batch._id)).filter((i) => canManageMember(caller, i));
  if (!items.length) throw forbidden('该寄送批次没有您负责的党员');
  return { batch: batchView(batch), items: items.map((i) => itemView(caller, i)) };
}
