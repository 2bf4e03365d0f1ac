import type { Caller } from '@/domain/auth/grant';
import { applyGrant, canGrantRole, grantOf } from '@/domain/auth/grant.rules';
import {
  cadreGroupIds,
  canAdministerOrg,
  canManageMember,
  canReadMember,
  coManagingAgreementIds,
  coManages,
  constrainList,
  inflowAgreementIds,
  isOurOrganiser,
  listScope,
  onlyInflow,
  runsAnyBranch,
  supervisesMember,
} from '@/domain/auth/scope.rules';
import { canEditMember } from '@/domain/member/edit.rules';

const caller = (over: Partial<Caller>): Caller => ({ openid: 'o', memberId: null, name: null, grants: [], placement: null, ...over });
const m = { _id: 'm1', branchId: 'b1', groupId: 'g1' };
const sysadmin = caller({ grants: [{ role: 'sysadmin' }] });
const county = caller({ grants: [{ role: 'county' }] });
const secA = caller({ grants: [{ role: 'secretary', branchId: 'b1' }] });
const secB = caller({ grants: [{ role: 'secretary', branchId: 'b2' }] });
const cadre = caller({ grants: [{ role: 'cadre', groupId: 'g1' }] });
const self = caller({ memberId: 'm1' });
const other = caller({ memberId: 'm2' });

describe('scope rules', () => {
  it('lets only county-wide roles administer the organisation', () => {
    expect(canAdministerOrg(sysadmin)).toBe(true);
    expect(canAdministerOrg(county)).toBe(true);
    expect(canAdministerOrg(secA)).toBe(false);
    expect(canAdministerOrg(self)).toBe(false);
  });

  it('makes county, his branch secretary and his village cadre his managers, not sysadmin', () => {
    expect([county, secA, cadre].map((c) => canManageMember(c, m))).toEqual([true, true, true]);
    expect([sysadmin, secB, self, other].map((c) => canManageMember(c, m))).toEqual([false, false, false, false]);
  });

  it('tells who runs some branch, who supervises a member and which villages a cadre has', () => {
    expect([county, sysadmin, secA].map(runsAnyBranch)).toEqual([true, true, true]);
    expect([cadre, self].map(runsAnyBranch)).toEqual([false, false]);
    expect([county, secA].map((c) => supervisesMember(c, m))).toEqual([true, true]);
    expect([sysadmin, secB, cadre, self].map((c) => supervisesMember(c, m))).toEqual([false, false, false, false]);
    expect(cadreGroupIds(caller({ grants: [{ role: 'cadre', groupId: 'g1' }, { role: 'secretary', branchId: 'b1' }, { role: 'cadre', groupId: 'g2' }] }))).toEqual(['g1', 'g2']);
  });

  it('counts every grant but an inflow one as our organiser, sysadmin included', () => {
    expect([sysadmin, county, cadre].every(isOurOrganiser)).toBe(true);
    expect([self, caller({ grants: [{ role: 'inflow', agreementId: 'a1' }] })].some(isOurOrganiser)).toBe(false);
  });

  it('lets himself, his managers and sysadmin read a record, nobody else', () => {
    expect([self, county, secA, cadre, sysadmin].every((c) => canReadMember(c, m))).toBe(true);
    expect([other, secB, caller({})].some((c) => canReadMember(c, m))).toBe(false);
  });

  it('derives the list scope from grants', () => {
    expect(listScope(county)).toEqual({ all: true });
    expect(listScope(sysadmin)).toEqual({ all: true });
    expect(listScope(secA)).toEqual({ all: false, branchIds: ['b1'], groupIds: [] });
    expect(listScope(cadre)).toEqual({ all: false, branchIds: [], groupIds: ['g1'] });
    expect(listScope(self)).toBeNull();
  });

  it('constrains list filters to the caller scope', () => {
    expect(constrainList(listScope(county), { branchId: 'b9' })).toEqual({ unrestricted: true });
    expect(constrainList(listScope(secA), { branchId: 'b1' })).toEqual({ unrestricted: true });
    expect(constrainList(listScope(secA), { branchId: 'b2' })).toBeNull();
    expect(constrainList(listScope(secA), {})).toEqual({ unrestricted: false, branchIds: ['b1'], groupIds: [] });
    // A village group across branches: the secretary sees its members within his branch only.
    expect(constrainList(listScope(secA), { groupId: 'g7' })).toEqual({ unrestricted: false, branchIds: ['b1'], groupIds: [] });
    expect(constrainList(listScope(cadre), { groupId: 'g1' })).toEqual({ unrestricted: true });
    expect(constrainList(listScope(cadre), { groupId: 'g2' })).toBeNull();
    expect(constrainList(listScope(cadre), { branchId: 'b1' })).toBeNull();
    expect(constrainList(listScope(cadre), { branchId: 'b1', groupId: 'g1' })).toEqual({ unrestricted: true });
    expect(constrainList(listScope(self), {})).toBeNull();
  });
});

describe('edit rules', () => {
  it('lets a member edit his own profile fields only', () => {
    expect(canEditMember(self, m, { employer: '顺丰', phone: '13900000000' })).toBe(true);
    expect(canEditMember(self, m, { status: '失联' })).toBe(false);
    expect(canEditMember(self, m, { tags: ['头雁'] })).toBe(false);
    expect(canEditMember(self, m, { branchId: 'b2' })).toBe(false);
    expect(canEditMember(other, m, { employer: 'x' })).toBe(false);
  });

  it('lets managers edit everything but placement within their scope, sysadmin nothing', () => {
    expect(canEditMember(secA, m, { status: '失联', tags: ['困难党员'] })).toBe(true);
    expect(canEditMember(cadre, m, { employer: 'x' })).toBe(true);
    expect(canEditMember(sysadmin, m, { employer: 'x' })).toBe(false);
  });

  it('lets nobody move a member by editing him, not even to where he already sits (moves are transfers)', () => {
    expect(canEditMember(county, m, { branchId: 'b2', groupId: 'g2' })).toBe(false);
    expect(canEditMember(cadre, m, { groupId: 'g1', employer: 'x' })).toBe(false);
    expect(canEditMember(cadre, m, { branchId: 'b2' })).toBe(false);
    expect(canEditMember(secA, m, { branchId: 'b2' })).toBe(false);
  });
});

describe('grant rules', () => {
  it('adds idempotently and revokes exactly the named grant', () => {
    const start = applyGrant([], { role: 'secretary', branchId: 'b1' }, false);
    expect(applyGrant(start, { role: 'secretary', branchId: 'b1' }, false)).toEqual([{ role: 'secretary', branchId: 'b1' }]);
    const two = applyGrant(start, { role: 'secretary', branchId: 'b2' }, false);
    expect(two).toHaveLength(2);
    expect(applyGrant(two, { role: 'secretary', branchId: 'b1' }, true)).toEqual([{ role: 'secretary', branchId: 'b2' }]);
  });

  it('lets sysadmin grant every role, county the organiser roles, nobody "member"', () => {
    expect(canGrantRole(sysadmin, 'sysadmin')).toBe(true);
    expect(canGrantRole(county, 'sysadmin')).toBe(false);
    expect(canGrantRole(county, 'secretary')).toBe(true);
    expect(canGrantRole(county, 'county')).toBe(true);
    expect(canGrantRole(secA, 'cadre')).toBe(false);
    expect(canGrantRole(sysadmin, 'member')).toBe(false);
  });

  it('builds scoped grants only with their unit', () => {
    expect(grantOf({ role: 'secretary', branchId: 'b1' })).toEqual({ role: 'secretary', branchId: 'b1' });
    expect(grantOf({ role: 'secretary' })).toBeNull();
    expect(grantOf({ role: 'cadre', groupId: 'g1' })).toEqual({ role: 'cadre', groupId: 'g1' });
    expect(grantOf({ role: 'county', branchId: 'ignored' })).toEqual({ role: 'county' });
  });

  describe('co-management (双向共管)', () => {
    const inflow = caller({ grants: [{ role: 'inflow', agreementId: 'a1' }] });
    const covered = { ...m, agreementIds: ['a0', 'a1'] };

    it('reaches a member only through an agreement that covers him', () => {
      expect(coManages(inflow, covered)).toBe(true);
      expect(coManagingAgreementIds(inflow, covered)).toEqual(['a1']);
      expect(coManages(inflow, { ...m, agreementIds: ['a2'] })).toBe(false);
      expect(coManages(inflow, m)).toBe(false);
      expect(coManages(county, covered)).toBe(false);
      expect(inflowAgreementIds(inflow)).toEqual(['a1']);
    });

    it('tells an inflow-only organiser (who gets none of our tools) from one who also holds our roles', () => {
      expect(onlyInflow(inflow)).toBe(true);
      expect(onlyInflow(caller({ grants: [{ role: 'inflow', agreementId: 'a1' }, { role: 'cadre', groupId: 'g1' }] }))).toBe(false);
      expect(onlyInflow(self)).toBe(false);
    });

    it('is not management: no unmasked read, no list scope, no organiser role to grant', () => {
      expect(canManageMember(inflow, covered)).toBe(false);
      expect(canReadMember(inflow, covered)).toBe(false);
      expect(listScope(inflow)).toBeNull();
      expect(canGrantRole(county, 'inflow')).toBe(true);
      expect(canGrantRole(secA, 'inflow')).toBe(false);
      expect(grantOf({ role: 'inflow', agreementId: 'a1' })).toEqual({ role: 'inflow', agreementId: 'a1' });
      expect(grantOf({ role: 'inflow' })).toBeNull();
      expect(applyGrant([{ role: 'inflow', agreementId: 'a1' }], { role: 'inflow', agreementId: 'a2' }, false)).toHaveLength(2);
      expect(applyGrant([{ role: 'inflow', agreementId: 'a1' }], { role: 'inflow', agreementId: 'a1' }, true)).toEqual([]);
    });
  });
});
