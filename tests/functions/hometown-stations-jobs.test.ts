import { ADMIN, grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { DAY } from './helpers/days';
import { dumpDatabase, eachTestLeavesDatabaseUnchanged } from './helpers/dump';
import { localSdkDb } from '../../localcloud/sdk-db';
import { dayOf } from '../../src/domain/shared/day.rules';

jest.setTimeout(60_000);

/**
 * Branch A (杭州): m_0 (works in 宁波), m_1 (杭州); branch B (宁波): m_3 (宁波). sec_a / sec_b run
 * A / B, cadre_1 runs 龙井村 G1, county_1 is the county.
 */
describe('hometown talent stations and job pushes', () => {
  let tc: TestCloud;
  let A: any, B: any, G1: any, m1: any;
  let S1: any, S2: any, J1: any, J2: any, J3: any, J4: any;
  const person = { kind: 'person', name: '王站长', phone: '13912345678' };
  const station = (over: Record<string, unknown> = {}) => ({ city: '上海', name: '上海人才工作站', head: person, contact: '021-55550000', ...over });
  const job = (over: Record<string, unknown> = {}) => ({
    title: '电子厂普工', employer: '宁波某电子有限公司', city: '宁波', pay: '6000-8000 元/月', contact: '0574-88880000',
    validUntil: dayOf(Date.now() + 30 * DAY), audience: { scope: 'county' }, ...over,
  });
  const ids = (r: any) => r.items.map((i: any) => i._id).sort();

  beforeAll(async () => {
    tc = await startTestCloud();
    let sa: string, sb: string;
    ({ A, B, G1, sa, sb } = await seedTwoBranches(tc));
    [, m1] = (await joinMembers(tc, sa, G1._id, 0, 2)).map((r) => r.member);
    await joinMembers(tc, sb, G1._id, 3, 1);
    await grantRoles(tc, { A, B, G1 }, 'sec_a', 'sec_b', 'cadre_1', 'county_1');
  });
  afterAll(() => tc?.dispose());

  describe('station.save', () => {
    it('lets the county create stations headed by a named person or by a member', async () => {
      S1 = await tc.data('county_1', 'station.save', station());
      expect(S1).toMatchObject({ city: '上海', head: { kind: 'person', name: '王站长', phone: '13912345678', masked: false }, notes: null });
      S2 = await tc.data('county_1', 'station.save', station({ city: '杭州', name: '杭州人才工作站', head: { kind: 'member', memberId: m1._id }, notes: '每月第一个周六开放' }));
      expect(S2.head).toEqual({ kind: 'member', memberId: m1._id, name: '党员001', phone: '13800000001', masked: false });
      const stored = (await dumpDatabase()).stations.find((s: any) => s._id === S2._id) as any;
      expect(stored.head).toEqual({ kind: 'member', memberId: m1._id }); // name and phone are read live
    });

    it('replaces a station by id, keeping its creation time', async () => {
      const r = await tc.data('county_1', 'station.save', station({ stationId: S1._id, name: '上海松江人才工作站' }));
      expect(r).toMatchObject({ _id: S1._id, name: '上海松江人才工作站', createdAt: S1.createdAt });
      expect((await dumpDatabase()).stations).toHaveLength(2);
    });

    describe('refusals change nothing', () => {
      eachTestLeavesDatabaseUnchanged();
      it('refuses everyone but the county', async () => {
        for (const who of ['sec_a', 'cadre_1', 'm_0', 'stranger']) expect(await tc.code(who, 'station.save', station())).toBe('AUTH.FORBIDDEN');
        expect(await tc.code('sec_a', 'station.save', station({ stationId: S1._id }))).toBe('AUTH.FORBIDDEN');
      });
      it('refuses unknown stations and heads, and bad input', async () => {
        expect(await tc.code('county_1', 'station.save', station({ stationId: 'nothing' }))).toBe('STATION.NOT_FOUND');
        expect(await tc.code('county_1', 'station.save', station({ head: { kind: 'member', memberId: 'nomember' } }))).toBe('MEMBER.NOT_FOUND');
        expect(await tc.code('county_1', 'station.save', station({ head: { ...person, phone: '12345' } }))).toBe('INPUT.INVALID');
        expect(await tc.code('county_1', 'station.save', station({ city: '' }))).toBe('INPUT.INVALID');
        expect(await tc.code('county_1', 'station.save', station({ head: { kind: 'member' } }))).toBe('INPUT.INVALID');
      });
    });
  });

  describe('station.list', () => {
    const heads = async (who: string) => Object.fromEntries((await tc.data(who, 'station.list', {})).items.map((s: any) => [s.city, s.head.phone]));
    it('masks phones per the rules: named heads for all but the county, member heads for those who do not manage him', async () => {
      expect(await heads('county_1')).toEqual({ 上海: '13912345678', 杭州: '13800000001' });
      expect(await heads('sec_a')).toEqual({ 上海: '139****5678', 杭州: '13800000001' });
      expect(await heads('sec_b')).toEqual({ 上海: '139****5678', 杭州: '138****0001' });
      expect(await heads('m_1')).toEqual({ 上海: '139****5678', 杭州: '13800000001' });
      expect(await heads('m_0')).toEqual({ 上海: '139****5678', 杭州: '138****0001' });
      expect(await heads(ADMIN)).toEqual({ 上海: '139****5678', 杭州: '138****0001' });
    });
    it('filters by city and refuses strangers', async () => {
      expect((await tc.data('m_0', 'station.list', { city: '杭州' })).items.map((s: any) => s._id)).toEqual([S2._id]);
      expect(await tc.code('stranger', 'station.list', {})).toBe('AUTH.FORBIDDEN');
    });
  });

  describe('jobs.publish', () => {
    it('lets the county push to cities, branches or the county, and a secretary to his branch', async () => {
      J1 = await tc.data('county_1', 'jobs.publish', job({ audience: { scope: 'cities', cities: ['宁波', '宁波'] } }));
      expect(J1).toMatchObject({ audience: { scope: 'cities', cities: ['宁波'] }, valid: true, detail: null });
      expect(J1).not.toHaveProperty('publisherOpenid');
      J2 = await tc.data('sec_a', 'jobs.publish', job({ title: '快递分拣', city: '杭州', audience: { scope: 'branches', branchIds: [A._id] } }));
      J3 = await tc.data('county_1', 'jobs.publish', job({ title: '县城返乡岗位', city: '石阡', validUntil: dayOf(Date.now()), detail: '包吃住' }));
      J4 = await tc.data('county_1', 'jobs.publish', job({ title: '港口装卸', audience: { scope: 'branches', branchIds: [B._id] } }));
    });

    describe('refusals change nothing', () => {
      eachTestLeavesDatabaseUnchanged();
      it('refuses a secretary outside his branches, and callers without the role', async () => {
        expect(await tc.code('sec_a', 'jobs.publish', job())).toBe('AUTH.FORBIDDEN');
        expect(await tc.code('sec_a', 'jobs.publish', job({ audience: { scope: 'branches', branchIds: [B._id] } }))).toBe('AUTH.FORBIDDEN');
        expect(await tc.code('sec_a', 'jobs.publish', job({ audience: { scope: 'cities', cities: ['杭州'] } }))).toBe('AUTH.FORBIDDEN');
        for (const who of ['cadre_1', 'm_0', 'stranger']) expect(await tc.code(who, 'jobs.publish', job({ audience: { scope: 'branches', branchIds: [A._id] } }))).toBe('AUTH.FORBIDDEN');
      });
      it('refuses past validity, unknown branches, bad input and risky text', async () => {
        const r = await tc.call('county_1', 'jobs.publish', job({ validUntil: dayOf(Date.now() - DAY) }));
        expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', fields: [{ path: 'validUntil' }] } });
        expect(await tc.code('county_1', 'jobs.publish', job({ audience: { scope: 'branches', branchIds: [A._id, 'nobranch'] } }))).toBe('ORG.NOT_FOUND');
        expect(await tc.code('county_1', 'jobs.publish', job({ audience: { scope: 'branches', branchIds: [] } }))).toBe('INPUT.INVALID');
        expect(await tc.code('county_1', 'jobs.publish', job({ title: '' }))).toBe('INPUT.INVALID');
        expect(await tc.code('county_1', 'jobs.publish', job({ pay: '日结【违规】' }))).toBe('CONTENT.RISKY');
      });
    });
  });

  describe('jobs.list', () => {
    it('shows each member the valid pushes reaching his branch or his city', async () => {
      expect(ids(await tc.data('m_0', 'jobs.list', {}))).toEqual([J1._id, J2._id, J3._id].sort()); // A, works in 宁波
      expect(ids(await tc.data('m_1', 'jobs.list', {}))).toEqual([J2._id, J3._id].sort()); // A, 杭州
      expect(ids(await tc.data('m_3', 'jobs.list', {}))).toEqual([J1._id, J3._id, J4._id].sort()); // B, 宁波
      expect(await tc.code('stranger', 'jobs.list', {})).toBe('MEMBER.NOT_JOINED');
    });

    it('hides expired pushes from members and marks them for publishers', async () => {
      await localSdkDb().collection('jobs').doc(J3._id).update({ data: { validUntil: dayOf(Date.now() - DAY) } });
      expect(ids(await tc.data('m_1', 'jobs.list', {}))).toEqual([J2._id]);
      const all = await tc.data('county_1', 'jobs.list', { manage: true });
      expect(ids(all)).toEqual([J1._id, J2._id, J3._id, J4._id].sort());
      expect(all.items.find((j: any) => j._id === J3._id).valid).toBe(false);
    });

    it('shows a secretary his pushes, county-wide ones and those to his branches; refuses others', async () => {
      expect(ids(await tc.data('sec_a', 'jobs.list', { manage: true }))).toEqual([J2._id, J3._id].sort());
      expect(ids(await tc.data('sec_b', 'jobs.list', { manage: true }))).toEqual([J3._id, J4._id].sort());
      for (const who of ['cadre_1', 'm_0']) expect(await tc.code(who, 'jobs.list', { manage: true })).toBe('AUTH.FORBIDDEN');
    });

    it('costs 2 requests for a member list and for a publisher list; 3 for stations with a member head', async () => {
      expect(await tc.requests(() => tc.data('m_0', 'jobs.list', {}))).toBe(2); // his record (city) came with the caller read
      expect(await tc.requests(() => tc.data('sec_a', 'jobs.list', { manage: true }))).toBe(2);
      expect(await tc.requests(() => tc.data('m_0', 'station.list', {}))).toBe(3);
    });

    it('pages with a cursor', async () => {
      const p1 = await tc.data('county_1', 'jobs.list', { manage: true, limit: 3 });
      const p2 = await tc.data('county_1', 'jobs.list', { manage: true, limit: 3, cursor: p1.nextCursor });
      expect(p1.items).toHaveLength(3);
      expect(p2.items.map((j: any) => j._id)).toEqual([J1._id]);
      expect(p2.nextCursor).toBeNull();
    });
  });

  describe('hometown.stats (stations and jobs)', () => {
    it('counts stations and the valid pushes reaching the unit', async () => {
      expect(await tc.data('county_1', 'hometown.stats', {})).toMatchObject({ stations: 2, activeJobs: 3 });
      expect(await tc.data('sec_a', 'hometown.stats', { branchId: A._id })).toMatchObject({ activeJobs: 1 }); // J2 (J1 targets 宁波, A is 杭州)
      expect(await tc.data('sec_b', 'hometown.stats', { branchId: B._id })).toMatchObject({ activeJobs: 2 }); // J1 (宁波) and J4
      expect(await tc.data('cadre_1', 'hometown.stats', { groupId: G1._id })).toMatchObject({ activeJobs: 0, pipeline: null });
    });

    it('answers ORG.NOT_FOUND for an unknown branch or group alike', async () => {
      expect(await tc.code('county_1', 'hometown.stats', { branchId: 'nobranch' })).toBe('ORG.NOT_FOUND');
      expect(await tc.code('county_1', 'hometown.stats', { groupId: 'nogroup' })).toBe('ORG.NOT_FOUND');
    });
  });
});
