/**
 * Member-facing writes under the bursts a branch really sees, on the strict local cloud (concurrent
 * transactions conflict per document, as on CloudBase): 200 joins into one branch at once, 300
 * check-ins on one push, 300 members of one branch signing in within 10 s. None may fail, and
 * every counter must equal its records afterwards.
 */
import { ADMIN, bootstrapCounty, createBranch, createGroup, grantRoles, profile, sceneOf, startTestCloud, type TestCloud } from './helpers/cloud';
import { publish, sdkDb, text } from './helpers/study';
import { planAroundNow } from './helpers/themeday';
import { citiesOf } from '../../src/domain/stats/counter.rules';
import { counterKey } from '../../src/domain/themeday/attendance-counters.rules';

jest.setTimeout(300_000);

const JOINS = 200;
const MEMBERS = 300;

/** Latency percentiles of a burst, printed for the report (figures of this machine, not asserted). */
const figures: string[] = [];
function note(label: string, ms: number[]): void {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  figures.push(`${label}: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${sorted[sorted.length - 1]} ms`);
}
async function timed<T>(fn: () => Promise<T>, into: number[]): Promise<T> {
  const t0 = Date.now();
  try {
    return await fn();
  } finally {
    into.push(Date.now() - t0);
  }
}

describe('write bursts on one branch, one push, one meeting', () => {
  let tc: TestCloud;
  let branchId: string;
  let groupId: string;
  let scene: string;
  const doc = async (coll: string, id: string) => (await sdkDb().collection(coll).doc(id).get()).data;
  const count = async (coll: string, where: object) => (await sdkDb().collection(coll).where(where).count()).total;

  beforeAll(async () => {
    tc = await startTestCloud();
    await bootstrapCounty(tc);
    branchId = (await createBranch(tc, '杭州云支部', '杭州'))._id;
    groupId = (await createGroup(tc, '龙井村', '汤山镇'))._id;
    scene = await sceneOf(tc, branchId);
    await grantRoles(tc, {}, 'county_1');
  });
  afterAll(async () => {
    console.log(`write bursts on the strict local cloud:\n${figures.join('\n')}`);
    await tc?.dispose();
  });

  it(`${JOINS} joins into one branch at once: all succeed, counters equal records`, async () => {
    const ms: number[] = [];
    const results = await Promise.all(Array.from({ length: JOINS }, (_, i) => timed(() => tc.call(`m_${i}`, 'member.join', { scene, groupId, ...profile(i) }), ms)));
    note(`${JOINS} joins at once`, ms);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const branch = await doc('unitCounters', `branch:${branchId}`);
    const group = await doc('unitCounters', `group:${groupId}`);
    expect(branch.memberCount).toBe(JOINS);
    expect(group.memberCount).toBe(JOINS);
    const byCity = new Map<string, number>();
    for (let i = 0; i < JOINS; i++) byCity.set(profile(i).city as string, (byCity.get(profile(i).city as string) ?? 0) + 1);
    expect(citiesOf(branch.cityCounts)).toEqual(byCity);
    expect(citiesOf(group.cityCounts)).toEqual(byCity);
    // The branch document (name, settings, join code) is not what joins write.
    expect(await doc('branches', branchId)).not.toHaveProperty('memberCount');
    // The rest join too (sequential batches), to reach the branch size of the next bursts.
    for (let i = JOINS; i < MEMBERS; i += 50) {
      const rs = await Promise.all(Array.from({ length: Math.min(50, MEMBERS - i) }, (_, k) => tc.call(`m_${i + k}`, 'member.join', { scene, groupId, ...profile(i + k) })));
      expect(rs.filter((r) => !r.ok)).toEqual([]);
    }
    expect((await doc('unitCounters', `branch:${branchId}`)).memberCount).toBe(MEMBERS);
  });

  it(`${MEMBERS} check-ins on one push within 10 s: all succeed, the push counts each once`, async () => {
    const push = await publish(tc, 'county_1', { title: '全县学习' });
    const ms: number[] = [];
    // The whole branch checks in within 10 s (each check-in also runs the content check).
    const results = await Promise.all(
      Array.from({ length: MEMBERS }, async (_, i) => {
        await new Promise((r) => setTimeout(r, (i * 10_000) / MEMBERS));
        return timed(() => tc.call(`m_${i}`, 'checkin.submit', { pushId: push._id, text: text(i), clientKey: `burst-ck-${i}` }), ms);
      }),
    );
    note(`${MEMBERS} check-ins on one push within 10 s`, ms);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(await count('checkins', { pushId: push._id })).toBe(MEMBERS);
    expect((await doc('studyPushes', push._id)).counters).toEqual({ total: MEMBERS, byBranch: { [branchId]: MEMBERS }, byGroup: { [groupId]: MEMBERS } });
  });

  it(`${MEMBERS} members of one branch sign in within 10 s: all succeed, the plan counts each once`, async () => {
    const { month, plan } = planAroundNow();
    await tc.data(ADMIN, 'themeday.plan', { kind: 'rule', branchId, plan });
    const occurrenceId = `${branchId}_${month}`;
    const started = Date.now();
    // Arrivals spread over 10 s, as members reach the meeting.
    const ms: number[] = [];
    const results = await Promise.all(
      Array.from({ length: MEMBERS }, async (_, i) => {
        await new Promise((r) => setTimeout(r, (i * 10_000) / MEMBERS));
        return timed(() => tc.call(`m_${i}`, 'themeday.signin', { mode: 'online', occurrenceId }), ms);
      }),
    );
    note(`${MEMBERS} sign-ins of one branch within 10 s`, ms);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(await count('themedaySignins', { occurrenceId })).toBe(MEMBERS);
    expect((await doc('themedayPlans', branchId)).counters[counterKey(month)]).toMatchObject({ signedIn: MEMBERS, online: MEMBERS });
  });
});
