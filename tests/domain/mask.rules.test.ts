import type { Caller } from '@/domain/auth/grant';
import { maskAddress, maskChangeEntry, maskChangeValue, maskIdLike, maskMember, maskPhone, viewForCaller } from '@/domain/member/mask.rules';

const caller = (over: Partial<Caller>): Caller => ({ openid: 'o', memberId: null, name: null, grants: [], placement: null, ...over });
const record = { _id: 'm1', branchId: 'b1', groupId: 'g1', name: '张三', phone: '13812345678', activityCardNo: 'HZ2024001' };

describe('masking', () => {
  it('masks phones to 3 + **** + 4', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone(undefined)).toBeNull();
  });

  it('keeps the first and last two characters of id-like numbers', () => {
    expect(maskIdLike('HZ2024001')).toBe('HZ*****01');
    expect(maskIdLike('AB12')).toBe('****');
    expect(maskIdLike(null)).toBeNull();
  });

  it('keeps the first 6 characters of a mailing address, masked in the record and its history as the phone is', () => {
    expect(maskAddress('浙江省杭州市西湖区文三路 100 号')).toBe('浙江省杭州市****');
    expect(maskAddress(null)).toBeNull();
    expect(maskMember({ ...record, mailingAddress: '浙江省杭州市西湖区文三路 100 号' }).mailingAddress).toBe('浙江省杭州市****');
    expect(maskMember(record)).not.toHaveProperty('mailingAddress');
    expect(maskChangeValue('mailingAddress', '浙江省杭州市西湖区文三路 100 号')).toBe('浙江省杭州市****');
    expect(viewForCaller(caller({ memberId: 'm1' }), { ...record, mailingAddress: '浙江省杭州市西湖区文三路 100 号' }).mailingAddress).toBe('浙江省杭州市西湖区文三路 100 号');
  });

  it('masks a record and flags it', () => {
    expect(maskMember(record)).toMatchObject({ phone: '138****5678', activityCardNo: 'HZ*****01', name: '张三', masked: true });
  });

  it('keeps only the masked view’s fields (docs/who-sees-what.md): no birth date, employer, openid', () => {
    const full = { ...record, openid: 'o_secret', gender: '男', city: '杭州', birthDate: '1980-01-02', employer: '顺丰', industry: '物流', originalOrg: '某村支部', outflowDate: '2020-01-01', activityCardExpiry: '2027-01-01', agreementIds: ['a1'], status: '正常', tags: [] };
    expect(Object.keys(maskMember(full)).sort()).toEqual(['_id', 'activityCardNo', 'branchId', 'city', 'gender', 'groupId', 'masked', 'name', 'phone', 'status', 'tags']);
  });

  it('shows the record in full to himself and to his managers only', () => {
    expect(viewForCaller(caller({ memberId: 'm1' }), record)).toMatchObject({ phone: '13812345678', masked: false });
    expect(viewForCaller(caller({ grants: [{ role: 'county' }] }), record).masked).toBe(false);
    expect(viewForCaller(caller({ grants: [{ role: 'secretary', branchId: 'b1' }] }), record).masked).toBe(false);
    expect(viewForCaller(caller({ grants: [{ role: 'cadre', groupId: 'g1' }] }), record).masked).toBe(false);
    expect(viewForCaller(caller({ grants: [{ role: 'sysadmin' }] }), record)).toMatchObject({ phone: '138****5678', masked: true });
    expect(viewForCaller(caller({ grants: [{ role: 'secretary', branchId: 'b2' }] }), record).masked).toBe(true);
    expect(viewForCaller(caller({ memberId: 'm2' }), record).masked).toBe(true);
  });

  it('masks phone and card values in history entries and drops the fields the masked view hides', () => {
    expect(maskChangeValue('phone', '13812345678')).toBe('138****5678');
    expect(maskChangeValue('employer', '顺丰')).toBe('顺丰');
    expect(maskChangeValue('tags', ['a'])).toEqual(['a']);
    const entry = { byOpenid: 'o_author', changes: [{ field: 'phone', from: '13812345678', to: '13987654321' }, { field: 'activityCardNo', from: null, to: 'HZ2024001' }, { field: 'employer', from: '甲厂', to: '乙厂' }, { field: 'city', from: '杭州', to: '宁波' }] };
    expect(maskChangeEntry(entry)).not.toHaveProperty('byOpenid');
    expect(maskChangeEntry(entry).changes).toEqual([
      { field: 'phone', from: '138****5678', to: '139****4321' },
      { field: 'activityCardNo', from: null, to: 'HZ*****01' },
      { field: 'city', from: '杭州', to: '宁波' },
    ]);
  });
});
