import type { Caller } from '@/domain/auth/grant';
import { canManageMember } from '@/domain/auth/scope.rules';
import { callerOf } from '@shared/dispatch/context';
import type { CareCase } from '@/domain/care/care.schema';
import { caseCountMoves, counterId } from '@/domain/care/counters.rules';
import type { Member } from '@/domain/member/member.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { memberCounterDeltas } from '@/domain/stats/counter.rules';
import { countedOf } from '@/domain/mobility/mobility.rules';
import { caseAfterMove } from '@/domain/transfer/transfer.rules';
import type { Transfer } from '@/domain/transfer/transfer.schema';
import { _, db, inTransaction } from '@shared/platform/cloud';
import { dropFromAgreement } from '../../repos/agreements.repo';
import { moveCareCounters } from '../../repos/care-counters.repo';
import { getCase, moveCase, openCaseIdsOf } from '../../repos/cases.repo';
import { applyCounterDeltas } from '@shared/repos/counters.repo';
import { getMember, insertChangeBy } from '@shared/repos/members.repo';
import { closeTransfer, getTransfer } from '../../repos/transfers.repo';
import { usersByOpenids } from '@shared/repos/users.repo';
import { followMove } from '../pairing/follow-move';
import { moveConsents } from '@shared/repos/consents.repo';

const closed = () => new AppError(ErrorCodes.TRANSFER_CLOSED, '该转接已处理或已撤回');

/**
 * Carries out an approved transfer (the rules: docs/decisions/transfer.md).
 *
 * One transaction over documents only this member's move writes — his record (where every call
 * resolving him reads his branch and group), his pairing, his open care cases, the transfer — so
 * the move is whole or absent, and the transfer's state and his record's `pendingTransferId` stop
 * a second approval. Documents many members share move after the commit, outside any
 * transaction: the branch and group counters and the care counters by atomic `inc` (recomputable
 * from the records), the agreements' member lists by `pull` (access follows his record's `agreementIds`, emptied in the transaction, so a list
 * that lags grants nothing).
 */
export async function applyTransfer(transferId: string, decider: Caller, note: string | null, now: number): Promise<Transfer> {
  // Reads the transaction cannot make (queries) or need not repeat: his open cases and their assignees' grants.
  const caseIds = await openCaseIdsOf((await getTransfer(transferId))?.memberId ?? '');
  const cases = (await Promise.all(caseIds.map((id) => getCase(id)))).filter((c): c is CareCase => c !== null);
  const assignees = await usersByOpenids([...new Set(cases.flatMap((c) => (c.assignee?.openid ? [c.assignee.openid] : [])))]);
  const grantsOf = new Map(assignees.map((u) => [u._id, callerOf(u._id, u)]));

  const { before, after, transfer, moved } = await inTransaction(async (tx) => {
    const t = await getTransfer(transferId, tx);
    if (!t || t.state !== 'pending') throw closed();
    const member = (await getMember(t.memberId, tx)) as Member | null;
    if (!member || member.pendingTransferId !== t._id || member.branchId !== t.from.branchId) throw closed();
    if (member.ended) throw new AppError(ErrorCodes.MEMBER_MOBILITY_ENDED, '该党员的流动党员身份已结束，档案只读；如需转接请先恢复');

    const to = { branchId: t.to.branchId, groupId: t.to.groupId };
    const left = member.agreementIds ?? [];
    const patch = { ...to, pendingTransferId: null, agreementIds: [] as string[], updatedAt: now };
    await tx.collection('members').doc(member._id).update({ data: { ...patch, agreementIds: _.set([]) } });
    const changes = [
      { field: 'branchId', from: member.branchId, to: to.branchId },
      ...(member.groupId !== to.groupId ? [{ field: 'groupId', from: member.groupId, to: to.groupId }] : []),
      ...(left.length ? [{ field: 'agreementIds', from: left, to: [] }] : []),
    ];
    const by = { openid: decider.openid, name: decider.name };
    await insertChangeBy(tx, by, member._id, now, { note: `转接：${t.from.branchName} → ${t.to.branchName}`, changes });
    await followMove(tx, member._id, to);

    const movedCases: CareCase[] = [];
    for (const seen of cases) {
      const c = await getCase(seen._id, tx);
      if (!c) continue;
      const assignee = c.assignee?.openid ? grantsOf.get(c.assignee.openid) : undefined;
      const next = caseAfterMove(c, to, Boolean(assignee && canManageMember(assignee, to)));
      if (!next.follows) continue;
      const kept = next.keepsAssignee ? c.assignee : null;
      const stepNote = kept ? `党员转接至${t.to.branchName}，仍由原经办人办理` : `党员转接至${t.to.branchName}，待新支部分派`;
      await moveCase(tx, c._id, { branchId: to.branchId, groupId: to.groupId, version: c.version + 1, updatedAt: now, assignee: kept }, { at: now, by, action: 'assign', state: c.state, note: stepNote, ...(kept ? { assignee: kept } : {}) });
      movedCases.push(c);
    }
    const decided = { state: 'approved' as const, decidedBy: by, decidedAt: now, decisionNote: note };
    await closeTransfer(tx, t._id, decided);
    return { before: member, after: { ...member, ...patch }, transfer: { ...t, ...decided }, moved: movedCases };
  }).catch(async (err) => {
    // A concurrent decision won the race (a transaction conflict): it closed the transfer.
    if (!(err instanceof AppError) && (await getTransfer(transferId))?.state !== 'pending') throw closed();
    throw err;
  });

  // Shared documents, after the commit (see above).
  await applyCounterDeltas(memberCounterDeltas(countedOf(before), countedOf(after)), now);
  for (const c of moved) {
    const from = [counterId(c.year, { kind: 'branch', id: c.branchId }), counterId(c.year, { kind: 'group', id: c.groupId })];
    const to = [counterId(c.year, { kind: 'branch', id: after.branchId }), counterId(c.year, { kind: 'group', id: after.groupId })];
    const unchanged = new Set(from.filter((id) => to.includes(id)));
    await moveCareCounters(db, from.filter((id) => !unchanged.has(id)), c.year, caseCountMoves(c.kind, c.state, -1), now);
    await moveCareCounters(db, to.filter((id) => !unchanged.has(id)), c.year, caseCountMoves(c.kind, c.state, 1), now);
  }
  for (const agreementId of before.agreementIds ?? []) await dropFromAgreement(agreementId, before._id, now);
  // His reminder consents follow him: the fan-out walks a branch's consents (a multi-update, so after the commit).
  if (before.openid) await moveConsents(before.openid, after.branchId, now);
  return transfer;
}
