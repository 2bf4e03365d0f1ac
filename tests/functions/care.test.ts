import { ADMIN, grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { dumpDatabase, eachTestLeavesDatabaseUnchanged } from './helpers/dump';
import { dayOf } from '../../src/domain/shared/day.rules';

jest.setTimeout(60_000);

/**
 * Database requests per call (local cloud counter; a transaction = start + each operation + commit).
 * file: caller, member; transaction: start, insert, 3 counter updates, commit. assign: caller, case +
 * assignee's users doc, transaction: start, case, update, commit; member. transition: caller, case;
 * transaction: start, case, update, 3 counter updates, commit; member. get: caller, case, member +
 * possible assignees (open case). list: caller, page, members' phones.
 */
const REQUESTS = { file: 6, assign: 8, transition: 10, get: 4, list: 3 }; // file: caller, member, case, three counters (no transaction)

/**
 * 关怀帮扶 through the real api entry. Branch A: m_0, m_1 (village G1), m_2 (G2); branch B: m_3 (G1).
 * county_1 (组织部), sec_a / sec_b (secretaries of A / B), cadre_1 / cadre_2 (cadres of G1 / G2).
 */
describe('care cases: file, list, get, assign, transition, stats', () => {
  let tc: TestCloud;
  let A: any, B: any, G1: any, G2: any;
  const ids: string[] = [];
  const year = Number(dayOf(Date.now()).slice(0, 4));
  let mine: any; // m_0's first case

  beforeAll(async () => {
    tc = await startTestCloud();
    const s = await seedTwoBranches(tc);
    ({ A, B, G1, G2 } = s);
    const joined = [
      ...(await joinMembers(tc, s.sa, s.G1._id, 0, 2)),
      ...(await joinMembers(tc, s.sa, s.G2._id, 2, 1)),
      ...(await joinMembers(tc, s.sb, s.G1._id, 3, 1)),
    ];
    ids.push(...joined.map((j) => j.member._id));
    await grantRoles(tc, s, 'county_1', 'sec_a', 'sec_b', 'cadre_1', 'cadre_2');
  });
  afterAll(() => tc?.dispose());

  const file = (openid: string, over: Record<string, unknown> = {}) => tc.call(openid, 'care.file', { kind: '欠薪维权', description: '工地拖欠三个月工资，老板联系不上', contact: '电话', ...over });

  describe('care.file', () => {
    it('files a member\'s own difficulty, counted in the same transaction', async () => {
      const r = await file('m_0');
      expect(r.ok).toBe(true);
      mine = (r as any).data;
      expect(mine).toMatchObject({ memberId: ids[0], memberName: '党员000', branchId: A._id, groupId: G1._id, year, kind: '欠薪维权', state: 'filed', version: 1, assignee: null, contact: '电话' });
      expect(mine.memberPhone).toBe('13800000000');
      expect(mine.masked).toBe(false);
      expect(mine.can).toEqual({ assign: false, moveTo: [] });
      expect(mine.timeline).toEqual([{ at: mine.filedAt, by: { openid: 'm_0', name: '党员000' }, action: 'file', state: 'filed', note: null }]);
      const stats = await tc.data('county_1', 'care.stats', { year });
      expect(stats).toMatchObject({ filed: 1, open: 1, byState: { filed: 1 }, byKind: { 欠薪维权: 1 } });
    });

    it('lets an organiser who covers the member file on his behalf', async () => {
      const c = await tc.data('cadre_2', 'care.file', { kind: '子女上学', description: '孩子在杭州入学需要证明材料', memberId: ids[2] });
      expect(c).toMatchObject({ memberId: ids[2], branchId: A._id, groupId: G2._id, filedBy: { openid: 'cadre_2' }, state: 'filed', contact: null });
    });

    describe('refusals change nothing', () => {
      eachTestLeavesDatabaseUnchanged();

      it('refuses bad input with the fields', async () => {
        for (const [over, field] of [
          [{ kind: '买房' }, 'kind'],
          [{ description: '太短' }, 'description'],
          [{ description: 'x'.repeat(1001) }, 'description'],
          [{ contact: '写信' }, 'contact'],
          [{ openid: 'm_1' }, '(payload)'],
          [{ memberId: 'bad id!' }, 'memberId'],
        ] as const) {
          const r = await file('m_0', over);
          expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
          expect(JSON.stringify((r as any).error.fields)).toContain(field);
        }
      });

      it('refuses callers who have not joined and organisers outside the member\'s units', async () => {
        expect((await file('stranger') as any).error.code).toBe('MEMBER.NOT_JOINED');
        expect((await file('sec_b', { memberId: ids[0] }) as any).error.code).toBe('AUTH.FORBIDDEN');
        expect((await file('cadre_2', { memberId: ids[0] }) as any).error.code).toBe('AUTH.FORBIDDEN');
        expect((await file('m_1', { memberId: ids[0] }) as any).error.code).toBe('AUTH.FORBIDDEN');
        expect((await file(ADMIN, { memberId: ids[0] }) as any).error.code).toBe('AUTH.FORBIDDEN');
        expect((await file('county_1', { memberId: 'nobody' }) as any).error.code).toBe('MEMBER.NOT_FOUND');
      });

      it('refuses risky text', async () => {
        tc.lc.faults.msgSecRisky = true;
        try {
          expect((await file('m_0') as any).error.code).toBe('CONTENT.RISKY');
        } finally {
          tc.lc.faults.msgSecRisky = false;
        }
      });
    });
  });

  describe('care.list and care.get', () => {
    beforeAll(async () => {
      await tc.data('m_1', 'care.file', { kind: '老人就医', description: '母亲在老家住院需要有人照看' });
      await tc.data('m_3', 'care.file', { kind: '就业', description: '厂里裁员，想找一份新工作' });
    });

    it('shows a member only his own cases', async () => {
      const page = await tc.data('m_0', 'care.list', { mine: true });
      expect(page.items.map((c: any) => c._id)).toEqual([mine._id]);
      expect(page.items[0].timeline).toBeUndefined();
      expect(await tc.code('stranger', 'care.list', { mine: true })).toBe('MEMBER.NOT_JOINED');
      expect(await tc.code('m_0', 'care.list', {})).toBe('AUTH.FORBIDDEN');
    });

    it('keeps each organiser\'s queue inside his scope, newest first, with paging and filters', async () => {
      const names = async (openid: string, q: object = {}) => (await tc.data(openid, 'care.list', q)).items.map((c: any) => c.memberName);
      expect(await names('county_1')).toEqual(['党员003', '党员001', '党员002', '党员000']);
      expect(await names('sec_a')).toEqual(['党员001', '党员002', '党员000']);
      expect(await names('sec_b')).toEqual(['党员003']);
      expect(await names('cadre_1')).toEqual(['党员003', '党员001', '党员000']);
      expect(await names('sec_a', { kind: '老人就医' })).toEqual(['党员001']);
      expect(await names('sec_a', { groupId: G2._id })).toEqual(['党员002']);
      expect(await code('sec_b', { branchId: A._id })).toBe('AUTH.FORBIDDEN');
      const first = await tc.data('sec_a', 'care.list', { limit: 2 });
      expect(first.nextCursor).toBeTruthy();
      const second = await tc.data('sec_a', 'care.list', { limit: 2, cursor: first.nextCursor });
      expect([...first.items, ...second.items].map((c: any) => c.memberName)).toEqual(['党员001', '党员002', '党员000']);
      expect(second.nextCursor).toBeNull();
    });

    it('masks the member\'s phone for callers who do not manage him', async () => {
      const bySys = (await tc.data(ADMIN, 'care.list', { branchId: A._id })).items.find((c: any) => c._id === mine._id);
      expect(bySys).toMatchObject({ memberPhone: '138****0000', masked: true });
      const bySec = (await tc.data('sec_a', 'care.list', {})).items.find((c: any) => c._id === mine._id);
      expect(bySec).toMatchObject({ memberPhone: '13800000000', masked: false, can: { assign: true, moveTo: ['accepted', 'cannot_resolve'] } });
      expect((await tc.data(ADMIN, 'care.get', { caseId: mine._id })).case.memberPhone).toBe('138****0000');
    });

    it('answers one case to the member and his organisers, with assignees for those who assign', async () => {
      const own = await tc.data('m_0', 'care.get', { caseId: mine._id });
      expect(own.case.timeline).toHaveLength(1);
      expect(own.assignees).toEqual([]);
      const bySec = await tc.data('sec_a', 'care.get', { caseId: mine._id });
      expect(bySec.assignees.map((a: any) => a.openid).sort()).toEqual(['cadre_1', 'county_1', 'sec_a']);
      expect(bySec.assignees.find((a: any) => a.openid === 'cadre_1').role).toBe('村干部');
      for (const who of ['m_1', 'sec_b', 'cadre_2', 'stranger']) expect(await tc.code(who, 'care.get', { caseId: mine._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'care.get', { caseId: 'nocase' })).toBe('CARE.NOT_FOUND');
    });
  });

  const code = (openid: string, q: object) => tc.code(openid, 'care.list', q);

  describe('care.assign and care.transition', () => {
    describe('refusals change nothing', () => {
      eachTestLeavesDatabaseUnchanged();

      it('lets only the county and the member\'s branch secretary assign, to an organiser who covers him', async () => {
        const assign = (openid: string, over: object = {}) => tc.code(openid, 'care.assign', { caseId: mine._id, assigneeOpenid: 'cadre_1', version: 1, ...over });
        expect(await assign('cadre_1')).toBe('AUTH.FORBIDDEN');
        expect(await assign('sec_b')).toBe('AUTH.FORBIDDEN');
        expect(await assign('m_0')).toBe('AUTH.FORBIDDEN');
        expect(await assign(ADMIN)).toBe('AUTH.FORBIDDEN');
        expect(await assign('sec_a', { assigneeOpenid: 'sec_b' })).toBe('CARE.ASSIGNEE_INVALID');
        expect(await assign('sec_a', { assigneeOpenid: 'cadre_2' })).toBe('CARE.ASSIGNEE_INVALID');
        expect(await assign('sec_a', { assigneeOpenid: 'm_1' })).toBe('CARE.ASSIGNEE_INVALID');
        expect(await assign('sec_a', { assigneeOpenid: 'ghost' })).toBe('CARE.ASSIGNEE_INVALID');
        expect(await assign('sec_a', { version: 7 })).toBe('CARE.STALE');
        expect(await assign('sec_a', { caseId: 'nocase' })).toBe('CARE.NOT_FOUND');
        expect(await assign('sec_a', { version: 0 })).toBe('INPUT.INVALID');
      });

      it('refuses impossible moves, missing notes, unassigned work and callers who may not act', async () => {
        const move = (openid: string, over: object = {}) => tc.code(openid, 'care.transition', { caseId: mine._id, to: 'accepted', note: '已受理', version: 1, ...over });
        expect(await move('sec_a', { to: 'resolved' })).toBe('CARE.TRANSITION_INVALID');
        expect(await move('sec_a', { to: 'in_progress' })).toBe('CARE.TRANSITION_INVALID');
        expect(await move('sec_a', { to: 'filed' })).toBe('CARE.TRANSITION_INVALID');
        expect(await move('sec_a', { to: 'done' })).toBe('INPUT.INVALID');
        expect(await move('sec_a', { note: '  ' })).toBe('INPUT.INVALID');
        expect(await move('sec_a')).toBe('CARE.NOT_ASSIGNED');
        expect(await move('sec_a', { version: 2 })).toBe('CARE.STALE');
        for (const who of ['m_0', 'cadre_1', 'cadre_2', 'sec_b', ADMIN]) expect(await move(who)).toBe('AUTH.FORBIDDEN');
      });
    });

    it('walks a case to resolved with a note at each step, and the member sees the progress', async () => {
      const assigned = await tc.data('sec_a', 'care.assign', { caseId: mine._id, assigneeOpenid: 'cadre_1', version: 1, note: '请龙井村跟进' });
      expect(assigned).toMatchObject({ state: 'filed', version: 2, assignee: { openid: 'cadre_1', name: '村干部' } });
      const step = (to: string, note: string, version: number) => tc.data('cadre_1', 'care.transition', { caseId: mine._id, to, note, version });
      await step('accepted', '已受理，已电话联系本人', 2);
      await step('in_progress', '已联系劳动监察大队', 3);
      await step('in_progress', '老板已同意分两次支付', 4);
      const done = await step('resolved', '工资已全部到账', 5);
      expect(done).toMatchObject({ state: 'resolved', version: 6, can: { assign: false, moveTo: [] } });

      const seen = (await tc.data('m_0', 'care.get', { caseId: mine._id })).case;
      expect(seen.state).toBe('resolved');
      expect(seen.timeline.map((s: any) => [s.action, s.state, s.note])).toEqual([
        ['file', 'filed', null],
        ['assign', 'filed', '请龙井村跟进'],
        ['transition', 'accepted', '已受理，已电话联系本人'],
        ['transition', 'in_progress', '已联系劳动监察大队'],
        ['transition', 'in_progress', '老板已同意分两次支付'],
        ['transition', 'resolved', '工资已全部到账'],
      ]);
      // The member sees who handles his case by name; organisers' openids are for his organisers only.
      expect(seen.timeline[1].assignee).toEqual({ openid: null, name: '村干部' });
      expect(seen.timeline[2].by).toEqual({ openid: null, name: '村干部' });
      expect((await tc.data('sec_a', 'care.get', { caseId: mine._id })).case.timeline[2].by).toEqual({ openid: 'cadre_1', name: '村干部' });
      expect((await tc.data('cadre_1', 'care.list', { assignedToMe: true })).items.map((c: any) => c._id)).toEqual([mine._id]);

      const before = await dumpDatabase();
      expect(await tc.code('cadre_1', 'care.transition', { caseId: mine._id, to: 'in_progress', note: '再看看', version: 6 })).toBe('CARE.CLOSED');
      expect(await tc.code('sec_a', 'care.assign', { caseId: mine._id, assigneeOpenid: 'sec_a', version: 6 })).toBe('CARE.CLOSED');
      expect(await dumpDatabase()).toEqual(before);
    });

    it('costs a bounded number of database requests, whatever the number of cases', async () => {
      let c: any;
      expect(await tc.requests(async () => (c = await tc.data('m_1', 'care.file', { kind: '其他', description: '想了解返乡创业政策' })))).toBe(REQUESTS.file);
      expect(await tc.requests(() => tc.data('sec_a', 'care.assign', { caseId: c._id, assigneeOpenid: 'sec_a', version: 1 }))).toBe(REQUESTS.assign);
      expect(await tc.requests(() => tc.data('sec_a', 'care.get', { caseId: c._id }))).toBe(REQUESTS.get);
      expect(await tc.requests(() => tc.data('sec_a', 'care.transition', { caseId: c._id, to: 'accepted', note: '已受理', version: 2 }))).toBe(REQUESTS.transition);
      expect(await tc.requests(() => tc.data('sec_a', 'care.transition', { caseId: c._id, to: 'cannot_resolve', note: '政策咨询已转县人社局', version: 3 }))).toBe(REQUESTS.transition);
      expect(await tc.requests(() => tc.data('sec_a', 'care.list', {}))).toBe(REQUESTS.list);
    });

    it('applies only one of two organisers acting at once on the same version', async () => {
      const c = await tc.data('m_1', 'care.file', { kind: '工伤', description: '在厂里受了工伤，需要认定' });
      await tc.data('sec_a', 'care.assign', { caseId: c._id, assigneeOpenid: 'cadre_1', version: 1 });
      const results = await Promise.all([
        tc.call('cadre_1', 'care.transition', { caseId: c._id, to: 'accepted', note: '村里受理', version: 2 }),
        tc.call('sec_a', 'care.transition', { caseId: c._id, to: 'cannot_resolve', note: '不属于帮扶范围', version: 2 }),
        tc.call('county_1', 'care.transition', { caseId: c._id, to: 'accepted', note: '县里受理', version: 2 }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok).map((r: any) => r.error.code)).toEqual(['CARE.STALE', 'CARE.STALE']);
      const after = (await tc.data('sec_a', 'care.get', { caseId: c._id })).case;
      expect(after.version).toBe(3);
      expect(after.timeline).toHaveLength(3);
      const winner: any = results.find((r) => r.ok);
      expect(after.state).toBe(winner.data.state);
    });
  });

  describe('care.stats', () => {
    it('counts by kind and state from the counters, per county, branch and village group', async () => {
      const county = await tc.data('county_1', 'care.stats', { year });
      expect(county.unit).toEqual({ kind: 'county', name: '石阡县' });
      expect(county.filed).toBe(6);
      expect(county.byKind).toEqual({ 子女上学: 1, 老人就医: 1, 工伤: 1, 欠薪维权: 1, 就业: 1, 其他: 1 });
      const states = county.byState;
      expect(Object.values(states).reduce((a: number, b: any) => a + b, 0)).toBe(6);
      expect(states.cannot_resolve).toBeGreaterThanOrEqual(1);
      expect(states.resolved).toBe(1);
      expect(county.resolved).toBe(1);
      expect(county.open).toBe(6 - 1 - states.cannot_resolve);

      const a = await tc.data('sec_a', 'care.stats', { year });
      expect(a).toMatchObject({ unit: { kind: 'branch', id: A._id, name: '杭州云支部' }, filed: 5, resolved: 1 });
      expect((await tc.data('sec_b', 'care.stats', { year, branchId: B._id })).filed).toBe(1);
      expect((await tc.data('cadre_1', 'care.stats', { year })).filed).toBe(5);
      expect((await tc.data('county_1', 'care.stats', { year, groupId: G2._id })).filed).toBe(1);
      expect((await tc.data('county_1', 'care.stats', { year: year - 1 })).filed).toBe(0);
    });

    it('reads one counters document whatever the number of cases (3 requests)', async () => {
      expect(await tc.requests(() => tc.data('sec_a', 'care.stats', { year }))).toBe(3);
    });

    it('refuses units outside the caller\'s scope and bad input', async () => {
      expect(await tc.code('sec_a', 'care.stats', { year, branchId: B._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'care.stats', { year, groupId: G1._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('m_0', 'care.stats', { year })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('county_1', 'care.stats', { year, branchId: A._id, groupId: G1._id })).toBe('INPUT.INVALID');
      expect(await tc.code('county_1', 'care.stats', { year: 'this' })).toBe('INPUT.INVALID');
      expect(await tc.code('county_1', 'care.stats', { year, branchId: 'nobranch' })).toBe('ORG.NOT_FOUND');
    });
  });
});
