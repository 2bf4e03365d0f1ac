import { measureDashboard } from '../../bench/dashboard-cost';
import { withSeededCounty } from '../../bench/seeded-county';
import { generateCounty, loadCounty, type CountySeed } from '../../bench/seed-county';
import { selfProfileSchema } from '../../src/domain/member/member.schema';
import { dayOf } from '../../src/domain/shared/day.rules';
import { ensureFunctionsBuilt, root, startTestCloud, type TestCloud } from './helpers/cloud';
import { sdkDb } from './helpers/study';

jest.setTimeout(120_000);

const NOW = Date.UTC(2026, 10, 20, 4);
const MONTH = dayOf(NOW).slice(0, 7);
/** Last month: its theme day (the 28th) is over, so it has sign-ins. */
const LAST_MONTH = '2026-10';

/** The figures counted the slow way, from the seeded documents themselves. */
function expectedFor(seed: CountySeed, where: (x: { branchId: string; groupId: string }) => boolean) {
  const members = seed.members.filter(where);
  const pushIds = new Set(seed.pushes.filter((p) => p.month === MONTH).map((p) => p._id));
  const cities = new Map<string, number>();
  for (const m of members) cities.set(m.city, (cities.get(m.city) ?? 0) + 1);
  return {
    total: members.length,
    lost: members.filter((m) => m.status === '失联').length,
    cities,
    paired: seed.pairings.filter(where).length,
    contacts: seed.contacts.filter((c) => where(c) && c.month === MONTH).length,
    // Every seeded push is county-wide: each expects every member of the unit.
    study: { pushes: pushIds.size, expected: members.length * pushIds.size, done: seed.checkins.filter((c) => where(c) && pushIds.has(c.pushId)).length },
    signedInLastMonth: seed.signins.filter((x) => x.month === LAST_MONTH && where({ branchId: x.branchId, groupId: '' })).length,
  };
}

describe('the county generator', () => {
  it('is deterministic and writes records the schemas accept', () => {
    const a = generateCounty({ members: 200, seed: 7, now: NOW });
    expect(generateCounty({ members: 200, seed: 7, now: NOW })).toEqual(a);
    expect(generateCounty({ members: 200, seed: 8, now: NOW }).members[0].name).not.toBe(a.members[0].name);
    for (const m of a.members) {
      const { name, gender, phone, birthDate, partyJoinDate, city, employer, industry, outflowDate } = m;
      expect(selfProfileSchema.safeParse({ name, gender, phone, birthDate, partyJoinDate, city, employer: employer?.slice(0, 64), industry, outflowDate }).success).toBe(true);
    }
    expect(new Set(a.members.map((m) => m._id)).size).toBe(200);
    expect(new Set(a.groups.map((g) => `${g.township}/${g.village}`)).size).toBe(a.groups.length);
    expect(a.branches.some((b) => b.kind === '流动党委')).toBe(true);
    expect(a.members.some((m) => m.status === '失联')).toBe(true);
    expect(a.unitCounters.filter((c) => c.kind === 'branch').reduce((s, c) => s + c.memberCount, 0)).toBe(200);
    expect(a.unitCounters.filter((c) => c.kind === 'group').reduce((s, c) => s + c.memberCount, 0)).toBe(200);
  });
});

describe('stats.dashboard over a generated county', () => {
  let tc: TestCloud;
  let seed: CountySeed;

  beforeAll(async () => {
    tc = await startTestCloud();
    seed = generateCounty({ members: 800, now: NOW });
    await loadCounty(sdkDb(), seed);
  });
  afterAll(() => tc?.dispose());

  const check = (view: any, exp: ReturnType<typeof expectedFor>) => {
    expect(view.members.total).toBe(exp.total);
    expect(view.members.lost).toBe(exp.lost);
    expect(view.members.cities).toBe(exp.cities.size);
    for (const { city, count } of view.members.byCity) expect(count).toBe(exp.cities.get(city));
    expect(view.members.byCity.reduce((s: number, c: any) => s + c.count, 0) + view.members.otherCities).toBe(exp.total);
    expect(view.pairing.paired).toBe(exp.paired);
    expect(view.pairing.contacts).toBe(exp.contacts);
    expect(view.pairing.share).toBeCloseTo(exp.paired / exp.total);
    expect(view.study).toMatchObject(exp.study);
    expect(view.study.rate).toBeCloseTo(exp.study.done / exp.study.expected);
  };
  const lastMonth = async (openid: string, unit: object) => (await tc.data(openid, 'stats.dashboard', { ...unit, month: LAST_MONTH })).themeday;

  it('the county', async () => {
    const v = await tc.data(seed.organisers.county, 'stats.dashboard', { month: MONTH });
    check(v, expectedFor(seed, () => true));
    expect(v.org).toEqual({
      committees: seed.branches.filter((b) => b.kind === '流动党委').length,
      branches: seed.branches.filter((b) => b.kind !== '流动党委').length,
      groups: seed.groups.length,
    });
    expect(v.pairing.cadres).toBe(seed.users.filter((u) => u.grants.some((g) => g.role === 'cadre')).length);
    expect(v.members.byCity.length).toBeLessThanOrEqual(8);
    const all = expectedFor(seed, () => true);
    expect(all.study.done).toBeGreaterThan(0);
    expect(await lastMonth(seed.organisers.county, {})).toEqual({ planned: seed.branches.length, held: seed.branches.length, expected: all.total, signedIn: all.signedInLastMonth, rate: all.signedInLastMonth / all.total });
    // Seeded as of the 20th; by the real clock the 28th's meetings are over, with no sign-ins seeded.
    expect(v.themeday).toMatchObject({ planned: seed.branches.length, held: seed.branches.length, signedIn: 0 });
  });

  it('every branch (as its secretary) and some groups (as their cadre)', async () => {
    for (const b of seed.branches) {
      const v = await tc.data(seed.organisers.secretaryOf[b._id], 'stats.dashboard', { branchId: b._id, month: MONTH });
      check(v, expectedFor(seed, (x) => x.branchId === b._id));
      expect(v.pairing.cadres).toBe(new Set(seed.pairings.filter((p) => p.branchId === b._id).map((p) => p.cadreOpenid)).size);
      if (b.kind === '流动党委') expect(v.org.branches).toBe(seed.branches.filter((c) => c.parentId === b._id).length);
      const exp = expectedFor(seed, (x) => x.branchId === b._id);
      expect((await lastMonth(seed.organisers.secretaryOf[b._id], { branchId: b._id }))!.signedIn).toBe(exp.signedInLastMonth);
    }
    for (const g of seed.groups.slice(0, 6)) {
      const v = await tc.data(seed.organisers.cadreOf[g._id], 'stats.dashboard', { groupId: g._id, month: MONTH });
      check(v, expectedFor(seed, (x) => x.groupId === g._id));
      expect(v.pairing.cadres).toBe(seed.users.filter((u) => u.grants.some((gr) => gr.role === 'cadre' && gr.groupId === g._id)).length);
    }
  });

  it('a member edited afterwards moves the seeded counters as a joined one would', async () => {
    const m = seed.members.find((x) => x.status === '正常')!;
    const before = await tc.data(seed.organisers.county, 'stats.dashboard', { branchId: m.branchId, month: MONTH });
    await tc.data(seed.organisers.county, 'member.update', { memberId: m._id, changes: { status: '失联', city: '拉萨' } });
    const after = await tc.data(seed.organisers.county, 'stats.dashboard', { branchId: m.branchId, month: MONTH });
    expect(after.members.lost).toBe(before.members.lost + 1);
    expect(after.members.cities).toBe(before.members.cities + 1);
    expect(after.members.total).toBe(before.members.total);
  });

  it('seeds pairings and contacts the gap monitor reads, shaped as pairing.assign and contact.log write them', async () => {
    const gaps = await tc.data(seed.organisers.county, 'contact.gaps', { asOf: dayOf(NOW) });
    expect(gaps.totals.paired).toBe(seed.pairings.length);
    const cadreNames = new Map(seed.users.map((u) => [u._id, u.name]));
    for (const c of gaps.byCadre) expect(c.cadreName).toBe(cadreNames.get(c.cadreOpenid));
    for (const r of [...gaps.overdue, ...gaps.unpaired]) expect(r.dueDay ?? '2026-01-01').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A pairing contacted recently is not overdue.
    const recent = seed.pairings.find((p) => p.lastContactDay === dayOf(NOW))!;
    expect(gaps.overdue.some((r: { memberId: string }) => r.memberId === recent.memberId)).toBe(false);

    const paired = new Set(seed.pairings.map((p) => p._id));
    const m = seed.members.find((x) => !paired.has(x._id) && x.status === '正常')!;
    const cadre = seed.organisers.cadreOf[m.groupId];
    await tc.data(seed.organisers.county, 'pairing.assign', { memberIds: [m._id], cadreOpenid: cadre });
    await tc.data(cadre, 'contact.log', { memberId: m._id, day: dayOf(NOW), channel: 'phone', note: '电话了解近况', situation: { work: '务工', difficulties: '', wishToReturn: 'no' } });
    const db = sdkDb();
    const written = { pairing: (await db.collection('pairings').doc(m._id).get()).data, contact: (await db.collection('contacts').where({ memberId: m._id }).get()).data[0] };
    const seeded = { pairing: seed.pairings.find((p) => p.lastContactAt !== null)!, contact: seed.contacts[0] };
    expect(shape(seeded.pairing)).toEqual(shape(written.pairing));
    expect(shape(seeded.contact)).toEqual(shape(written.contact));
  });
});

/** Field names and value kinds, nested: what must agree between seeded and written documents. */
function shape(doc: object): unknown {
  return Object.fromEntries(
    Object.entries(doc)
      .filter(([k]) => k !== '_openid')
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, v !== null && typeof v === 'object' && !Array.isArray(v) ? shape(v) : v === null ? 'null' : typeof v]),
  );
}

describe('database requests per dashboard do not grow with the members', () => {
  it('the same for 100 and 1,000 members (county, branch, group)', async () => {
    ensureFunctionsBuilt();
    const small = await withSeededCounty(100, root, measureDashboard);
    const large = await withSeededCounty(1000, root, measureDashboard);
    for (const unit of ['county', 'branch', 'group'] as const) expect(large[unit].requests).toBe(small[unit].requests);
    // county: caller, branches, groups, pushes, cadres, plans, pairings, contacts; branch: caller, branch,
    // child branches, pushes, plan, pairing cadres, pairings, contacts; group: caller, group, pushes, cadres, pairings, contacts.
    expect([small.county.requests, small.branch.requests, small.group.requests]).toEqual([8, 8, 6]);
  });
});
