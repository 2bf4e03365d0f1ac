import type { Caller } from '@/domain/auth/grant';
import { itemStatus, mailItemId, outsideScope, unitsOfRecipients } from '@/domain/mailing/mailing.rules';

const caller = (over: Partial<Caller>): Caller => ({ openid: 'o', memberId: null, name: null, grants: [], placement: null, ...over });
const m = (id: string, branchId: string, groupId: string) => ({ _id: id, branchId, groupId, name: id });

describe('study materials by post', () => {
  it('names the recipients outside the organiser\'s scope (a dispatch naming any is refused whole)', () => {
    const members = [m('m1', 'b1', 'g1'), m('m2', 'b1', 'g2'), m('m3', 'b2', 'g1')];
    expect(outsideScope(caller({ grants: [{ role: 'county' }] }), members)).toEqual([]);
    expect(outsideScope(caller({ grants: [{ role: 'secretary', branchId: 'b1' }] }), members).map((x) => x._id)).toEqual(['m3']);
    expect(outsideScope(caller({ grants: [{ role: 'cadre', groupId: 'g1' }] }), members).map((x) => x._id)).toEqual(['m2']);
    expect(outsideScope(caller({ grants: [{ role: 'sysadmin' }] }), members)).toHaveLength(3);
    expect(outsideScope(caller({ memberId: 'm1' }), members)).toHaveLength(3);
  });

  it('tells a recipient\'s status: received wins, even before the organiser marked it sent', () => {
    expect(itemStatus({ sentAt: null, receivedAt: null })).toBe('pending');
    expect(itemStatus({ sentAt: 1, receivedAt: null })).toBe('sent');
    expect(itemStatus({ sentAt: 1, receivedAt: 2 })).toBe('received');
    expect(itemStatus({ sentAt: null, receivedAt: 2 })).toBe('received');
  });

  it('keys a recipient row by batch and member, and collects the recipients\' units', () => {
    expect(mailItemId('b', 'm')).toBe('b_m');
    expect(unitsOfRecipients([m('m1', 'b1', 'g1'), m('m2', 'b1', 'g2'), m('m3', 'b2', 'g1')])).toEqual({ branchIds: ['b1', 'b2'], groupIds: ['g1', 'g2'] });
  });
});
