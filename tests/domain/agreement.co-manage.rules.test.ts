import type { Caller } from '@/domain/auth/grant';
import type { Agreement } from '@/domain/agreement/agreement.schema';
import { canInflowEdit, coManagingAgreement, inflowHistory, inflowView } from '@/domain/agreement/co-manage.rules';
import type { Member, MemberChange } from '@/domain/member/member.schema';

const agreement = (over: Partial<Agreement> = {}): Agreement => ({
  _id: 'a1', name: '西湖区党建联盟', region: '杭州', kind: '党建联盟', fields: ['city', 'employer'], memberIds: ['m1'], note: null, active: true, createdAt: 0, updatedAt: 0, createdBy: 'c', ...over,
});
const member = {
  _id: 'm1', openid: 'o1', name: '张三', gender: '男', phone: '13812345678', city: '杭州', employer: '电子厂', industry: '制造业', activityCardNo: 'HZ2024001',
  birthDate: '1990-01-01', status: '正常', lostContactAt: null, tags: ['人才'], branchId: 'b1', groupId: 'g1', joinedAt: 0, updatedAt: 0, agreementIds: ['a1'],
} as Member;
const inflow: Caller = { openid: 'i', memberId: null, name: null, grants: [{ role: 'inflow', agreementId: 'a1' }], placement: null };

describe('co-management rules', () => {
  it('applies only through an active agreement that covers the member', () => {
    expect(coManagingAgreement(inflow, member, agreement())?._id).toBe('a1');
    expect(coManagingAgreement(inflow, member, agreement({ active: false }))).toBeNull();
    expect(coManagingAgreement(inflow, member, agreement({ memberIds: [] }))).toBeNull();
    expect(coManagingAgreement(inflow, { ...member, agreementIds: [] }, agreement())).toBeNull();
    expect(coManagingAgreement({ ...inflow, grants: [{ role: 'inflow', agreementId: 'a2' }] }, member, agreement())).toBeNull();
    expect(coManagingAgreement(inflow, member, null)).toBeNull();
  });

  it('shows identity and agreed fields only, the phone masked unless agreed', () => {
    const v = inflowView(member, agreement());
    expect(v).toMatchObject({ _id: 'm1', name: '张三', city: '杭州', employer: '电子厂', phone: '138****5678', masked: true, coManagedBy: { agreementId: 'a1', orgName: '西湖区党建联盟' } });
    for (const f of ['industry', 'activityCardNo', 'birthDate', 'tags', 'status', 'openid', 'lostContactAt']) expect(v).not.toHaveProperty(f);
    expect(inflowView(member, agreement({ fields: ['phone'] }))).toMatchObject({ phone: '13812345678' });
    expect(inflowView(member, agreement({ fields: ['phone'] }))).not.toHaveProperty('city');
    // Other organisations' agreements covering him are not named.
    expect(inflowView({ ...member, agreementIds: ['a0', 'a1', 'a9'] }, agreement()).agreementIds).toEqual(['a1']);
  });

  it('shows the mailing address as the phone: in full when the phone is agreed, else masked', () => {
    const posted = { ...member, mailingAddress: '浙江省杭州市西湖区文三路 100 号' };
    expect(inflowView(posted, agreement()).mailingAddress).toBe('浙江省杭州市****');
    expect(inflowView(posted, agreement({ fields: ['phone'] })).mailingAddress).toBe('浙江省杭州市西湖区文三路 100 号');
    expect(inflowView(member, agreement())).not.toHaveProperty('mailingAddress');
  });

  it('lets the inflow side edit agreed editable fields only', () => {
    expect(canInflowEdit({ city: '宁波', employer: '快递' }, agreement())).toBe(true);
    expect(canInflowEdit({ industry: '物流' }, agreement())).toBe(false);
    expect(canInflowEdit({ phone: '13900000000' }, agreement({ fields: ['phone'] }))).toBe(false);
    expect(canInflowEdit({ city: '宁波', status: '失联' }, agreement())).toBe(false);
    expect(canInflowEdit({}, agreement())).toBe(false);
  });

  it('filters the shared history to what the inflow side sees', () => {
    const h = (changes: MemberChange['changes']): MemberChange => ({ _id: 'h', memberId: 'm1', at: 0, byOpenid: 'x', byName: 'x', changes });
    const out = inflowHistory([h([{ field: 'industry', from: 'a', to: 'b' }]), h([{ field: 'employer', from: 'a', to: 'b' }, { field: 'activityCardNo', from: null, to: 'HZ1' }]), h([{ field: 'phone', from: '13812345678', to: '13900001111' }])], agreement());
    expect(out.map((e) => e.changes)).toEqual([[{ field: 'employer', from: 'a', to: 'b' }], [{ field: 'phone', from: '138****5678', to: '139****1111' }]]);
    expect(out.every((e) => !('byOpenid' in e) && e.byName === 'x')).toBe(true);
  });
});
