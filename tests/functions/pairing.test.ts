import { localSdkDb } from '../../localcloud/sdk-db';
import { ADMIN, startTestCloud, type TestCloud } from './helpers/cloud';
import { dumpDatabase } from './helpers/dump';
import { CADRE_1, CADRE_2, COUNTY, contact, SEC_A, SEC_B, seedPairingCounty } from './helpers/pairing';
import { today } from './helpers/days';

jest.setTimeout(120_000);

/** 1+N pairing, contact logs and the contact-gap monitor, through the api entry on a real local cloud. */
describe('1+N pairing and the contact-gap monitor', () => {
  let tc: TestCloud;
  let A: any, B: any, G1: any, G2: any;
  let ids: Record<string, string>;

  beforeAll(async () => {
    tc = await startTestCloud();
    ({ A, B, G1, G2, ids } = await seedPairingCounty(tc));
  });
  afterAll(() => tc?.dispose());

  const pairingDocs = async () => (await dumpDatabase()).pairings as any[];

  describe('pairing.assign', () => {
    it('lets the branch secretary pair members of his branch with their village cadre', async () => {
      const r = await tc.data(SEC_A, 'pairing.assign', { memberIds: [ids.m_0, ids.m_1], cadreOpenid: CADRE_1 });
      expect(r.pairings).toHaveLength(2);
      const docs = await pairingDocs();
      expect(docs.find((p) => p._id === ids.m_0)).toMatchObject({ memberId: ids.m_0, cadreOpenid: CADRE_1, cadreName: '王村干', branchId: A._id, groupId: G1._id, lastContactAt: null, lastContactDay: null });
      expect(typeof docs[0].since).toBe('number');
    });

    it('lets a cadre take on members of his own village, and only himself', async () => {
      await tc.data(CADRE_1, 'pairing.assign', { memberIds: [ids.m_2], cadreOpenid: CADRE_1 });
      expect(await tc.code(CADRE_1, 'pairing.assign', { memberIds: [ids.m_6], cadreOpenid: CADRE_1 })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(CADRE_2, 'pairing.assign', { memberIds: [ids.m_3], cadreOpenid: CADRE_1 })).toBe('AUTH.FORBIDDEN');
    });

    it('refuses a cadre of another village, all or nothing, and changes nothing', async () => {
      const before = await dumpDatabase();
      // m_3 would be fine, m_6 lives in 虎跑村 where cadre_1 holds no grant: the whole list is refused.
      expect(await tc.code(SEC_A, 'pairing.assign', { memberIds: [ids.m_3, ids.m_6], cadreOpenid: CADRE_1 })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(COUNTY, 'pairing.assign', { memberIds: [ids.m_6], cadreOpenid: CADRE_1 })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(SEC_B, 'pairing.assign', { memberIds: [ids.m_3], cadreOpenid: CADRE_1 })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('m_4', 'pairing.assign', { memberIds: [ids.m_3], cadreOpenid: CADRE_1 })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(SEC_A, 'pairing.assign', { memberIds: [ids.m_3], cadreOpenid: 'nobody' })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(SEC_A, 'pairing.assign', { memberIds: [ids.m_3, 'nomember'], cadreOpenid: CADRE_1 })).toBe('MEMBER.NOT_FOUND');
      for (const bad of [{ memberIds: [], cadreOpenid: CADRE_1 }, { memberIds: [ids.m_3, ids.m_3], cadreOpenid: CADRE_1 }, { memberIds: [ids.m_3] }, { memberIds: [ids.m_3], cadreOpenid: CADRE_1, branchId: A._id }]) {
        expect(await tc.code(SEC_A, 'pairing.assign', bad)).toBe('INPUT.INVALID');
      }
      expect(await dumpDatabase()).toEqual(before);
    });

    it('lists the cadres of a village for organisers, with who is paired with whom now', async () => {
      const r = await tc.data(SEC_A, 'pairing.cadres', { groupId: G1._id });
      expect(r.cadres).toEqual([{ openid: CADRE_1, name: '王村干', phone: '13700000001', title: null, isMember: true }]);
      expect(r.pairings).toContainEqual({ memberId: ids.m_2, cadreOpenid: CADRE_1, cadreName: '王村干' });
      expect(r.pairings.every((p: any) => p.cadreOpenid === CADRE_1)).toBe(true);
      expect(await tc.code('m_4', 'pairing.cadres', { groupId: G1._id })).toBe('AUTH.FORBIDDEN');
    });
  });

  describe('contact.log', () => {
    it('records a contact by the paired cadre and moves the last contact, never backwards', async () => {
      const r = await tc.data(CADRE_1, 'contact.log', contact(ids.m_0, '2026-01-31', { channel: 'visit', situation: { work: '快递分拣', difficulties: '子女入学', wishToReturn: 'yes' } }));
      expect(r.lastContactDay).toBe('2026-01-31');
      expect(r.contact).toMatchObject({ memberId: ids.m_0, byRole: 'cadre', byOrg: null, branchId: A._id, groupId: G1._id, day: '2026-01-31', month: '2026-01', channel: 'visit', authorName: '王村干' });
      expect(r.contact.cadreOpenid).toBeUndefined();
      // A late entry for an earlier day (by the secretary) is kept but leaves the last contact in place.
      const late = await tc.data(SEC_A, 'contact.log', contact(ids.m_0, '2026-01-15'));
      expect(late.lastContactDay).toBe('2026-01-31');
      expect(late.contact.byRole).toBe('secretary');
      const p = (await pairingDocs()).find((x) => x._id === ids.m_0);
      expect(p.lastContactDay).toBe('2026-01-31');
      const county = await tc.data(COUNTY, 'contact.log', contact(ids.m_1, today(), { channel: 'wechat' }));
      expect(county).toMatchObject({ lastContactDay: today(), contact: { byRole: 'county' } });
    });

    it('refuses other cadres, outsiders, future days and bad input, writing nothing', async () => {
      const before = await dumpDatabase();
      expect(await tc.code(CADRE_2, 'contact.log', contact(ids.m_0, '2026-02-01'))).toBe('AUTH.FORBIDDEN');
      // cadre_1 is of m_3's village but not his responsible cadre.
      expect(await tc.code(CADRE_1, 'contact.log', contact(ids.m_3, '2026-02-01'))).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(SEC_B, 'contact.log', contact(ids.m_0, '2026-02-01'))).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('m_1', 'contact.log', contact(ids.m_0, '2026-02-01'))).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(CADRE_1, 'contact.log', contact(ids.m_0, '2099-01-01'))).toBe('CONTACT.DAY_INVALID');
      expect(await tc.code(CADRE_1, 'contact.log', contact('nomember', '2026-02-01'))).toBe('MEMBER.NOT_FOUND');
      for (const over of [{ channel: 'fax' }, { day: '2026-02-30x' }, { note: '' }, { situation: { work: '', difficulties: '' } }, { cadreOpenid: CADRE_2 }]) {
        expect(await tc.code(CADRE_1, 'contact.log', contact(ids.m_0, '2026-02-01', over))).toBe('INPUT.INVALID');
      }
      expect(await dumpDatabase()).toEqual(before);
    });

    it('lists a member\'s contacts for those who manage him', async () => {
      const r = await tc.data(SEC_A, 'contact.list', { memberId: ids.m_0, limit: 1 });
      expect(r.items.map((c: any) => c.day)).toEqual(['2026-01-15']);
      const next = await tc.data(SEC_A, 'contact.list', { memberId: ids.m_0, cursor: r.nextCursor });
      expect(next.items.map((c: any) => c.day)).toEqual(['2026-01-31']);
      expect(next.nextCursor).toBeNull();
      expect(await tc.code(SEC_B, 'contact.list', { memberId: ids.m_0 })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('m_0', 'contact.list', { memberId: ids.m_0 })).toBe('AUTH.FORBIDDEN');
    });
  });

  describe('pairing.mine', () => {
    it('shows a cadre his members with their gaps, and a member his cadre', async () => {
      const r = await tc.data(CADRE_1, 'pairing.mine');
      expect(r.asCadre.map((m: any) => m.memberId).sort()).toEqual([ids.m_0, ids.m_1, ids.m_2].sort());
      const m0 = r.asCadre.find((m: any) => m.memberId === ids.m_0);
      expect(m0).toMatchObject({ lastContactDay: '2026-01-31', overdue: true, lostCandidate: true, phone: '13800000000', periodMonths: 1 });
      expect(r.asCadre[0].memberId).toBe(ids.m_0); // longest gap first
      expect(r.settings.pairedPeriodMonths).toBe(1);
      const mine = await tc.data('m_0', 'pairing.mine');
      expect(mine).toMatchObject({ asCadre: [], myCadre: { cadreName: '王村干', lastContactDay: '2026-01-31' } });
      expect((await tc.data('m_3', 'pairing.mine')).myCadre).toBeNull();
    });
  });

  describe('contact.gaps', () => {
    const gaps = (by: string, payload: Record<string, unknown> = {}) => tc.data(by, 'contact.gaps', payload);
    const row = (list: any[], id: string) => list.find((r: any) => r.memberId === id);

    it('counts a contact on 01-31 as kept through 02-28 and overdue from 03-01 (1 month)', async () => {
      const feb = await gaps(COUNTY, { asOf: '2026-02-28', groupId: G1._id });
      expect(row(feb.overdue, ids.m_0)).toBeUndefined();
      const mar = await gaps(COUNTY, { asOf: '2026-03-01', groupId: G1._id });
      expect(row(mar.overdue, ids.m_0)).toMatchObject({ lastContactDay: '2026-01-31', dueDay: '2026-02-28', gapDays: 29, lostCandidate: false, cadreName: '王村干' });
      // 3 months without contact: a 失联 candidate from 05-01 on.
      expect(row((await gaps(COUNTY, { asOf: '2026-04-30' })).overdue, ids.m_0).lostCandidate).toBe(false);
      expect(row((await gaps(COUNTY, { asOf: '2026-05-01' })).overdue, ids.m_0).lostCandidate).toBe(true);
    });

    it('answers per cadre and per village, with the unpaired members listed', async () => {
      const r = await gaps(SEC_A, { asOf: today() });
      expect(r.asOf).toBe(today());
      // Branch A: m_0..m_8 plus the two cadres, who are members too.
      expect(r.totals).toMatchObject({ members: 11, paired: 3, unpaired: 8 });
      expect(r.byCadre).toEqual([{ cadreOpenid: CADRE_1, cadreName: '王村干', members: 3, paired: 3, overdue: 1, lostCandidates: 1 }]);
      const g1 = r.byGroup.find((g: any) => g.groupId === G1._id);
      const g2 = r.byGroup.find((g: any) => g.groupId === G2._id);
      expect(g1).toMatchObject({ members: 7, paired: 3, unpaired: 4, overdue: 1 });
      expect(g2).toMatchObject({ members: 4, paired: 0, unpaired: 4, overdue: 0 });
      expect(r.unpaired.map((x: any) => x.memberId)).toContain(ids.m_3);
      expect(r.overdue.map((x: any) => x.memberId)).toEqual([ids.m_0]);
      // Branch B's secretary sees only his branch.
      expect((await gaps(SEC_B)).totals.members).toBe(2);
    });

    it('keeps members away over 6 months in regular contact, paired or not', async () => {
      await tc.data(SEC_A, 'member.update', { memberId: ids.m_7, changes: { outflowDate: '2025-06-15' } });
      await tc.data(SEC_A, 'contact.log', contact(ids.m_7, '2026-09-01'));
      const r = await gaps(CADRE_2);
      expect(row(r.overdue, ids.m_7)).toMatchObject({ longAway: true, periodMonths: 1, cadreOpenid: null, lastContactDay: '2026-09-01', lostCandidate: true });
      expect(r.totals.longAway).toBe(1);
      // An organiser marks him 失联: no longer a candidate.
      await tc.data(SEC_A, 'member.update', { memberId: ids.m_7, changes: { status: '失联' } });
      expect(row((await gaps(CADRE_2)).overdue, ids.m_7).lostCandidate).toBe(false);
    });

    it('reads the periods from config/pairing', async () => {
      await localSdkDb().collection('config').doc('pairing').set({ data: { pairedPeriodMonths: 2, lostCandidateMonths: 6 } });
      try {
        const r = await gaps(COUNTY, { asOf: '2026-03-31', groupId: G1._id });
        expect(r.settings).toEqual({ pairedPeriodMonths: 2, longAwayMonths: 6, longAwayPeriodMonths: 1, lostCandidateMonths: 6 });
        expect(row(r.overdue, ids.m_0)).toBeUndefined();
        expect(row((await gaps(COUNTY, { asOf: '2026-04-01', groupId: G1._id })).overdue, ids.m_0).dueDay).toBe('2026-03-31');
      } finally {
        await localSdkDb().collection('config').doc('pairing').remove();
      }
    });

    it('refuses callers and filters outside the scope, and a future day', async () => {
      expect(await tc.code(CADRE_2, 'contact.gaps', { branchId: A._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(SEC_B, 'contact.gaps', { branchId: A._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('m_0', 'contact.gaps', {})).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(COUNTY, 'contact.gaps', { asOf: '2099-01-01' })).toBe('INPUT.INVALID');
      expect(await tc.code(COUNTY, 'contact.gaps', { asOf: 'yesterday' })).toBe('INPUT.INVALID');
    });
  });

  describe('database requests', () => {
    it('costs a fixed number of requests per contact and per pairing call', async () => {
      expect(await tc.requests(() => tc.data(CADRE_1, 'contact.log', contact(ids.m_0, '2026-02-02')))).toBe(8);
      // Each member's pairing is read again inside the transaction (a concurrent contact.log must not be lost): +1 per member.
      expect(await tc.requests(() => tc.data(SEC_A, 'pairing.assign', { memberIds: [ids.m_0, ids.m_1], cadreOpenid: CADRE_1 }))).toBe(10);
      // Branch A's 11 members: caller, members, config, pairings, unpaired last contacts.
      expect(await tc.requests(() => tc.data(SEC_A, 'contact.gaps', {}))).toBe(5);
    });
  });

  describe('a member who moves', () => {
    it('keeps his pairing when his branch changes and ends it when his village changes', async () => {
      await tc.data(SEC_A, 'pairing.assign', { memberIds: [ids.m_4, ids.m_5], cadreOpenid: CADRE_1 });
      await tc.data(COUNTY, 'transfer.move', { memberId: ids.m_4, toBranchId: B._id });
      await tc.data(COUNTY, 'transfer.move', { memberId: ids.m_5, toBranchId: A._id, toGroupId: G2._id });
      const docs = await pairingDocs();
      expect(docs.find((p) => p._id === ids.m_4)).toMatchObject({ branchId: B._id, groupId: G1._id, cadreOpenid: CADRE_1 });
      expect(docs.find((p) => p._id === ids.m_5)).toBeUndefined();
    });
  });

  describe('pairing.unassign', () => {
    it('ends a pairing; pairing again carries the last contact over from the logs', async () => {
      expect(await tc.code(CADRE_2, 'pairing.unassign', { memberIds: [ids.m_1] })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(SEC_A, 'pairing.unassign', { memberIds: [ids.m_1, ids.m_3] })).toBe('PAIRING.NOT_FOUND');
      expect(await tc.data(SEC_A, 'pairing.unassign', { memberIds: [ids.m_1] })).toEqual({ removed: 1 });
      expect((await pairingDocs()).find((p) => p._id === ids.m_1)).toBeUndefined();
      const again = await tc.data(CADRE_1, 'pairing.assign', { memberIds: [ids.m_1], cadreOpenid: CADRE_1 });
      expect(again.pairings[0]).toMatchObject({ lastContactDay: today() });
      // The responsible cadre may let go of his own member.
      expect(await tc.data(CADRE_1, 'pairing.unassign', { memberIds: [ids.m_2] })).toEqual({ removed: 1 });
    });
  });
  /** Security review: scope after a grant ends, cadres of other villages, concurrent calls. */
  describe('scope and concurrency', () => {
    it('lists a village\'s cadres (their openids) to a cadre of that village only, besides secretaries and the county', async () => {
      expect(await tc.code(CADRE_2, 'pairing.cadres', { groupId: G1._id })).toBe('AUTH.FORBIDDEN');
      expect((await tc.data(CADRE_1, 'pairing.cadres', { groupId: G1._id })).cadres).toEqual([{ openid: CADRE_1, name: '王村干', phone: '13700000001', title: null, isMember: true }]);
      expect((await tc.data(SEC_B, 'pairing.cadres', { groupId: G2._id })).cadres).toEqual([expect.objectContaining({ openid: CADRE_2, name: '赵村干', isMember: true })]);
      expect((await tc.data(COUNTY, 'pairing.cadres', { groupId: G2._id })).cadres).toHaveLength(1);
    });

    it('a pairing call racing a contact log never moves the last contact back', async () => {
      await tc.data(SEC_A, 'pairing.assign', { memberIds: [ids.m_8], cadreOpenid: CADRE_2 });
      for (const day of ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']) {
        await Promise.all([tc.data(CADRE_2, 'contact.log', contact(ids.m_8, day)), tc.data(SEC_A, 'pairing.assign', { memberIds: [ids.m_8], cadreOpenid: CADRE_2 })]);
        expect((await pairingDocs()).find((p) => p._id === ids.m_8).lastContactDay).toBe(day);
      }
    });

    it('pairing an unpaired member racing a contact log carries that contact over', async () => {
      for (const [round, day] of ['2026-04-01', '2026-04-02', '2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06'].entries()) {
        await tc.call(SEC_A, 'pairing.unassign', { memberIds: [ids.m_6] });
        const pair = () => tc.data(SEC_A, 'pairing.assign', { memberIds: [ids.m_6], cadreOpenid: CADRE_2 });
        const log = () => tc.data(SEC_A, 'contact.log', contact(ids.m_6, day));
        await Promise.all(round % 2 ? [log(), pair()] : [pair(), log()]);
        expect((await pairingDocs()).find((p) => p._id === ids.m_6).lastContactDay).toBe(day);
      }
    });

    it('a cadre letting go racing a hand-over to another cadre never removes the other cadre\'s pairing', async () => {
      const CADRE_3 = 'cadre_3';
      await tc.data(ADMIN, 'org.grantRole', { openid: CADRE_3, role: 'cadre', groupId: G1._id });
      for (let round = 0; round < 6; round++) {
        await tc.data(SEC_A, 'pairing.assign', { memberIds: [ids.m_3], cadreOpenid: CADRE_1 });
        const handOver = () => tc.call(SEC_A, 'pairing.assign', { memberIds: [ids.m_3], cadreOpenid: CADRE_3 });
        const letGo = () => tc.call(CADRE_1, 'pairing.unassign', { memberIds: [ids.m_3] });
        await Promise.all(round % 2 ? [letGo(), handOver()] : [handOver(), letGo()]);
        // Either order is fine (let go, then handed over; or handed over, then refused): the hand-over stands.
        expect((await pairingDocs()).find((p) => p._id === ids.m_3)).toMatchObject({ cadreOpenid: CADRE_3 });
      }
    });

    it('shows a former cadre of a village none of its members', async () => {
      const before = (await tc.data(CADRE_1, 'pairing.mine')).asCadre;
      expect(before.length).toBeGreaterThan(0);
      await tc.data(ADMIN, 'org.grantRole', { openid: CADRE_1, role: 'cadre', groupId: G2._id });
      const g1Before = (await pairingDocs()).filter((p) => p.cadreOpenid === CADRE_1 && p.groupId === G1._id);
      expect(g1Before.length).toBeGreaterThan(0);
      await tc.data(ADMIN, 'org.grantRole', { openid: CADRE_1, role: 'cadre', groupId: G1._id, revoke: true });
      expect((await tc.data(CADRE_1, 'pairing.mine')).asCadre).toEqual([]);
      // His G1 members are unpaired again (for re-pairing); pairings elsewhere stay.
      const after = await pairingDocs();
      expect(after.filter((p) => p.cadreOpenid === CADRE_1 && p.groupId === G1._id)).toEqual([]);
      for (const p of g1Before) expect(after.some((q) => q._id === p._id)).toBe(false);
    });
  });
});
