import { startTestCloud, type TestCloud } from './helpers/cloud';
import { dumpDatabase } from './helpers/dump';
import { COUNTY, contact, SEC_A, SEC_B, seedPairingCounty } from './helpers/pairing';

jest.setTimeout(120_000);

const INFLOW = 'inflow_1';
const ORG = '西湖区流动党员党建联盟';

/** Two-way co-management (双向共管): agreements, the inflow organiser's scoped grant, shared history. */
describe('双向共管: agreements and the inflow side', () => {
  let tc: TestCloud;
  let ids: Record<string, string>;
  let agreementId: string;

  beforeAll(async () => {
    tc = await startTestCloud();
    ({ ids } = await seedPairingCounty(tc));
    await tc.data('m_0', 'member.update', { changes: { employer: '电子厂', industry: '制造业', activityCardNo: 'HZ2024001', birthDate: '1990-05-01' } });
  });
  afterAll(() => tc?.dispose());

  const memberDoc = async (id: string) => ((await dumpDatabase()).members as any[]).find((m) => m._id === id);

  describe('agreement.create and the inflow grant', () => {
    it('refuses everyone but the county and bad input, changing nothing', async () => {
      const before = await dumpDatabase();
      const good = { name: ORG, region: '杭州市西湖区', kind: '党建联盟', fields: ['city', 'employer', 'contacts'], memberIds: [ids.m_0] };
      expect(await tc.code(SEC_A, 'agreement.create', good)).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('admin_openid', 'agreement.create', good)).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(COUNTY, 'agreement.create', { ...good, memberIds: [ids.m_0, 'nomember'] })).toBe('MEMBER.NOT_FOUND');
      for (const bad of [{ ...good, fields: [] }, { ...good, fields: ['activityCardNo'] }, { ...good, kind: '友好' }, { ...good, name: '' }, { ...good, memberIds: [ids.m_0, ids.m_0] }]) {
        expect(await tc.code(COUNTY, 'agreement.create', bad)).toBe('INPUT.INVALID');
      }
      expect(await dumpDatabase()).toEqual(before);
    });

    it('creates an agreement and marks its members as covered in the same call', async () => {
      const a = await tc.data(COUNTY, 'agreement.create', { name: ORG, region: '杭州市西湖区', kind: '党建联盟', fields: ['city', 'employer', 'contacts'], memberIds: [ids.m_0, ids.m_1] });
      agreementId = a._id;
      expect(a).toMatchObject({ name: ORG, active: true, memberCount: 2, fields: ['city', 'employer', 'contacts'] });
      expect((await memberDoc(ids.m_0)).agreementIds).toEqual([agreementId]);
      expect((await memberDoc(ids.m_2)).agreementIds).toBeUndefined();
    });

    it('grants the inflow role for an existing agreement only', async () => {
      expect(await tc.code(COUNTY, 'org.grantRole', { openid: INFLOW, role: 'inflow' })).toBe('INPUT.INVALID');
      expect(await tc.code(COUNTY, 'org.grantRole', { openid: INFLOW, role: 'inflow', agreementId: 'noagreement' })).toBe('AGREEMENT.NOT_FOUND');
      expect(await tc.code(SEC_A, 'org.grantRole', { openid: INFLOW, role: 'inflow', agreementId })).toBe('AUTH.FORBIDDEN');
      const r = await tc.data(COUNTY, 'org.grantRole', { openid: INFLOW, role: 'inflow', agreementId });
      expect(r.grants).toEqual([{ role: 'inflow', agreementId }]);
    });
  });

  describe('what the inflow organiser sees and changes', () => {
    it('reads a covered member with only the agreed fields, the phone masked', async () => {
      const { member } = await tc.data(INFLOW, 'member.get', { memberId: ids.m_0 });
      expect(member).toMatchObject({ _id: ids.m_0, name: '党员000', city: '宁波', employer: '电子厂', phone: '138****0000', masked: true, coManagedBy: { agreementId, orgName: ORG } });
      for (const hidden of ['industry', 'activityCardNo', 'birthDate', 'tags', 'status', 'openid', 'outflowDate']) expect(member).not.toHaveProperty(hidden);
    });

    it('cannot read a member outside the agreement', async () => {
      expect(await tc.code(INFLOW, 'member.get', { memberId: ids.m_2 })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(INFLOW, 'contact.list', { memberId: ids.m_2 })).toBe('AUTH.FORBIDDEN');
    });

    it('updates agreed fields only, and a refused update changes nothing', async () => {
      const before = await dumpDatabase();
      for (const changes of [{ industry: '物流' }, { phone: '13912345678' }, { tags: ['人才'] }, { status: '失联' }, { employer: '快递', activityCardNo: 'X1234' }]) {
        expect(await tc.code(INFLOW, 'member.update', { memberId: ids.m_0, changes })).toBe('AUTH.FORBIDDEN');
      }
      expect(await tc.code(INFLOW, 'member.update', { memberId: ids.m_2, changes: { employer: '快递' } })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(INFLOW, 'member.update', { changes: { employer: '快递' } })).toBe('MEMBER.NOT_JOINED');
      expect(await dumpDatabase()).toEqual(before);
      const r = await tc.data(INFLOW, 'member.update', { memberId: ids.m_0, changes: { employer: '西湖物流', city: '宁波' } });
      expect(r.changed).toEqual(['employer']);
      expect(r.member).toMatchObject({ employer: '西湖物流', masked: true });
      expect(r.member).not.toHaveProperty('industry');
    });

    it('shares one history: both sides see the inflow side\'s change with the organisation\'s name', async () => {
      const county = await tc.data(COUNTY, 'member.get', { memberId: ids.m_0 });
      expect(county.member).toMatchObject({ employer: '西湖物流', industry: '制造业', phone: '13800000000', masked: false });
      expect(county.history[0]).toMatchObject({ byOpenid: INFLOW, byOrg: ORG, byName: `联络员（${ORG}）`, changes: [{ field: 'employer', from: '电子厂', to: '西湖物流' }] });
      const inflow = await tc.data(INFLOW, 'member.get', { memberId: ids.m_0 });
      expect(inflow.history[0]).toMatchObject({ byOrg: ORG, changes: [{ field: 'employer', from: '电子厂', to: '西湖物流' }] });
      // The member's own earlier edit shows only its agreed part (employer), not industry, card or birth date.
      const own = inflow.history.find((h: any) => h.byName === '党员000' && !h.byOrg);
      expect(own.changes.map((c: any) => c.field)).toEqual(['employer']);
    });

    it('lists only the agreement\'s members, and refuses filters on fields it does not share', async () => {
      const r = await tc.data(INFLOW, 'member.list', { agreementId });
      expect(r.items.map((m: any) => m._id).sort()).toEqual([ids.m_0, ids.m_1].sort());
      expect(r.items.every((m: any) => m.masked && !('industry' in m))).toBe(true);
      expect(await tc.code(INFLOW, 'member.list', {})).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(INFLOW, 'member.list', { agreementId, status: '失联' })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(INFLOW, 'member.list', { agreementId: 'other' })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(INFLOW, 'contact.gaps', {})).toBe('AUTH.FORBIDDEN');
      const county = await tc.data(COUNTY, 'member.list', { agreementId });
      expect(county.items).toHaveLength(2);
      expect(county.items[0].masked).toBe(false);
    });

    it('logs contacts (activity participation) for covered members when agreed', async () => {
      const r = await tc.data(INFLOW, 'contact.log', contact(ids.m_0, '2026-11-20', { channel: 'meeting', note: '参加西湖区党建联盟主题党日' }));
      expect(r.contact).toMatchObject({ byRole: 'inflow', byOrg: ORG });
      expect(await tc.code(INFLOW, 'contact.log', contact(ids.m_2, '2026-11-20'))).toBe('AUTH.FORBIDDEN');
      const list = await tc.data(SEC_A, 'contact.list', { memberId: ids.m_0 });
      expect(list.items[0]).toMatchObject({ byOrg: ORG, note: '参加西湖区党建联盟主题党日' });
      expect((await tc.data(INFLOW, 'contact.list', { memberId: ids.m_0 })).items).toHaveLength(1);
    });

    it('leaves the organisers\' own rights unchanged', async () => {
      expect((await tc.data(SEC_A, 'member.get', { memberId: ids.m_0 })).member.phone).toBe('13800000000');
      expect(await tc.code(SEC_B, 'member.get', { memberId: ids.m_0 })).toBe('AUTH.FORBIDDEN');
    });
  });

  describe('agreement.update and agreement.list', () => {
    it('moves coverage with the agreement in one call', async () => {
      const r = await tc.data(COUNTY, 'agreement.update', { agreementId, addMemberIds: [ids.m_2], removeMemberIds: [ids.m_1] });
      expect(r).toMatchObject({ added: 1, removed: 1, agreement: { memberCount: 2 } });
      expect((await memberDoc(ids.m_1)).agreementIds).toEqual([]);
      expect((await memberDoc(ids.m_2)).agreementIds).toEqual([agreementId]);
      expect(await tc.code(INFLOW, 'member.get', { memberId: ids.m_1 })).toBe('AUTH.FORBIDDEN');
      expect((await tc.data(INFLOW, 'member.get', { memberId: ids.m_2 })).member._id).toBe(ids.m_2);
    });

    it('narrows the agreed fields and ends the agreement', async () => {
      await tc.data(COUNTY, 'agreement.update', { agreementId, fields: ['city', 'phone'] });
      expect(await tc.code(INFLOW, 'contact.log', contact(ids.m_0, '2026-11-21'))).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(INFLOW, 'member.update', { memberId: ids.m_0, changes: { employer: 'x' } })).toBe('AUTH.FORBIDDEN');
      const now = (await tc.data(INFLOW, 'member.get', { memberId: ids.m_0 })).member;
      expect(now.phone).toBe('13800000000');
      expect(now).not.toHaveProperty('employer');
      await tc.data(COUNTY, 'agreement.update', { agreementId, active: false });
      expect(await tc.code(INFLOW, 'member.get', { memberId: ids.m_0 })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(INFLOW, 'member.list', { agreementId })).toBe('AUTH.FORBIDDEN');
    });

    it('refuses bad updates and outsiders, changing nothing', async () => {
      const before = await dumpDatabase();
      expect(await tc.code(SEC_A, 'agreement.update', { agreementId, active: true })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(INFLOW, 'agreement.update', { agreementId, active: true })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(COUNTY, 'agreement.update', { agreementId: 'nope', active: true })).toBe('AGREEMENT.NOT_FOUND');
      expect(await tc.code(COUNTY, 'agreement.update', { agreementId, addMemberIds: ['nomember'] })).toBe('MEMBER.NOT_FOUND');
      expect(await tc.code(COUNTY, 'agreement.update', { agreementId })).toBe('INPUT.INVALID');
      expect(await tc.code(COUNTY, 'agreement.update', { agreementId, addMemberIds: [ids.m_3], removeMemberIds: [ids.m_3] })).toBe('INPUT.INVALID');
      expect(await dumpDatabase()).toEqual(before);
    });

    it('lists every agreement for the county and his own for the inflow organiser', async () => {
      await tc.data(COUNTY, 'agreement.create', { name: '宁波市流动党员服务中心', region: '宁波市', kind: '市际协作', fields: ['city'] });
      expect((await tc.data(COUNTY, 'agreement.list')).items.map((a: any) => a.name)).toEqual(['宁波市流动党员服务中心', ORG]);
      const mine = await tc.data(INFLOW, 'agreement.list');
      expect(mine.items.map((a: any) => a._id)).toEqual([agreementId]);
      expect(mine.items[0]).not.toHaveProperty('memberIds');
      expect(await tc.code(SEC_A, 'agreement.list')).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(INFLOW, 'agreement.list', { agreementId: 'other' })).toBe('AUTH.FORBIDDEN');
    });
  });
  /** Security review: what an inflow organiser must not learn beyond his agreement. */
  describe('what the inflow side must not learn', () => {
    const SPY = 'inflow_2';
    let second: string;

    beforeAll(async () => {
      // m_3 is covered by two organisations; the second organiser works under the second agreement.
      await tc.data(COUNTY, 'agreement.create', { name: '萧山区党建联盟', region: '杭州市萧山区', kind: '党建联盟', fields: ['city'], memberIds: [ids.m_3] });
      second = (await tc.data(COUNTY, 'agreement.create', { name: '滨江区党建联盟', region: '杭州市滨江区', kind: '党建联盟', fields: ['city', 'employer'], memberIds: [ids.m_3] }))._id;
      await tc.data(COUNTY, 'org.grantRole', { openid: SPY, role: 'inflow', agreementId: second });
      await tc.data(SEC_A, 'member.update', { memberId: ids.m_3, changes: { employer: '滨江电子' } });
    });

    it('sees no other agreement covering the member and no openid in the shared history', async () => {
      const got = await tc.data(SPY, 'member.get', { memberId: ids.m_3 });
      expect(got.member.agreementIds).toEqual([second]);
      expect(got.history.length).toBeGreaterThan(0);
      for (const h of got.history) expect(h).not.toHaveProperty('byOpenid');
      const listed = await tc.data(SPY, 'member.list', { agreementId: second });
      expect(listed.items.map((m: any) => m.agreementIds)).toEqual([[second]]);
      const updated = await tc.data(SPY, 'member.update', { memberId: ids.m_3, changes: { employer: '滨江物流' } });
      expect(updated.member.agreementIds).toEqual([second]);
    });

    it('does not get the county clerk\'s openid with his agreement', async () => {
      const [mine] = (await tc.data(SPY, 'agreement.list')).items;
      expect(mine._id).toBe(second);
      expect(mine).not.toHaveProperty('createdBy');
    });

    it('is not an organiser of ours: secretaries\' phones stay masked in the organisation tree', async () => {
      const tree = await tc.data(SPY, 'org.tree');
      expect(tree.branches.every((b: any) => b.secretaryPhone === null || b.secretaryPhone.includes('****'))).toBe(true);
      const county = await tc.data(COUNTY, 'org.tree');
      expect(county.branches.some((b: any) => /^1\d{10}$/.test(b.secretaryPhone ?? ''))).toBe(true);
    });
  });
});
