import { ADMIN, grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { DAY, publish, submit } from './helpers/study';

jest.setTimeout(120_000);

/**
 * Branch A: m_0..m_9 (m_0..m_5 in G1, m_6..m_9 in G2). Branch B: m_10..m_13 (m_10, m_11 in G1;
 * m_12, m_13 in G2). P1 county-wide, P2 branch A, P3 group G2, P4 scheduled.
 * Check-ins: P1 m_0 m_1 m_6 m_10; P2 m_0; P3 m_6 m_12.
 */
describe('checkin.stats', () => {
  let tc: TestCloud;
  let A: any, B: any, G1: any, G2: any;
  let P1: any, P2: any, P3: any, P4: any;
  const m: Record<string, any> = {};
  const row = (rows: any[], unit: any) => rows.find((r) => r.unitId === unit._id);

  beforeAll(async () => {
    tc = await startTestCloud();
    let sa: string, sb: string;
    ({ A, B, G1, G2, sa, sb } = await seedTwoBranches(tc));
    const joined = [
      ...(await joinMembers(tc, sa, G1._id, 0, 6)),
      ...(await joinMembers(tc, sa, G2._id, 6, 4)),
      ...(await joinMembers(tc, sb, G1._id, 10, 2)),
      ...(await joinMembers(tc, sb, G2._id, 12, 2)),
    ];
    joined.forEach((j, i) => (m[`m_${i}`] = j.member));
    await grantRoles(tc, { A, G2 }, 'sec_a', 'cadre_2', 'county_1');
    P1 = await publish(tc, 'county_1', { title: '全县', issueNo: 1 });
    P2 = await publish(tc, 'sec_a', { title: '杭州支部', issueNo: 2, audience: { scope: 'branches', branchIds: [A._id] } });
    P3 = await publish(tc, 'county_1', { title: '虎跑村', issueNo: 3, audience: { scope: 'groups', groupIds: [G2._id] } });
    P4 = await publish(tc, 'county_1', { title: '预约', issueNo: 4, publishAt: Date.now() + DAY });
    for (const [push, who] of [[P1, ['m_0', 'm_1', 'm_6', 'm_10']], [P2, ['m_0']], [P3, ['m_6', 'm_12']]] as const) {
      for (const o of who) expect((await submit(tc, o, push._id, { minutes: 20 })).ok).toBe(true);
    }
  });
  afterAll(() => tc?.dispose());

  describe('per push, from the counters', () => {
    it('rates a county-wide push per branch and per village group', async () => {
      const s = await tc.data('county_1', 'checkin.stats', { pushId: P1._id });
      expect(s.push).toEqual({ _id: P1._id, title: '全县', issueNo: 1, kind: '理论学习', dueDay: P1.dueDay, publishAt: P1.publishAt });
      expect(s.month).toBeNull();
      expect(row(s.branches, A)).toEqual({ unitId: A._id, name: '杭州云支部', expected: 10, done: 3, rate: 0.3 });
      expect(row(s.branches, B)).toMatchObject({ expected: 4, done: 1, rate: 0.25 });
      expect(row(s.groups, G1)).toMatchObject({ expected: 8, done: 3, rate: 0.375 });
      expect(row(s.groups, G2)).toMatchObject({ expected: 6, done: 1 });
      expect(s).not.toHaveProperty('notDone');
    });

    it('rows only the targeted units', async () => {
      const s2 = await tc.data('county_1', 'checkin.stats', { pushId: P2._id });
      expect(s2.branches).toEqual([{ unitId: A._id, name: '杭州云支部', expected: 10, done: 1, rate: 0.1 }]);
      expect(s2.groups).toEqual([]);
      const s3 = await tc.data('county_1', 'checkin.stats', { pushId: P3._id });
      expect(s3.branches).toEqual([]);
      expect(s3.groups).toEqual([{ unitId: G2._id, name: '虎跑村网上党小组', expected: 6, done: 2, rate: 2 / 6 }]);
    });

    it('shows a scheduled push at zero', async () => {
      const s = await tc.data('county_1', 'checkin.stats', { pushId: P4._id });
      expect(row(s.branches, A)).toMatchObject({ expected: 10, done: 0, rate: 0 });
    });

    it('keeps a secretary to his branch and a cadre to his group', async () => {
      const sec = await tc.data('sec_a', 'checkin.stats', { pushId: P1._id });
      expect(sec.branches.map((r: any) => r.unitId)).toEqual([A._id]);
      expect(sec.groups).toEqual([]);
      expect(await tc.code('sec_a', 'checkin.stats', { pushId: P1._id, branchId: B._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'checkin.stats', { pushId: P1._id, groupId: G1._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'checkin.stats', { pushId: P3._id })).toBe('AUTH.FORBIDDEN');
      const cadre = await tc.data('cadre_2', 'checkin.stats', { pushId: P1._id });
      expect(cadre.branches).toEqual([]);
      expect(cadre.groups).toEqual([expect.objectContaining({ unitId: G2._id, expected: 6, done: 1 })]);
      expect(await tc.code('cadre_2', 'checkin.stats', { pushId: P2._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('cadre_2', 'checkin.stats', { pushId: P1._id, branchId: A._id })).toBe('AUTH.FORBIDDEN');
      for (const who of ['m_0', 'stranger']) expect(await tc.code(who, 'checkin.stats', { pushId: P1._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('county_1', 'checkin.stats', { pushId: 'nopush' })).toBe('STUDY.NOT_FOUND');
    });

    it('validates the question', async () => {
      expect(await tc.code('county_1', 'checkin.stats', {})).toBe('INPUT.INVALID');
      expect(await tc.code('county_1', 'checkin.stats', { pushId: P1._id, month: P1.month })).toBe('INPUT.INVALID');
      expect(await tc.code('county_1', 'checkin.stats', { pushId: P1._id, branchId: A._id, groupId: G1._id })).toBe('INPUT.INVALID');
      expect(await tc.code('county_1', 'checkin.stats', { month: P1.month, detail: true, branchId: A._id })).toBe('INPUT.INVALID');
      expect(await tc.code('county_1', 'checkin.stats', { pushId: P1._id, detail: true })).toBe('INPUT.INVALID');
    });
  });

  describe('per month', () => {
    it('sums the published pushes of the month', async () => {
      const s = await tc.data('county_1', 'checkin.stats', { month: P1.month });
      expect(s.push).toBeNull();
      expect(s.month).toEqual({ month: P1.month, pushes: 3 }); // the scheduled one (P4) is left out
      expect(row(s.branches, A)).toMatchObject({ expected: 20, done: 4, rate: 0.2 });
      expect(row(s.branches, B)).toMatchObject({ expected: 4, done: 1 });
      expect(row(s.groups, G1)).toMatchObject({ expected: 8, done: 3 });
      expect(row(s.groups, G2)).toMatchObject({ expected: 12, done: 3 });
    });

    it('narrows to the caller and his filter', async () => {
      const sec = await tc.data('sec_a', 'checkin.stats', { month: P1.month });
      expect(sec.month.pushes).toBe(2);
      expect(sec.branches).toEqual([expect.objectContaining({ unitId: A._id, expected: 20, done: 4 })]);
      const g2 = await tc.data('county_1', 'checkin.stats', { month: P1.month, groupId: G2._id });
      expect(g2.branches).toEqual([]);
      expect(g2.groups).toEqual([expect.objectContaining({ unitId: G2._id, expected: 12, done: 3 })]);
      expect(g2.month.pushes).toBe(2);
      const empty = await tc.data('county_1', 'checkin.stats', { month: '2020-01' });
      expect(empty).toEqual({ push: null, month: { month: '2020-01', pushes: 0 }, branches: [], groups: [] });
    });
  });

  describe('detail: who has not checked in, and the reflections', () => {
    it('pages through the members of a branch without a check-in', async () => {
      const names: string[] = [];
      let cursor: string | null | undefined;
      let pages = 0;
      do {
        const d: any = await tc.data('sec_a', 'checkin.stats', { pushId: P1._id, branchId: A._id, detail: true, limit: 3, ...(cursor ? { notDoneCursor: cursor } : {}) });
        names.push(...d.notDone.map((n: any) => n.name));
        for (const n of d.notDone) expect(n.phone).toMatch(/^1\d{10}$/); // his own branch: in full
        cursor = d.notDoneNextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(4);
      const expected = ['m_2', 'm_3', 'm_4', 'm_5', 'm_7', 'm_8', 'm_9'].map((o) => m[o].name);
      expect(names.sort()).toEqual(expected.sort());
      const d = await tc.data('county_1', 'checkin.stats', { pushId: P1._id, groupId: G2._id, detail: true });
      expect(d.notDone.map((n: any) => n.name).sort()).toEqual(['m_7', 'm_8', 'm_9', 'm_12', 'm_13'].map((o) => m[o].name).sort());
      expect(d.notDone.every((n: any) => n.groupName === '虎跑村网上党小组')).toBe(true);
    });

    it('masks phones for sysadmin', async () => {
      const d = await tc.data(ADMIN, 'checkin.stats', { pushId: P1._id, branchId: B._id, detail: true });
      expect(d.notDone.map((n: any) => n.phone)).toEqual(expect.arrayContaining([expect.stringMatching(/^1\d\d\*{4}\d{4}$/)]));
      expect(d.notDone).toHaveLength(3);
    });

    it('lists the reflections, newest first, a page at a time', async () => {
      const first = await tc.data('sec_a', 'checkin.stats', { pushId: P1._id, branchId: A._id, detail: true, limit: 2 });
      expect(first.reflections).toHaveLength(2);
      expect(first.reflections[0]).toMatchObject({ memberId: m.m_6._id, name: m.m_6.name, text: expect.stringContaining('学习心得'), photoUrls: [], minutes: 20 });
      expect(first.reflections[1].memberId).toBe(m.m_1._id);
      const second = await tc.data('sec_a', 'checkin.stats', { pushId: P1._id, branchId: A._id, detail: true, limit: 2, reflectionsCursor: first.reflectionsNextCursor });
      expect(second.reflections.map((r: any) => r.memberId)).toEqual([m.m_0._id]);
      expect(second.reflectionsNextCursor).toBeNull();
      expect(await tc.code('sec_a', 'checkin.stats', { pushId: P1._id, branchId: A._id, detail: true, reflectionsCursor: 'bad' })).toBe('INPUT.INVALID');
    });

    it('answers empty lists for a unit the push does not target', async () => {
      const d = await tc.data('county_1', 'checkin.stats', { pushId: P2._id, branchId: B._id, detail: true });
      expect(d).toMatchObject({ branches: [], notDone: [], reflections: [] });
    });
  });

  describe('cost does not grow with check-ins', () => {
    const measure = async () => ({
      county: await tc.requests(() => tc.data('county_1', 'checkin.stats', { pushId: P1._id })),
      secretary: await tc.requests(() => tc.data('sec_a', 'checkin.stats', { pushId: P1._id })),
      month: await tc.requests(() => tc.data('county_1', 'checkin.stats', { month: P1.month })),
      detail: await tc.requests(() => tc.data('sec_a', 'checkin.stats', { pushId: P1._id, branchId: A._id, detail: true, limit: 3 })),
    });

    it('makes the same requests after more check-ins', async () => {
      const before = await measure();
      // caller, push, branches, groups; the secretary's rows need no groups; the month reads its pushes
      // instead of one; detail adds a page of members + their check-ins + their villages, and a page of
      // reflections + their authors (its rows need no groups either)
      expect(before).toEqual({ county: 4, secretary: 3, month: 4, detail: 8 });
      for (const o of ['m_2', 'm_3', 'm_4', 'm_5', 'm_7', 'm_8', 'm_9', 'm_11', 'm_12', 'm_13']) expect((await submit(tc, o, P1._id)).ok).toBe(true);
      const after = await measure();
      // (everybody in A has checked in now: no villages to look up for an empty not-done page)
      expect(after).toEqual({ ...before, detail: 7 });
      const s = await tc.data('county_1', 'checkin.stats', { pushId: P1._id });
      expect(row(s.branches, A)).toMatchObject({ expected: 10, done: 10, rate: 1 });
      expect(row(s.branches, B)).toMatchObject({ expected: 4, done: 4, rate: 1 });
    });
  });
});
