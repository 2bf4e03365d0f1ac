import type { Caller } from '@/domain/auth/grant';
import { coversMembers } from '@/domain/auth/scope.rules';
import { canAssignPairing, canUnassignPairing, contactRoleOf, isCadreOf, mayAssignOthers, mayListCadres } from '@/domain/pairing/pairing-scope.rules';
import { mayCoManage } from '@/domain/agreement/co-manage.rules';
import type { Pairing } from '@/domain/pairing/pairing.schema';

const caller = (openid: string, grants: Caller['grants']): Caller => ({ openid, memberId: null, name: null, grants, placement: null });
const m = { _id: 'm1', branchId: 'b1', groupId: 'g1' };
const county = caller('k', [{ role: 'county' }]);
const secA = caller('s', [{ role: 'secretary', branchId: 'b1' }]);
const secB = caller('s2', [{ role: 'secretary', branchId: 'b2' }]);
const cadre1 = caller('c1', [{ role: 'cadre', groupId: 'g1' }]);
const cadre2 = caller('c2', [{ role: 'cadre', groupId: 'g2' }]);
const sysadmin = caller('a', [{ role: 'sysadmin' }]);
const inflow = caller('i', [{ role: 'inflow', agreementId: 'a1' }]);
const pairing = (cadreOpenid: string): Pairing => ({ _id: 'm1', memberId: 'm1', cadreOpenid, cadreName: '', branchId: 'b1', groupId: 'g1', since: 0, lastContactAt: null, lastContactDay: null });

describe('pairing scope rules', () => {
  it('lets the county and the branch secretary pair anyone of theirs, a cadre only himself in his village', () => {
    expect(canAssignPairing(county, m, 'c1')).toBe(true);
    expect(canAssignPairing(secA, m, 'c1')).toBe(true);
    expect(canAssignPairing(secB, m, 'c1')).toBe(false);
    expect(canAssignPairing(cadre1, m, 'c1')).toBe(true);
    expect(canAssignPairing(cadre1, m, 'c9')).toBe(false);
    expect(canAssignPairing(cadre2, m, 'c2')).toBe(false);
    expect(canAssignPairing(sysadmin, m, 'c1')).toBe(false);
    expect(isCadreOf(cadre1.grants, 'g1')).toBe(true);
    expect(isCadreOf(cadre2.grants, 'g1')).toBe(false);
  });

  it('lets the responsible cadre let go of his own member, and nobody else outside the branch', () => {
    expect(canUnassignPairing(cadre1, m, pairing('c1'))).toBe(true);
    expect(canUnassignPairing(cadre1, m, pairing('c3'))).toBe(false);
    expect(canUnassignPairing(cadre1, m, null)).toBe(false);
    expect(canUnassignPairing(secA, m, null)).toBe(true);
    // A pairing left behind after his grant was revoked gives him no right to write.
    expect(canUnassignPairing(caller('c1', []), m, pairing('c1'))).toBe(false);
  });

  it('names the capacity a contact is logged in, or refuses', () => {
    expect(contactRoleOf(county, m, null, false)).toBe('county');
    expect(contactRoleOf(secA, m, null, false)).toBe('secretary');
    expect(contactRoleOf(cadre1, m, pairing('c1'), false)).toBe('cadre');
    expect(contactRoleOf(cadre1, m, pairing('c3'), false)).toBeNull();
    // A cadre who lost his village's grant no longer logs for his former members.
    expect(contactRoleOf(caller('c1', []), m, pairing('c1'), false)).toBeNull();
    expect(contactRoleOf(inflow, m, null, true)).toBe('inflow');
    expect(contactRoleOf(inflow, m, null, false)).toBeNull();
    expect(contactRoleOf(secB, m, null, false)).toBeNull();
  });

  it('shows the pages to those who use them', () => {
    expect([county, secA, cadre1, sysadmin, inflow].map(coversMembers)).toEqual([true, true, true, false, false]);
    expect([county, secA, cadre1].map(mayAssignOthers)).toEqual([true, true, false]);
    expect([county, inflow, secA, sysadmin].map(mayCoManage)).toEqual([true, true, false, false]);
  });

  it('shows a village\'s cadres to the county, sysadmin and secretaries, and to a cadre of that village only', () => {
    expect([county, sysadmin, secB, cadre1, cadre2, inflow, caller('x', [])].map((c) => mayListCadres(c, 'g1'))).toEqual([true, true, true, true, false, false, false]);
  });
});
