import { ADMIN, grantRoles, joinMembers, listAll, profile, sceneOf, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { dumpDatabase } from './helpers/dump';

jest.setTimeout(120_000);

/**
 * Two branches (A: 杭州, B: 宁波) and two villages. Members m_0..m_29 join A (m_0..m_19 in 龙井村,
 * the rest in 虎跑村); m_30..m_39 join B in 龙井村.
 */
describe('一人一档: update, history, get, list', () => {
  let tc: TestCloud;
  let A: any, B: any, G1: any, G2: any;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    tc = await startTestCloud();
    let sa: string, sb: string;
    ({ A, B, G1, G2, sa, sb } = await seedTwoBranches(tc));
    const joined = [...(await joinMembers(tc, sa, G1._id, 0, 20)), ...(await joinMembers(tc, sa, G2._id, 20, 10)), ...(await joinMembers(tc, sb, G1._id, 30, 10))];
    joined.forEach((j, i) => (ids[`m_${i}`] = j.member._id));
    await grantRoles(tc, { A, B, G2 }, 'sec_a', 'sec_b', 'cadre_2', 'county_1');
  });
  afterAll(() => tc?.dispose());

  describe('member.update', () => {
    it('lets a member edit his own profile and records who changed what', async () => {
      const r = await tc.data('m_1', 'member.update', { changes: { employer: '菜鸟驿站', city: '杭州', activityCardNo: 'HZ2024001' } });
      expect(r.changed.sort()).toEqual(['activityCardNo', 'employer']);
      expect(r.member).toMatchObject({ employer: '菜鸟驿站', activityCardNo: 'HZ2024001', masked: false });
      const none = await tc.data('m_1', 'member.update', { changes: { employer: '菜鸟驿站' } });
      expect(none.changed).toEqual([]);
    });

    it('refuses organiser fields from a plain member, and edits of another member', async () => {
      for (const changes of [{ status: '失联' }, { tags: ['头雁'] }, { lostContactAt: '2024-01-01' }]) {
        expect(await tc.code('m_1', 'member.update', { changes })).toBe('AUTH.FORBIDDEN');
      }
      expect(await tc.code('m_1', 'member.update', { memberId: ids.m_2, changes: { employer: 'x' } })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('stranger', 'member.update', { changes: { employer: 'x' } })).toBe('MEMBER.NOT_JOINED');
      expect(await tc.code(ADMIN, 'member.update', { memberId: ids.m_2, changes: { employer: 'x' } })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_b', 'member.update', { memberId: ids.m_2, changes: { tags: ['x'] } })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('county_1', 'member.update', { memberId: 'nope', changes: { tags: ['x'] } })).toBe('MEMBER.NOT_FOUND');
      expect(await tc.code('m_1', 'member.update', { changes: {} })).toBe('INPUT.INVALID');
      expect(await tc.code('m_1', 'member.update', { changes: { openid: 'evil' } })).toBe('INPUT.INVALID');
    });

    it('a rejected call changes nothing', async () => {
      const before = await dumpDatabase();
      expect(before.members).toHaveLength(40);
      expect(before.member_changes.length).toBeGreaterThan(0);
      expect(await tc.code('m_1', 'member.update', { changes: { employer: '新公司', tags: ['头雁'] } })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('county_1', 'transfer.move', { memberId: ids.m_2, toBranchId: 'nobranch' })).toBe('ORG.NOT_FOUND');
      expect(await tc.code('m_x', 'member.join', { scene: 'j1.abcdef.AAAAAAAAAAAAAAAA', groupId: G1._id, ...profile(99) })).toBe('JOIN.SCENE_INVALID');
      expect(await tc.code('m_x', 'member.join', { scene: await sceneOf(tc, A._id), groupId: 'nogroup', ...profile(99) })).toBe('JOIN.GROUP_INVALID');
      expect(await tc.code('sec_a', 'org.createBranch', { kind: '云支部', name: '越权支部', city: '杭州', secretaryName: '某' })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('county_1', 'org.grantRole', { openid: 'x', role: 'sysadmin' })).toBe('AUTH.FORBIDDEN');
      expect(await dumpDatabase()).toEqual(before);
    });

    it('lets the branch secretary set status and tags; 失联 stamps today, 正常 clears it', async () => {
      const r = await tc.data('sec_a', 'member.update', { memberId: ids.m_2, changes: { status: '失联', tags: ['困难党员'] } });
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
      expect(r.member).toMatchObject({ status: '失联', lostContactAt: today, tags: ['困难党员'], masked: false });
      expect(r.changed.sort()).toEqual(['lostContactAt', 'status', 'tags']);
      const back = await tc.data('cadre_2', 'member.update', { memberId: ids.m_25, changes: { status: '失联', lostContactAt: '2024-02-01' } });
      expect(back.member.lostContactAt).toBe('2024-02-01');
      const ok = await tc.data('county_1', 'member.update', { memberId: ids.m_25, changes: { status: '正常' } });
      expect(ok.member).toMatchObject({ status: '正常', lostContactAt: null });
    });

    it('moves nobody: placement is not an editable field, whoever asks (moves are transfers)', async () => {
      for (const [who, changes] of [
        ['m_1', { branchId: B._id }],
        ['m_1', { groupId: G2._id }],
        ['cadre_1', { branchId: B._id }],
        ['sec_a', { branchId: B._id }],
        ['county_1', { branchId: B._id, groupId: G2._id }],
      ] as const) {
        expect(await tc.code(who, 'member.update', { memberId: ids.m_2, changes })).toBe('INPUT.INVALID');
      }
    });

    it('moves counters when the county moves a member (transfer.move)', async () => {
      await tc.data('county_1', 'transfer.move', { memberId: ids.m_3, toBranchId: B._id, toGroupId: G2._id });
      const tree = await tc.data('county_1', 'org.tree');
      const count = (list: any[], id: string) => list.find((x) => x._id === id).memberCount;
      expect([count(tree.branches, A._id), count(tree.branches, B._id)]).toEqual([29, 11]);
      expect([count(tree.groups, G1._id), count(tree.groups, G2._id)]).toEqual([29, 11]);
      // now sec_b manages m_3, sec_a no longer does
      expect(await tc.code('sec_a', 'member.get', { memberId: ids.m_3 })).toBe('AUTH.FORBIDDEN');
      expect((await tc.data('sec_b', 'member.get', { memberId: ids.m_3 })).member).toMatchObject({ branchId: B._id, branchName: B.name, groupId: G2._id, groupName: G2.name });
      await tc.data('county_1', 'transfer.move', { memberId: ids.m_3, toBranchId: A._id, toGroupId: G1._id });
    });

    it('keeps the users name in step with the record', async () => {
      await tc.data('m_4', 'member.update', { changes: { name: '新名字' } });
      expect((await tc.data('m_4', 'member.me')).name).toBe('新名字');
      await tc.data('m_4', 'member.update', { changes: { employer: '某厂' } });
      const h = await tc.data('m_4', 'member.get', { memberId: ids.m_4 });
      expect(h.history[0]).toMatchObject({ byOpenid: 'm_4', byName: '新名字' });
    });
  });

  describe('member.get', () => {
    it('returns the record and its history newest first', async () => {
      await tc.data('m_5', 'member.update', { changes: { phone: '13999999999' } });
      await tc.data('sec_a', 'member.update', { memberId: ids.m_5, changes: { tags: ['人才'] } });
      const own = await tc.data('m_5', 'member.get', { memberId: ids.m_5 });
      expect(own.member).toMatchObject({ phone: '13999999999', masked: false });
      expect(own.history.map((h: any) => h.changes.map((c: any) => c.field))).toEqual([['tags'], ['phone']]);
      expect(own.history[0]).toMatchObject({ byOpenid: 'sec_a', memberId: ids.m_5, at: expect.any(Number) });
      expect(own.history[1].changes[0]).toEqual({ field: 'phone', from: '13800000005', to: '13999999999' });
    });

    it('masks record and history values for sysadmin', async () => {
      const masked = await tc.data(ADMIN, 'member.get', { memberId: ids.m_5 });
      expect(masked.member).toMatchObject({ phone: '139****9999', masked: true });
      expect(masked.history[1].changes[0]).toEqual({ field: 'phone', from: '138****0005', to: '139****9999' });
      const m1 = await tc.data(ADMIN, 'member.get', { memberId: ids.m_1 });
      expect(m1.member.activityCardNo).toBe('HZ*****01');
    });

    it('shows the record unmasked to his managers', async () => {
      expect((await tc.data('sec_a', 'member.get', { memberId: ids.m_5 })).member.phone).toBe('13999999999');
      expect((await tc.data('county_1', 'member.get', { memberId: ids.m_5 })).member.masked).toBe(false);
      expect((await tc.data('cadre_2', 'member.get', { memberId: ids.m_21 })).member.phone).toBe('13800000021');
    });

    it('refuses everybody else', async () => {
      expect(await tc.code('m_6', 'member.get', { memberId: ids.m_5 })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_b', 'member.get', { memberId: ids.m_5 })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('cadre_2', 'member.get', { memberId: ids.m_5 })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('stranger', 'member.get', { memberId: ids.m_5 })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('county_1', 'member.get', { memberId: 'nope' })).toBe('MEMBER.NOT_FOUND');
    });

    it('keeps only the last 50 changes', async () => {
      for (let i = 0; i < 52; i++) await tc.data('m_7', 'member.update', { changes: { employer: `公司${i}` } });
      const { history } = await tc.data('m_7', 'member.get', { memberId: ids.m_7 });
      expect(history).toHaveLength(50);
      expect(history[0].changes[0].to).toBe('公司51');
      expect(history[49].changes[0].to).toBe('公司2');
    });
  });

  describe('member.list', () => {
    it('pages through everything newest first, without duplicates or gaps', async () => {
      for (const limit of [1, 7, 40, 100]) {
        const all = await listAll(tc, 'county_1', {}, limit);
        expect(all).toHaveLength(40);
        expect(new Set(all.map((m) => m._id)).size).toBe(40);
        const sorted = [...all.map((m) => m._id)].sort().reverse();
        expect(all.map((m) => m._id)).toEqual(sorted);
      }
      const first = await tc.data('county_1', 'member.list', {});
      expect(first.items).toHaveLength(20);
      expect(first.nextCursor).toBe(first.items[19]._id);
      const exact = await tc.data('county_1', 'member.list', { limit: 40 });
      expect(exact.nextCursor).toBeNull();
    });

    it('filters by branch, group, city, status, tag and text', async () => {
      expect(await listAll(tc, 'county_1', { branchId: A._id })).toHaveLength(30);
      expect(await listAll(tc, 'county_1', { groupId: G2._id })).toHaveLength(10);
      expect(await listAll(tc, 'county_1', { branchId: B._id, groupId: G1._id })).toHaveLength(10);
      const ningbo = await listAll(tc, 'county_1', { city: '宁波' });
      expect(ningbo.length).toBeGreaterThan(0);
      expect(ningbo.every((m) => m.city === '宁波')).toBe(true);
      expect((await listAll(tc, 'county_1', { status: '失联' })).map((m) => m._id)).toEqual([ids.m_2]);
      expect((await listAll(tc, 'county_1', { tag: '困难党员' })).map((m) => m._id)).toEqual([ids.m_2]);
      expect((await listAll(tc, 'county_1', { tag: '人才' })).map((m) => m._id)).toEqual([ids.m_5]);
      const sf = await listAll(tc, 'county_1', { q: '顺丰' });
      expect(sf.length).toBeGreaterThan(0);
      expect(sf.every((m) => m.employer === '顺丰物流')).toBe(true);
      expect((await listAll(tc, 'county_1', { q: '党员010' })).map((m) => m.name)).toEqual(['党员010']);
      expect((await listAll(tc, 'county_1', { q: '杭', city: '杭州', branchId: A._id })).every((m) => m.city === '杭州')).toBe(true);
      // regex characters are matched literally
      expect(await listAll(tc, 'county_1', { q: '.*' })).toHaveLength(0);
      expect(await listAll(tc, 'county_1', { q: '(' })).toHaveLength(0);
    });

    it('keeps secretaries and cadres inside their scope', async () => {
      const mine = await listAll(tc, 'sec_a');
      expect(mine).toHaveLength(30);
      expect(mine.every((m) => m.branchId === A._id && m.masked === false)).toBe(true);
      expect(await listAll(tc, 'sec_a', { groupId: G1._id })).toHaveLength(20);
      expect(await tc.code('sec_a', 'member.list', { branchId: B._id })).toBe('AUTH.FORBIDDEN');
      const village = await listAll(tc, 'cadre_2');
      expect(village).toHaveLength(10);
      expect(village.every((m) => m.groupId === G2._id)).toBe(true);
      expect(await tc.code('cadre_2', 'member.list', { groupId: G1._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('cadre_2', 'member.list', { branchId: A._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('m_1', 'member.list', {})).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('stranger', 'member.list', {})).toBe('AUTH.FORBIDDEN');
    });

    it('masks phones for sysadmin, not for the branch secretary', async () => {
      const asAdmin = await tc.data(ADMIN, 'member.list', { branchId: A._id, limit: 100 });
      expect(asAdmin.items.every((m: any) => m.masked && /^1\d\d\*{4}\d{4}$/.test(m.phone))).toBe(true);
      const asSec = await tc.data('sec_a', 'member.list', { branchId: A._id, limit: 100 });
      expect(asSec.items.every((m: any) => !m.masked && /^1\d{10}$/.test(m.phone))).toBe(true);
    });

    it('validates the page size', async () => {
      expect(await tc.code('county_1', 'member.list', { limit: 101 })).toBe('INPUT.INVALID');
      expect(await tc.code('county_1', 'member.list', { limit: 0 })).toBe('INPUT.INVALID');
      expect(await tc.code('county_1', 'member.list', { status: '未知' })).toBe('INPUT.INVALID');
    });

    it('makes two database requests per page', async () => {
      expect(await tc.requests(() => tc.data('county_1', 'member.list', { branchId: A._id, limit: 20 }))).toBe(2);
      expect(await tc.requests(() => tc.data('county_1', 'member.list', { city: '杭州', q: '物流', limit: 20 }))).toBe(2);
    });
  });
});
