import { ADMIN, grantRoles, joinMembers, profile, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { eachTestLeavesDatabaseUnchanged } from './helpers/dump';
import { publish, sdkDb, submit } from './helpers/study';
import { dayOf } from '../../src/domain/shared/day.rules';

jest.setTimeout(60_000);

const month = () => dayOf(Date.now()).slice(0, 7);

/** Creates the other areas' collection when it is not declared (yet), then adds the documents. */
async function seedCollection(name: string, docs: object[]) {
  const db = sdkDb();
  await db.createCollection(name).catch(() => undefined);
  if (docs.length) await db.collection(name).add({ data: docs });
}

/**
 * stats.dashboard against a small county seeded through the real actions: members joined, edited
 * (失联, another city, moved to another branch), a push with check-ins, a theme-day plan with
 * counted sign-ins, and pairings / contacts shaped as the pairing area stores them.
 */
describe('stats.dashboard', () => {
  let tc: TestCloud;
  let s: Awaited<ReturnType<typeof seedTwoBranches>>;
  let a: any[];
  let b: any[];

  beforeAll(async () => {
    tc = await startTestCloud();
    s = await seedTwoBranches(tc);
    await grantRoles(tc, s, 'county_1', 'sec_a');
    await tc.data(ADMIN, 'org.grantRole', { openid: 'cadre_g1', role: 'cadre', groupId: s.G1._id });
    await tc.data(ADMIN, 'org.grantRole', { openid: 'cadre_g2', role: 'cadre', groupId: s.G2._id });
    // A: m_1..m_6 in G1 (m_3, m_6 宁波; others 杭州); B: m_7..m_9 in G2 (m_9 宁波).
    a = (await joinMembers(tc, s.sa, s.G1._id, 1, 6)).map((r) => r.member);
    b = (await joinMembers(tc, s.sb, s.G2._id, 7, 3)).map((r) => r.member);
    await tc.data('sec_a', 'member.update', { memberId: a[0]._id, changes: { status: '失联' } });
    await tc.data('sec_a', 'member.update', { memberId: a[1]._id, changes: { city: '上海' } });
    // m_6 moves to B (and G2) with the county's hand: county −0, A −1, B +1, G1 −1, G2 +1.
    await tc.data('county_1', 'transfer.move', { memberId: a[5]._id, toBranchId: s.B._id, toGroupId: s.G2._id });
    // A self edit that counts nothing.
    await tc.data('m_3', 'member.update', { changes: { employer: '新工厂' } });

    const push = await publish(tc, ADMIN);
    for (const m of ['m_1', 'm_2', 'm_7']) expect((await submit(tc, m, push._id)).ok).toBe(true);

    // A's meeting is on the 1st at midnight: held this month whatever today is; B's comes on the 28th's evening only later this month (or, on the 28th-31st, has been held).
    await tc.data(ADMIN, 'themeday.plan', { kind: 'rule', branchId: s.A._id, plan: { rule: { kind: 'dayOfMonth', day: 1 }, time: '00:00', durationMinutes: 90, overrides: [] } });
    const key = `counters.m${month().replace('-', '')}.signedIn`;
    await sdkDb().collection('themedayPlans').doc(s.A._id).update({ data: { [key]: 3 } });

    await seedCollection('pairings', [
      { _id: a[1]._id, cadreOpenid: 'cadre_g1', branchId: s.A._id, groupId: s.G1._id, lastContactDay: dayOf(Date.now()) },
      { _id: a[2]._id, cadreOpenid: 'cadre_g1', branchId: s.A._id, groupId: s.G1._id, lastContactDay: null },
      { _id: b[0]._id, cadreOpenid: 'cadre_g2', branchId: s.B._id, groupId: s.G2._id, lastContactDay: null },
    ]);
    await seedCollection('contacts', [
      { _id: 'c1', memberId: a[1]._id, branchId: s.A._id, groupId: s.G1._id, month: month(), day: dayOf(Date.now()) },
      { _id: 'c2', memberId: b[0]._id, branchId: s.B._id, groupId: s.G2._id, month: month(), day: dayOf(Date.now()) },
      { _id: 'c3', memberId: b[0]._id, branchId: s.B._id, groupId: s.G2._id, month: '2020-01', day: '2020-01-15' },
    ]);
  });
  afterAll(() => tc?.dispose());

  it('the county: organisations, members per city, 失联, pairing, study and theme day', async () => {
    const d = await tc.data('county_1', 'stats.dashboard', {});
    expect(d.unit).toEqual({ kind: 'county', id: null, name: '全县' });
    expect(d.month).toBe(month());
    expect(d.org).toEqual({ committees: 0, branches: 2, groups: 2 });
    expect(d.members).toMatchObject({ total: 9, lost: 1, cities: 3, otherCities: 0 });
    // 杭州: m_1, m_4, m_5, m_7, m_8; 宁波: m_3, m_6, m_9; 上海: m_2.
    expect(d.members.byCity).toEqual([{ city: '杭州', count: 5 }, { city: '宁波', count: 3 }, { city: '上海', count: 1 }]);
    expect(d.pairing).toEqual({ cadres: 2, paired: 3, share: 3 / 9, contacts: 2 });
    expect(d.study).toEqual({ pushes: 1, expected: 9, done: 3, rate: 3 / 9 });
    expect(d.themeday).toEqual({ planned: 1, held: 1, expected: 5, signedIn: 3, rate: 3 / 5 });
  });

  it('a branch and a village group, for their secretary and cadre', async () => {
    const da = await tc.data('sec_a', 'stats.dashboard', { branchId: s.A._id });
    expect(da.unit).toEqual({ kind: 'branch', id: s.A._id, name: '杭州云支部' });
    expect(da.org).toEqual({ committees: null, branches: null, groups: null });
    expect(da.members).toMatchObject({ total: 5, lost: 1, byCity: [{ city: '杭州', count: 3 }, { city: '宁波', count: 1 }, { city: '上海', count: 1 }] });
    expect(da.pairing).toEqual({ cadres: 1, paired: 2, share: 2 / 5, contacts: 1 });
    expect(da.study).toEqual({ pushes: 1, expected: 5, done: 2, rate: 2 / 5 });
    expect(da.themeday).toEqual({ planned: 1, held: 1, expected: 5, signedIn: 3, rate: 3 / 5 });

    // Without a unit a secretary gets his branch.
    expect((await tc.data('sec_a', 'stats.dashboard', {})).unit.id).toBe(s.A._id);

    const dg = await tc.data('cadre_g2', 'stats.dashboard', { groupId: s.G2._id });
    expect(dg.unit).toEqual({ kind: 'group', id: s.G2._id, name: s.G2.name });
    expect(dg.members).toMatchObject({ total: 4, lost: 0, byCity: [{ city: '杭州', count: 2 }, { city: '宁波', count: 2 }] });
    expect(dg.pairing).toEqual({ cadres: 1, paired: 1, share: 1 / 4, contacts: 1 });
    expect(dg.study).toMatchObject({ pushes: 1, expected: 4, done: 1 });
    expect(dg.themeday).toBeNull();
  });

  it('another month: the same members, no pushes, no contacts, no sign-ins', async () => {
    const d = await tc.data('county_1', 'stats.dashboard', { month: '2020-01' });
    expect(d.members.total).toBe(9);
    expect(d.study).toEqual({ pushes: 0, expected: 0, done: 0, rate: 0 });
    expect(d.pairing.contacts).toBe(1);
    expect(d.themeday).toMatchObject({ signedIn: 0, rate: 0 });
  });

  it('the units\' counters documents agree with the member records', async () => {
    const unit = async (key: string) => (await sdkDb().collection('unitCounters').doc(key).get()).data;
    expect(await unit(`branch:${s.B._id}`)).toMatchObject({ kind: 'branch', unitId: s.B._id, memberCount: 4, cityCounts: { 'c:杭州': 2, 'c:宁波': 2 } });
    expect(await unit(`group:${s.G1._id}`)).toMatchObject({ kind: 'group', unitId: s.G1._id, memberCount: 5, lostCount: 1, cityCounts: { 'c:杭州': 3, 'c:宁波': 1, 'c:上海': 1 } });
    expect((await unit(`branch:${s.A._id}`)).cityCounts).toEqual({ 'c:杭州': 3, 'c:宁波': 1, 'c:上海': 1 });
  });

  describe('refusals change nothing', () => {
    eachTestLeavesDatabaseUnchanged();

    it('out of scope: another branch, another group, plain members, strangers → AUTH.FORBIDDEN', async () => {
      expect(await tc.code('sec_a', 'stats.dashboard', { branchId: s.B._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'stats.dashboard', { groupId: s.G2._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('cadre_g1', 'stats.dashboard', { groupId: s.G2._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('cadre_g1', 'stats.dashboard', { branchId: s.A._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('m_1', 'stats.dashboard', {})).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('stranger', 'stats.dashboard', {})).toBe('AUTH.FORBIDDEN');
    });

    it('bad input → INPUT.INVALID; an unknown unit → ORG.NOT_FOUND', async () => {
      for (const payload of [{ branchId: s.A._id, groupId: s.G1._id }, { month: '2026-13' }, { month: '202601' }, { branchId: 'bad id!' }, { memberId: 'x' }]) {
        expect(await tc.code('county_1', 'stats.dashboard', payload)).toBe('INPUT.INVALID');
      }
      expect(await tc.code('county_1', 'stats.dashboard', { branchId: 'nosuchbranch' })).toBe('ORG.NOT_FOUND');
    });
  });

  it('a refused join or edit moves no counter', async () => {
    const units = async () => [(await sdkDb().collection('branches').get()).data, (await sdkDb().collection('groups').get()).data];
    const before = await units();
    expect(await tc.code('m_50', 'member.join', { scene: s.sa, groupId: 'nosuchgroup', ...profile(50) })).toBe('JOIN.GROUP_INVALID');
    expect(await tc.code('sec_a', 'member.update', { memberId: b[0]._id, changes: { status: '失联' } })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('county_1', 'transfer.move', { memberId: b[0]._id, toBranchId: 'nosuchbranch' })).toBe('ORG.NOT_FOUND');
    expect(await units()).toEqual(before);
  });
});
