import { createHmac } from 'node:crypto';
import type { Caller } from '@/domain/auth/grant';
import { decodeInvitation, encodeInvitation, invitationState } from '@/domain/roles/invitation.rules';
import { personLabel, personOf } from '@/domain/roles/person.rules';
import { holdingIdOf, isSelfGrant, unmasksData } from '@/domain/roles/role-change.rules';

const hmac = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest('base64url');
const caller = (over: Partial<Caller>): Caller => ({ openid: 'o', memberId: null, name: null, grants: [], placement: null, ...over });

describe('invitation tokens', () => {
  const id = 'abcdefghijklmnopqrstuvwx';
  it('round-trips and refuses altered, foreign or malformed tokens', () => {
    const token = encodeInvitation(hmac, 's1', id);
    expect(token).toMatch(/^r1\.abcdefghijklmnopqrstuvwx\.[A-Za-z0-9_-]{22}$/);
    expect(decodeInvitation(hmac, 's1', token)).toBe(id);
    expect(decodeInvitation(hmac, 's2', token)).toBeNull();
    expect(decodeInvitation(hmac, 's1', token.replace(id, 'abcdefghijklmnopqrstuvwy'))).toBeNull();
    expect(decodeInvitation(hmac, 's1', token.slice(0, -1))).toBeNull();
    expect(decodeInvitation(hmac, 's1', `j1.${id}.${token.split('.')[2]}`)).toBeNull();
    expect(decodeInvitation(hmac, 's1', 'r1..')).toBeNull();
  });

  it('is open until used, withdrawn or past its expiry', () => {
    const open = { usedBy: null, cancelledAt: null, expiresAt: 1000 };
    expect(invitationState(open, 999)).toBe('open');
    expect(invitationState(open, 1000)).toBe('expired');
    expect(invitationState({ ...open, usedBy: 'x' }, 0)).toBe('used');
    expect(invitationState({ ...open, cancelledAt: 5 }, 0)).toBe('cancelled');
  });
});

describe('role changes', () => {
  it('refuses only granting oneself a role that unmasks data', () => {
    const me = caller({ openid: 'a' });
    expect(['county', 'secretary', 'cadre', 'inflow'].every((r) => unmasksData(r as never))).toBe(true);
    expect(isSelfGrant(me, 'a', 'county', false)).toBe(true);
    expect(isSelfGrant(me, 'a', 'county', true)).toBe(false);
    expect(isSelfGrant(me, 'a', 'sysadmin', false)).toBe(false);
    expect(isSelfGrant(me, 'b', 'county', false)).toBe(false);
  });

  it('keys a holding by user and grant', () => {
    expect(holdingIdOf('o1', { role: 'secretary', branchId: 'b1' })).toBe('secretary.b1.o1');
    expect(holdingIdOf('o1', { role: 'county' })).toBe('county.county.o1');
  });
});

describe('organisers as people', () => {
  it('takes a member’s record over his profile, and masks the phone for outsiders', () => {
    const user = { name: '旧名', profile: { phone: '13900000000', title: '驻村干部' } };
    expect(personOf(caller({ grants: [{ role: 'county' }] }), 'o1', user, { name: '王村干', phone: '13811112222' })).toEqual({ openid: 'o1', name: '王村干', phone: '13811112222', title: '驻村干部', isMember: true });
    expect(personOf(caller({ memberId: 'm9' }), 'o1', user, null)).toMatchObject({ phone: '139****0000', isMember: false });
  });

  it('tells two organisers of one name apart', () => {
    expect(personLabel({ name: '王强', title: '汤山镇驻村干部', phone: '13900001234' })).toBe('王强（汤山镇驻村干部）');
    expect(personLabel({ name: '王强', title: null, phone: '139****5678' })).toBe('王强（尾号5678）');
    expect(personLabel({ name: null, title: null, phone: null })).toBe('未填写姓名');
  });
});
