import type { Caller } from '@/domain/auth/grant';
import { coversMembers } from '@/domain/auth/scope.rules';
import { canAct, canAssign, canBeAssignee, canFileFor, canLogVisit, canReadCase, statsUnit } from '@/domain/care/care-scope.rules';
import { counterId, counterIdsFor, filedMoves, movedMoves, statsOf, toFen, visitMoves } from '@/domain/care/counters.rules';
import { visitDayProblem } from '@/domain/care/visit.rules';
import { personRef, roleTitle } from '@/domain/care/person.rules';
import { atShanghai, yearOf } from '@/domain/shared/day.rules';

const caller = (over: Partial<Caller>): Caller => ({ openid: 'o', memberId: null, name: null, grants: [], placement: null, ...over });
const m = { _id: 'm1', branchId: 'b1', groupId: 'g1' };
const c = { memberId: 'm1', branchId: 'b1', groupId: 'g1', assignee: { openid: 'cadre_g1', name: null } };
const sysadmin = caller({ openid: 'sys', grants: [{ role: 'sysadmin' }] });
const county = caller({ openid: 'county', grants: [{ role: 'county' }] });
const secA = caller({ openid: 'secA', grants: [{ role: 'secretary', branchId: 'b1' }] });
const secB = caller({ openid: 'secB', grants: [{ role: 'secretary', branchId: 'b2' }] });
const cadre = caller({ openid: 'cadre_g1', grants: [{ role: 'cadre', groupId: 'g1' }] });
const cadre2 = caller({ openid: 'cadre_g2', grants: [{ role: 'cadre', groupId: 'g2' }] });
const self = caller({ openid: 'me', memberId: 'm1' });
const other = caller({ openid: 'x', memberId: 'm2' });

describe('care scope rules', () => {
  it('lets the member file for himself and his organisers on his behalf', () => {
    expect([self, county, secA, cadre].map((x) => canFileFor(x, m))).toEqual([true, true, true, true]);
    expect([other, secB, cadre2, sysadmin].map((x) => canFileFor(x, m))).toEqual([false, false, false, false]);
  });

  it('lets only the county and his branch secretary assign; any organiser covering him may be assignee', () => {
    expect([county, secA].map((x) => canAssign(x, m))).toEqual([true, true]);
    expect([secB, cadre, sysadmin, self].map((x) => canAssign(x, m))).toEqual([false, false, false, false]);
    expect([county, secA, cadre].map((x) => canBeAssignee(x, m))).toEqual([true, true, true]);
    expect([secB, cadre2, sysadmin, self].map((x) => canBeAssignee(x, m))).toEqual([false, false, false, false]);
  });

  it('lets the assignee and the assigners act; the member, sysadmin and others only read or nothing', () => {
    expect([cadre, county, secA].map((x) => canAct(x, c))).toEqual([true, true, true]);
    expect([self, sysadmin, secB, cadre2].map((x) => canAct(x, c))).toEqual([false, false, false, false]);
    expect([self, county, secA, cadre, sysadmin].every((x) => canReadCase(x, c))).toBe(true);
    expect([other, secB, cadre2].some((x) => canReadCase(x, c))).toBe(false);
  });

  it('shows the visits tile to our organisers only', () => {
    expect([county, secA, cadre].every(coversMembers)).toBe(true);
    expect([sysadmin, self, caller({ grants: [{ role: 'inflow', agreementId: 'a1' }] })].some(coversMembers)).toBe(false);
  });

  it('takes the case from an assignee whose grant was revoked', () => {
    const revoked = caller({ openid: 'cadre_g1', grants: [] });
    expect(canAct(revoked, c)).toBe(false);
    expect(canReadCase(revoked, c)).toBe(false);
  });

  it('lets organisers who cover the member log visits', () => {
    expect([county, secA, cadre].every((x) => canLogVisit(x, m))).toBe(true);
    expect([sysadmin, secB, cadre2, self].some((x) => canLogVisit(x, m))).toBe(false);
  });

  it('resolves the statistics unit within the caller scope', () => {
    expect(statsUnit(county, {})).toEqual({ kind: 'county' });
    expect(statsUnit(sysadmin, { groupId: 'g9' })).toEqual({ kind: 'group', id: 'g9' });
    expect(statsUnit(secA, {})).toEqual({ kind: 'branch', id: 'b1' });
    expect(statsUnit(secA, { branchId: 'b1' })).toEqual({ kind: 'branch', id: 'b1' });
    expect(statsUnit(secA, { branchId: 'b2' })).toBeNull();
    expect(statsUnit(secA, { groupId: 'g1' })).toBeNull();
    expect(statsUnit(cadre, {})).toEqual({ kind: 'group', id: 'g1' });
    expect(statsUnit(self, {})).toBeNull();
  });
});

describe('care counters', () => {
  it('keys one document per year and unit, three per member', () => {
    expect(counterIdsFor(2026, m)).toEqual(['2026_county', '2026_b_b1', '2026_g_g1']);
    expect(counterId(2025, { kind: 'group', id: 'g1' })).toBe('2025_g_g1');
  });

  it('counts a filing by kind and state, a move out of one state into another', () => {
    expect(filedMoves('欠薪维权')).toEqual({ filed: 1, 'byKind.wages': 1, 'byState.filed': 1 });
    expect(movedMoves('in_progress', 'resolved')).toEqual({ 'byState.in_progress': -1, 'byState.resolved': 1 });
    expect(movedMoves('in_progress', 'in_progress')).toEqual({});
    expect(visitMoves(12050, true)).toEqual({ visits: 1, amountFen: 12050, families: 1 });
    expect(visitMoves(null, false)).toEqual({ visits: 1 });
  });

  it('reads the figures with zeros for what never happened', () => {
    const s = statsOf({ filed: 3, byKind: { wages: 2, school: 1 }, byState: { filed: 1, in_progress: 1, resolved: 1 }, visits: 4, families: 2, amountFen: 50050 });
    expect(s).toMatchObject({ filed: 3, open: 2, resolved: 1, visits: 4, families: 2, amount: 500.5 });
    expect(s.byKind).toEqual({ 子女上学: 1, 老人就医: 0, 工伤: 0, 欠薪维权: 2, 就业: 0, 其他: 0 });
    expect(statsOf(null)).toMatchObject({ filed: 0, open: 0, resolved: 0, families: 0, amount: 0 });
    expect(toFen(0.1 + 0.2)).toBe(30);
  });

  it('takes the Shanghai year and refuses visits in the future or over a year back', () => {
    const newYearShanghai = atShanghai('2027-01-01', '00:30');
    expect(yearOf(newYearShanghai)).toBe(2027);
    expect(visitDayProblem('2027-01-01', newYearShanghai)).toBeNull();
    expect(visitDayProblem('2027-01-02', newYearShanghai)).toBe('future');
    expect(visitDayProblem('2026-01-01', newYearShanghai)).toBeNull();
    expect(visitDayProblem('2025-12-30', newYearShanghai)).toBe('too_old');
  });
});

describe('who the timeline names', () => {
  it('uses the name on file, else the organiser\'s most senior covering role', () => {
    expect(personRef({ openid: 'a', name: '李四', grants: [{ role: 'cadre', groupId: 'g' }] })).toEqual({ openid: 'a', name: '李四' });
    expect(personRef({ openid: 'b', name: null, grants: [{ role: 'cadre', groupId: 'g' }, { role: 'secretary', branchId: 'b' }] })).toEqual({ openid: 'b', name: '支部书记' });
    expect(personRef({ openid: 'c', name: null, grants: [{ role: 'sysadmin' }] })).toEqual({ openid: 'c', name: null });
    expect(roleTitle([{ role: 'county' }, { role: 'cadre', groupId: 'g' }])).toBe('县委组织部');
  });
});
