import type { Caller } from '@/domain/auth/grant';
import { canCancel, canDecide, canMove, canSeeTransfer, caseAfterMove, movesAtOnce, transferRefusal } from '@/domain/transfer/transfer.rules';
import { transferDecideInputSchema } from '@/domain/transfer/transfer.schema';
import { canEndMobility, countedOf, endedFigure } from '@/domain/mobility/mobility.rules';
import { endMobilityInputSchema } from '@/domain/mobility/mobility.schema';

const caller = (grants: Caller['grants'], memberId: string | null = null, openid = 'o'): Caller => ({ openid, memberId, name: null, grants, placement: null });
const county = caller([{ role: 'county' }]);
const secA = caller([{ role: 'secretary', branchId: 'A' }]);
const secB = caller([{ role: 'secretary', branchId: 'B' }]);
const secC = caller([{ role: 'secretary', branchId: 'C' }]);
const cadre = caller([{ role: 'cadre', groupId: 'G1' }], 'm1');
const sysadmin = caller([{ role: 'sysadmin' }]);
const self = caller([], 'm1', 'me');
const t = { memberId: 'm1', kind: 'request' as const, from: { branchId: 'A', branchName: 'a', groupId: 'G1', groupName: 'g' }, to: { branchId: 'B', branchName: 'b', groupId: 'G1', groupName: 'g' }, requestedBy: { openid: 'me', name: null } };

describe('transfer rules', () => {
  it('moves are started by the county or the member\'s own secretary; never by a cadre or sysadmin', () => {
    expect([county, secA, secB, cadre, sysadmin, self].map((c) => canMove(c, { branchId: 'A' }))).toEqual([true, true, false, false, false, false]);
  });

  it('the receiving side decides; the leaving side and a third branch do not', () => {
    expect([county, secB, secA, secC, sysadmin, self].map((c) => canDecide(c, t))).toEqual([true, true, false, false, false, false]);
  });

  it('a move is at once only when its mover speaks for the receiving side', () => {
    expect(movesAtOnce(county, 'B')).toBe(true);
    expect(movesAtOnce(secA, 'B')).toBe(false);
    expect(movesAtOnce(secA, 'A')).toBe(true);
  });

  it('whoever asked, or the county, withdraws; the releasing secretary withdraws his release', () => {
    expect(canCancel(self, t)).toBe(true);
    expect(canCancel(secB, t)).toBe(false);
    expect(canCancel(secA, t)).toBe(false);
    expect(canCancel(secA, { ...t, kind: 'release', requestedBy: { openid: 'other', name: null } })).toBe(true);
    expect(canCancel(county, t)).toBe(true);
  });

  it('both sides and the member see a transfer; a third branch does not', () => {
    expect([self, secA, secB, county, secC, cadre].map((c) => canSeeTransfer(c, t))).toEqual([true, true, true, true, false, true]);
  });

  it('refuses his own branch and village, a second pending transfer, an ended record', () => {
    const m = { branchId: 'A', groupId: 'G1', pendingTransferId: null };
    expect(transferRefusal(m, { branchId: 'A', groupId: 'G1' })).toBe('same_branch');
    expect(transferRefusal(m, { branchId: 'A', groupId: 'G2' })).toBeNull();
    expect(transferRefusal(m, { branchId: 'B', groupId: 'G1' })).toBeNull();
    expect(transferRefusal({ ...m, pendingTransferId: 't1' }, { branchId: 'B', groupId: 'G1' })).toBe('pending');
    expect(transferRefusal({ ...m, ended: true }, { branchId: 'B', groupId: 'G1' })).toBe('ended');
  });

  it('open care cases follow him, keeping an assignee only if he still covers him; closed ones stay', () => {
    const c = { state: 'accepted' as const, assignee: { openid: 'x', name: 'x' }, branchId: 'A', groupId: 'G1', version: 2, timeline: [] };
    expect(caseAfterMove(c, { branchId: 'B', groupId: 'G1' }, false)).toEqual({ follows: true, branchId: 'B', groupId: 'G1', keepsAssignee: false });
    expect(caseAfterMove(c, { branchId: 'B', groupId: 'G1' }, true)).toMatchObject({ keepsAssignee: true });
    expect(caseAfterMove({ ...c, state: 'resolved' }, { branchId: 'B', groupId: 'G1' }, true)).toEqual({ follows: false });
  });

  it('a refusal needs a reason', () => {
    expect(transferDecideInputSchema.safeParse({ transferId: 't', approve: false }).success).toBe(false);
    expect(transferDecideInputSchema.safeParse({ transferId: 't', approve: false, note: '不在本市' }).success).toBe(true);
  });
});

describe('mobility rules', () => {
  it('the member or an organiser who manages him ends it; sysadmin and other units do not', () => {
    const m = { _id: 'm1', branchId: 'A', groupId: 'G1' };
    expect([self, secA, cadre, county, secB, sysadmin].map((c) => canEndMobility(c, m))).toEqual([true, true, true, true, false, false]);
  });

  it('其他 needs a note; 返乡创业 is a reason of its own', () => {
    expect(endMobilityInputSchema.safeParse({ reason: '其他' }).success).toBe(false);
    expect(endMobilityInputSchema.safeParse({ reason: '返乡创业' }).success).toBe(true);
  });

  it('an ended record is counted under its reason key, and the figure names every reason', () => {
    const m = { branchId: 'A', groupId: 'G1', city: '杭州', status: '正常', ended: true, mobility: { reason: '回村任职' as const, note: null, endedAt: 0, byName: '' } };
    expect(countedOf(m)).toMatchObject({ ended: true, endReasonKey: 'villagePost' });
    expect(countedOf({ ...m, ended: false })).toMatchObject({ ended: false, endReasonKey: undefined });
    expect(endedFigure({ endedCount: 3, endedByReason: { villagePost: 1, startup: 2 } })).toEqual({ total: 3, byReason: { 返乡: 0, 返乡创业: 2, 回村任职: 1, 组织关系转出: 0, 其他: 0 } });
  });
});
