import type { MailingOutputs } from '@/contracts/mailing';
import type { Ctx } from '@shared/dispatch/context';
import { itemsOfMember } from '../../repos/mailings.repo';
import { ownMemberId } from '@shared/auth/guards';

/** The member's own parcels (his latest 50), with their sent and received marks. */
export async function myMailingsHandler(_input: Record<string, never>, { caller }: Ctx): Promise<MailingOutputs['mailing.mine']> {
  return { items: await itemsOfMember(ownMemberId(caller, '后查看寄送的学习资料')) };
}
