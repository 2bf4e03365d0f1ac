import { ADMIN, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { dumpDatabase, eachTestLeavesDatabaseUnchanged } from './helpers/dump';
import { DAY, getDoc, newKey, publish, sdkDb, seedCheckin, seedPastPush, submit, text } from './helpers/study';
import { dayOf } from '../../src/domain/shared/day.rules';
import { monthOf, shiftMonth } from '../../src/domain/study/calendar.rules';

jest.setTimeout(120_000);

/** Branch A: m_0..m_3 (m_0, m_1 in G1; m_2, m_3 in G2). Branch B: m_4 (G1), m_5 (G2). */
describe('check-ins: submit and mine', () => {
  let tc: TestCloud;
  let A: any, B: any, G1: any, G2: any;
  let P: any, PB: any, PA: any, later: any, closed: any;
  const m: Record<string, any> = {};

  beforeAll(async () => {
    tc = await startTestCloud();
    let sa: string, sb: string;
    ({ A, B, G1, G2, sa, sb } = await seedTwoBranches(tc));
    const joined = [
      ...(await joinMembers(tc, sa, G1._id, 0, 2)),
      ...(await joinMembers(tc, sa, G2._id, 2, 2)),
      ...(await joinMembers(tc, sb, G1._id, 4, 1)),
      ...(await joinMembers(tc, sb, G2._id, 5, 1)),
    ];
    joined.forEach((j, i) => (m[`m_${i}`] = j.member));
    await tc.data(ADMIN, 'org.grantRole', { openid: 'county_1', role: 'county' });
    P = await publish(tc, 'county_1', { title: '全县学习' });
    PB = await publish(tc, 'county_1', { title: '宁波支部学习', audience: { scope: 'branches', branchIds: [B._id] } });
    PA = await publish(tc, 'county_1', { title: '杭州支部学习', audience: { scope: 'branches', branchIds: [A._id] } });
    later = await publish(tc, 'county_1', { title: '预约', publishAt: Date.now() + DAY, dueDay: '2099-12-31' });
    closed = await seedPastPush('closedpush01', { scope: 'county' }, 10, 1);
  });
  afterAll(() => tc?.dispose());

  const counters = async (pushId: string) => (await getDoc('studyPushes', pushId)).counters;

  describe('refusals store nothing', () => {
    eachTestLeavesDatabaseUnchanged();

    it('refuses callers who have not joined', async () => {
      expect((await submit(tc, 'stranger', P._id)).ok).toBe(false);
      expect(await tc.code('stranger', 'checkin.submit', { pushId: P._id, text: text(1), clientKey: newKey() })).toBe('MEMBER.NOT_JOINED');
      expect(await tc.code('county_1', 'checkin.submit', { pushId: P._id, text: text(1), clientKey: newKey() })).toBe('MEMBER.NOT_JOINED');
    });

    it('takes no member, branch or group from the payload', async () => {
      for (const forged of [{ memberId: m.m_1._id }, { branchId: B._id }, { groupId: G2._id }, { openid: 'm_1' }]) {
        const r = await submit(tc, 'm_0', P._id, forged);
        expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
      }
    });

    it('refuses pushes that do not target him, scheduled ones, and unknown ones', async () => {
      expect(await tc.code('m_0', 'checkin.submit', { pushId: PB._id, text: text(1), clientKey: newKey() })).toBe('STUDY.NOT_TARGETED');
      expect(await tc.code('m_4', 'checkin.submit', { pushId: PA._id, text: text(1), clientKey: newKey() })).toBe('STUDY.NOT_TARGETED');
      expect(await tc.code('m_0', 'checkin.submit', { pushId: later._id, text: text(1), clientKey: newKey() })).toBe('STUDY.NOT_TARGETED');
      expect(await tc.code('m_0', 'checkin.submit', { pushId: 'nopush', text: text(1), clientKey: newKey() })).toBe('STUDY.NOT_FOUND');
    });

    it('refuses after the due day', async () => {
      expect(await tc.code('m_0', 'checkin.submit', { pushId: closed._id, text: text(1), clientKey: newKey() })).toBe('CHECKIN.CLOSED');
    });

    it('refuses empty, short and over-long reflections, bad minutes and keys', async () => {
      const bad = async (over: Record<string, unknown>, field: string) => {
        const r = await submit(tc, 'm_0', P._id, over);
        expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
        if (!r.ok) expect(r.error.fields!.map((f) => f.path)).toContain(field);
      };
      await bad({ text: '' }, 'text');
      await bad({ text: '          好' }, 'text');
      await bad({ text: '学'.repeat(2001) }, 'text');
      await bad({ minutes: 0 }, 'minutes');
      await bad({ minutes: 601 }, 'minutes');
      await bad({ clientKey: 'short' }, 'clientKey');
      await bad({ photos: Array.from({ length: 7 }, (_, i) => `cloud://env.b/uploads/m_0/${i}.jpg`) }, 'photos');
    });

    it('refuses photos that are not his own uploads before fetching anything', async () => {
      for (const photos of [['cloud://env.bucket/uploads/m_1/2026-01/a.jpg'], ['https://example.com/a.jpg'], ['cloud://env.bucket/uploads/m_0/../m_1/a.jpg'], ['cloud://env.bucket/other/m_0/a.jpg']]) {
        expect(await tc.code('m_0', 'checkin.submit', { pushId: P._id, text: text(1), clientKey: newKey(), photos })).toBe('CHECKIN.PHOTO_INVALID');
      }
    });

    it('refuses risky text (content security)', async () => {
      tc.lc.faults.msgSecRisky = true;
      try {
        const r = await submit(tc, 'm_0', P._id);
        expect(r).toMatchObject({ ok: false, error: { code: 'CONTENT.RISKY' } });
        if (!r.ok) expect(r.error.message).toMatch(/心得/);
      } finally {
        tc.lc.faults.msgSecRisky = false;
      }
    });
  });

  describe('one check-in per member per push', () => {
    let first: any;
    const key1 = newKey();

    it('creates it on the first submit and counts it on the push', async () => {
      const r = await tc.data('m_0', 'checkin.submit', { pushId: P._id, text: text(1), clientKey: key1, minutes: 30 });
      expect(r.created).toBe(true);
      first = r.checkin;
      expect(first).toMatchObject({
        _id: `${P._id}_${m.m_0._id}`, pushId: P._id, memberId: m.m_0._id, branchId: A._id, groupId: G1._id,
        text: text(1), photos: [], photoUrls: [], minutes: 30, day: dayOf(Date.now()), clientKey: key1,
      });
      expect(first).not.toHaveProperty('openid');
      expect(first).not.toHaveProperty('clientKeys');
      expect(await counters(P._id)).toEqual({ total: 1, byBranch: { [A._id]: 1 }, byGroup: { [G1._id]: 1 } });
    });

    it('edits it on a resubmit, without counting again', async () => {
      const r = await tc.data('m_0', 'checkin.submit', { pushId: P._id, text: text(2), clientKey: newKey() });
      expect(r.created).toBe(false);
      expect(r.checkin).toMatchObject({ _id: first._id, text: text(2), minutes: null, day: first.day, submittedAt: first.submittedAt });
      expect(r.checkin.updatedAt).toBeGreaterThanOrEqual(first.updatedAt);
      expect(await counters(P._id)).toEqual({ total: 1, byBranch: { [A._id]: 1 }, byGroup: { [G1._id]: 1 } });
      expect((await dumpDatabase()).checkins.filter((c: any) => c.memberId === m.m_0._id && c.pushId === P._id)).toHaveLength(1);
    });

    it('answers a replay (even of an older key) with the stored check-in and writes nothing', async () => {
      const before = await dumpDatabase();
      const r = await tc.data('m_0', 'checkin.submit', { pushId: P._id, text: text(1), clientKey: key1, minutes: 30 });
      expect(r.created).toBe(false);
      expect(r.checkin.text).toBe(text(2)); // the stored one, not the replayed payload
      expect(await dumpDatabase()).toEqual(before);
    });

    it('answers a replay even after the window closed', async () => {
      const key = newKey();
      await seedCheckin(closed._id, m.m_3, dayOf(Date.now() - 2 * DAY), Date.now() - 2 * DAY);
      const stored = await getDoc('checkins', `${closed._id}_${m.m_3._id}`);
      const r = await tc.data('m_3', 'checkin.submit', { pushId: closed._id, text: text(1), clientKey: stored.clientKey });
      expect(r).toMatchObject({ created: false, checkin: { _id: stored._id } });
      expect(await tc.code('m_3', 'checkin.submit', { pushId: closed._id, text: text(1), clientKey: key })).toBe('CHECKIN.CLOSED');
    });

    it('counts concurrent first submits once (same and different keys)', async () => {
      const same = newKey();
      const results = await Promise.all([
        ...Array.from({ length: 3 }, () => tc.call('m_1', 'checkin.submit', { pushId: P._id, text: text('并发'), clientKey: same })),
        ...Array.from({ length: 3 }, (_, i) => tc.call('m_1', 'checkin.submit', { pushId: P._id, text: text(`并发${i}`), clientKey: newKey() })),
      ]);
      expect(results.every((r) => r.ok)).toBe(true);
      expect(results.filter((r) => r.ok && r.data.created)).toHaveLength(1);
      expect(await counters(P._id)).toEqual({ total: 2, byBranch: { [A._id]: 2 }, byGroup: { [G1._id]: 2 } });
      expect((await dumpDatabase()).checkins.filter((c: any) => c.memberId === m.m_1._id)).toHaveLength(1);
    });

    it('counts concurrent submits of different members each once, per branch and group', async () => {
      const rs = await Promise.all(['m_2', 'm_4', 'm_5'].map((o) => submit(tc, o, P._id)));
      expect(rs.every((r) => r.ok && r.data.created)).toBe(true);
      expect(await counters(P._id)).toEqual({ total: 5, byBranch: { [A._id]: 3, [B._id]: 2 }, byGroup: { [G1._id]: 3, [G2._id]: 2 } });
    });

    it('costs 3 requests first (caller with the push and his check-in in one aggregate, insert, counter increment), 2 to edit, 1 to replay', async () => {
      const key = newKey();
      expect(await tc.requests(() => tc.data('m_3', 'checkin.submit', { pushId: P._id, text: text(1), clientKey: key }))).toBe(3);
      expect(await tc.requests(() => tc.data('m_3', 'checkin.submit', { pushId: P._id, text: text(2), clientKey: newKey() }))).toBe(2);
      expect(await tc.requests(() => tc.data('m_3', 'checkin.submit', { pushId: P._id, text: text(1), clientKey: key }))).toBe(1);
    });
  });

  describe('placement follows the member', () => {
    it('is his record: a join writes no users document, and a transfer moves him with none', async () => {
      expect(await getDoc('users', 'm_5')).toBeNull();
      await tc.data('county_1', 'transfer.move', { memberId: m.m_5._id, toBranchId: A._id, toGroupId: G1._id });
      expect(await getDoc('users', 'm_5')).toBeNull();
      expect(await tc.code('m_5', 'checkin.submit', { pushId: PB._id, text: text(1), clientKey: newKey() })).toBe('STUDY.NOT_TARGETED');
      const r = await tc.data('m_5', 'checkin.submit', { pushId: PA._id, text: text(1), clientKey: newKey() });
      expect(r.checkin).toMatchObject({ branchId: A._id, groupId: G1._id });
      await tc.data('m_5', 'member.update', { changes: { name: '改名后' } });
      expect(await getDoc('users', 'm_5')).toBeNull();
    });

    it('ignores the copy an old users document still carries', async () => {
      await sdkDb().collection('users').add({ data: { _id: 'm_2', name: '旧名', memberId: 'gone', grants: [], placement: { branchId: B._id, groupId: G2._id } } });
      expect((await tc.data('m_2', 'checkin.submit', { pushId: PA._id, text: text(1), clientKey: newKey() })).checkin).toMatchObject({ memberId: m.m_2._id, branchId: A._id });
      expect(await tc.code('m_2', 'checkin.submit', { pushId: PB._id, text: text(1), clientKey: newKey() })).toBe('STUDY.NOT_TARGETED');
    });
  });

  describe('checkin.mine', () => {
    it('answers this month\'s days, streaks over all days, and the total', async () => {
      const now = Date.now();
      // m_4 checked in to P today; add check-ins on the two previous days and 10 days ago
      await seedPastPush('past1', { scope: 'county' }, 12, 0);
      await seedPastPush('past2', { scope: 'county' }, 12, 0);
      await seedPastPush('past3', { scope: 'county' }, 12, 0);
      await seedCheckin('past1', m.m_4, dayOf(now - DAY), now - DAY);
      await seedCheckin('past2', m.m_4, dayOf(now - 2 * DAY), now - 2 * DAY);
      await seedCheckin('past3', m.m_4, dayOf(now - 10 * DAY), now - 10 * DAY);
      const mine = await tc.data('m_4', 'checkin.mine', {});
      const month = monthOf(now);
      expect(mine.month).toBe(month);
      const all = [dayOf(now), dayOf(now - DAY), dayOf(now - 2 * DAY), dayOf(now - 10 * DAY)];
      expect(mine.days).toEqual(all.filter((d) => d.startsWith(month)).sort());
      expect(mine.streak).toEqual({ current: 3, longest: 3 });
      expect(mine.total).toBe(4);
      const prev = await tc.data('m_4', 'checkin.mine', { month: shiftMonth(month, -1) });
      expect(prev.days).toEqual(all.filter((d) => d.startsWith(shiftMonth(month, -1))).sort());
      expect(prev.total).toBe(4);
      expect((await tc.data('m_4', 'checkin.mine', { month: '2020-01' })).days).toEqual([]);
    });

    it('is for members only, and checks the month', async () => {
      expect(await tc.code('county_1', 'checkin.mine', {})).toBe('MEMBER.NOT_JOINED');
      expect(await tc.code('m_4', 'checkin.mine', { month: '2026-13' })).toBe('INPUT.INVALID');
      expect(await tc.code('m_4', 'checkin.mine', { month: '2026-01', memberId: m.m_0._id })).toBe('INPUT.INVALID');
    });

    it('costs two requests', async () => {
      expect(await tc.requests(() => tc.data('m_4', 'checkin.mine', {}))).toBe(2);
    });
  });
});
