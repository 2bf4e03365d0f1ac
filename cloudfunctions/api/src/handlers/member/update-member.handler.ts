import type { ActionOutputs } from '@/contracts';
import { normalizeContactStatus } from '@/domain/member/contact-status.rules';
import { canEditMember } from '@/domain/member/edit.rules';
import { diffChanges } from '@/domain/member/history.rules';
import { viewForCaller } from '@/domain/member/mask.rules';
import type { Member, MemberUpdateInput } from '@/domain/member/member.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { inTransaction } from '@shared/platform/cloud';
import { newId } from '@shared/platform/ids';
import { getMember, insertChange, patchMember } from '@shared/repos/members.repo';
import { renameUser } from '@shared/repos/users.repo';
import { canInflowEdit, inflowView } from '@/domain/agreement/co-manage.rules';
import type { Agreement } from '@/domain/agreement/agreement.schema';
import { coAgreementFor } from '../agreement/co-managed';
import { applyCounterDeltas } from '@shared/repos/counters.repo';
import { memberCounterDeltas } from '@/domain/stats/counter.rules';
import { existingMember, editableRecord } from '@shared/auth/guards';

/**
 * Edits a record (his own when no memberId). The read, the rule, the update, the counter moves and
 * the history entry all happen in one transaction: a refused or failed edit changes nothing.
 */
export async function updateMemberHandler(input: MemberUpdateInput, { caller, now }: Ctx): Promise<ActionOutputs['member.update']> {
  const memberId = input.memberId ?? caller.memberId;
  if (!memberId) throw new AppError(ErrorCodes.MEMBER_NOT_JOINED, '您尚未加入支部');

  // Set when the caller edits as the inflow side of a co-management agreement (双向共管).
  let coAgreement: Agreement | null = null;
  const { member, changed, moves } = await inTransaction(async (tx) => {
    const before = editableRecord(existingMember(await getMember(memberId, tx)));
    if (!canEditMember(caller, before, input.changes)) {
      coAgreement = await coAgreementFor(caller, before, tx);
      if (!coAgreement || !canInflowEdit(input.changes, coAgreement)) throw forbidden('无权修改该党员的这些信息');
    }

    const changes = normalizeContactStatus(before, input.changes, now);
    const diff = diffChanges(before, changes);
    if (diff.length === 0) return { member: before, changed: [] as string[], moves: null };
    const patch = Object.fromEntries(diff.map((d) => [d.field, d.to])) as Partial<Member>;

    await patchMember(tx, before._id, { ...patch, updatedAt: now });
    await insertChange(tx, { _id: newId(now), memberId: before._id, at: now, byOpenid: caller.openid, ...authorOf(caller, coAgreement), changes: diff });
    // A member holding a role is listed by his users document's name.
    if (patch.name) await renameUser(tx, before.openid, patch.name, now);
    return { member: { ...before, ...patch, updatedAt: now } as Member, changed: diff.map((d) => d.field), moves: memberCounterDeltas(before, { ...before, ...patch }) };
  });
  // Counters (失联, per city) of his units: documents every member of the unit writes, so they move
  // after the transaction by atomic increments (placement never changes here: moves are transfers).
  if (moves) await applyCounterDeltas(moves, now);
  const agreement = coAgreement as Agreement | null;
  return { member: agreement ? inflowView(member, agreement) : viewForCaller(caller, member), changed };
}

/**
 * Who made a change as the history shows it. The inflow side's entries carry the organisation
 * (`byOrg`) and name it in `byName` too, so every history view shows whose side changed what.
 */
function authorOf(caller: Ctx['caller'], agreement: Agreement | null): { byName: string; byOrg?: string } {
  if (!agreement) return { byName: caller.name ?? '' };
  return { byName: `${caller.name ?? '联络员'}（${agreement.name}）`, byOrg: agreement.name };
}
