import { ADMIN, grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { eachTestLeavesDatabaseUnchanged } from './helpers/dump';
import { yearOf } from '../../src/domain/shared/day.rules';

jest.setTimeout(90_000);

/**
 * 乡音工作室 / 维权 through the real api entry. Branch A: m_0, m_1 (G1); branch B: m_2 (G2).
 * county_1 (组织部), sec_a / sec_b, cadre_1 (G1), cadre_2 (G2).
 */
describe('mediation: cases for members and the 老乡 they bring, handler, steps, outcome, counts', () => {
  let tc: TestCloud;
  let A: any, G1: any;
  const ids: string[] = [];
  const year = yearOf(Date.now());

  beforeAll(async () => {
    tc = await startTestCloud();
    const s = await seedTwoBranches(tc);
    ({ A, G1 } = s);
    ids.push(...(await joinMembers(tc, s.sa, s.G1._id, 0, 2)).map((j) => j.member._id));
    ids.push(...(await joinMembers(tc, s.sb, s.G2._id, 2, 1)).map((j) => j.member._id));
    await grantRoles(tc, s, 'county_1', 'sec_a', 'sec_b', 'cadre_1', 'cadre_2');
  });
  afterAll(() => tc?.dispose());

  const villager = (over: Record<string, unknown> = {}) => ({ kind: 'villager', name: '王老乡', phone: '13722223333', consent: true, broughtBy: ids[0], ...over });
  const open = (openid: string, over: Record<string, unknown> = {}) =>
    tc.call(openid, 'mediation.open', { party: villager(), kind: '工伤赔偿', description: '在工地摔伤，老板不肯赔医药费', handlerOpenid: 'cadre_1', ...over });

  it('offers as handlers the organisers who cover the member, by name and role', async () => {
    const { items } = await tc.data('sec_a', 'mediation.handlers', { memberId: ids[0] });
    expect(items.map((i: any) => [i.openid, i.role]).sort()).toEqual([['cadre_1', '村干部'], ['county_1', '县委组织部'], ['sec_a', '支部书记']]);
  });

  it('opens a case for a 老乡 with his consent, records steps, closes with an outcome; phones masked for those who do not need them', async () => {
    const c = await tc.data('sec_a', 'mediation.open', { party: villager(), kind: '工伤赔偿', description: '在工地摔伤，老板不肯赔医药费', handlerOpenid: 'cadre_1' });
    expect(c).toMatchObject({ kind: '工伤赔偿', memberId: ids[0], branchId: A._id, groupId: G1._id, year, state: 'open', outcome: null, handler: { openid: 'cadre_1' }, masked: false, can: { step: true } });
    expect(c.villager).toEqual({ name: '王老乡', phone: '13722223333', consentAt: c.openedAt, consentByName: '支部书记' });

    // cadre_1 is the handler: he needs the phones. cadre_1 is not the handler of the next one.
    expect((await tc.data('cadre_1', 'mediation.get', { caseId: c._id })).villager.phone).toBe('13722223333');
    const other = await tc.data('county_1', 'mediation.open', { party: { kind: 'member', memberId: ids[1] }, kind: '欠薪', description: '三个月工资没结', handlerOpenid: 'sec_a' });
    expect(other.villager).toBeNull();
    const asCadre = await tc.data('cadre_1', 'mediation.get', { caseId: other._id });
    expect(asCadre).toMatchObject({ masked: true, memberPhone: '138****0001', can: { step: false } });

    const stepped = await tc.data('cadre_1', 'mediation.step', { caseId: c._id, note: '联系了劳动监察大队' });
    expect(stepped.steps).toMatchObject([{ by: { openid: 'cadre_1' }, note: '联系了劳动监察大队' }]);
    const closed = await tc.data('cadre_1', 'mediation.step', { caseId: c._id, note: '老板赔付医药费 1.2 万元', outcome: 'resolved' });
    expect(closed).toMatchObject({ state: 'closed', outcome: 'resolved', can: { step: false } });
    expect(await tc.code('cadre_1', 'mediation.step', { caseId: c._id, note: '再记一笔' })).toBe('MEDIATION.CLOSED');

    const stats = await tc.data('sec_a', 'mediation.stats', { year, branchId: A._id });
    expect(stats).toMatchObject({ open: 1, closed: 1, byKind: { 工伤赔偿: { open: 0, closed: 1, resolved: 1 }, 欠薪: { open: 1, closed: 0, resolved: 0 }, 就学: { open: 0, closed: 0 } } });
    expect((await tc.data('county_1', 'mediation.stats', { year })).open).toBe(1);
    expect((await tc.data('sec_b', 'mediation.stats', { year })).open).toBe(0);

    const list = await tc.data('sec_a', 'mediation.list', { open: true });
    expect(list.items.map((i: any) => i._id)).toEqual([other._id]);
    expect(list.items[0]).not.toHaveProperty('steps');
    expect((await tc.data('sec_b', 'mediation.list', {})).items).toEqual([]);
  });

  it('lands one of two steps taken on the same view', async () => {
    const c = await tc.data('sec_a', 'mediation.open', { party: { kind: 'member', memberId: ids[0] }, kind: '就医', description: '异地就医报销困难', handlerOpenid: 'sec_a' });
    const rs = await Promise.all([tc.call('sec_a', 'mediation.step', { caseId: c._id, note: '第一笔' }), tc.call('county_1', 'mediation.step', { caseId: c._id, note: '第二笔', outcome: 'unresolved' })]);
    const got = await tc.data('sec_a', 'mediation.get', { caseId: c._id });
    expect(got.steps.length).toBe(rs.filter((r) => r.ok).length);
    expect(rs.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === 'MEDIATION.CLOSED')).toBe(true);
  });

  it('shows a member the cases about him and the 老乡 he brought, read-only: names, steps and outcome, no phone or openid', async () => {
    const c = await tc.data('sec_a', 'mediation.open', { party: villager({ name: '李老乡', phone: '13744445555' }), kind: '劳务纠纷', description: '包工头扣押身份证不还', handlerOpenid: 'cadre_1' });
    await tc.data('cadre_1', 'mediation.step', { caseId: c._id, note: '已约包工头面谈', outcome: 'resolved' });
    const { items } = await tc.data('m_0', 'mediation.mine', {});
    expect(items[0]).toEqual({
      _id: c._id, kind: '劳务纠纷', villagerName: '李老乡', description: '包工头扣押身份证不还', handlerName: null, state: 'closed', outcome: 'resolved',
      steps: [{ at: expect.any(Number), byName: '村干部', note: '已约包工头面谈', outcome: 'resolved' }], openedAt: c.openedAt, updatedAt: expect.any(Number),
    });
    expect(items.length).toBeGreaterThan(1); // his own 就医 case and the first 老乡's too
    expect(JSON.stringify(items)).not.toMatch(/13744445555|13722223333|phone|openid|cadre_1|sec_a|county_1|consent/);
    const theirs = async (who: string) => (await tc.data(who, 'mediation.mine', {})).items.map((i: any) => i._id);
    expect(await theirs('m_1')).not.toContain(c._id); // a member of the same village sees only his own
    expect(await theirs('m_2')).toEqual([]);
    expect(await tc.code('sec_b', 'mediation.mine', {})).toBe('MEMBER.NOT_JOINED');
  });

  describe('refusals change nothing', () => {
    let c: any;
    beforeAll(async () => {
      c = await tc.data('sec_a', 'mediation.open', { party: villager(), kind: '就学', description: '孩子随迁入学被拒', handlerOpenid: 'cadre_1' });
    });
    eachTestLeavesDatabaseUnchanged();

    it('refuses bad input in Chinese: no consent, a bad phone, an unknown kind, no handler', async () => {
      for (const [over, message] of [
        [{ party: villager({ consent: false }) }, '请先征得当事人同意记录姓名和电话'],
        [{ party: villager({ phone: '12345' }) }, '请输入 11 位手机号'],
        [{ kind: '离婚' }, '请选择纠纷类型'],
        [{ description: '短' }, '请描述纠纷'],
        [{ handlerOpenid: '' }, '请选择承办人'],
      ] as const) {
        const r = await open('sec_a', over);
        expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
        expect(JSON.stringify((r as any).error)).toContain(message);
      }
    });

    it('refuses a handler who does not cover the member, and organisers outside the member\'s units', async () => {
      expect(await tc.code('sec_a', 'mediation.open', { party: villager(), kind: '欠薪', description: '工资拖欠半年', handlerOpenid: 'cadre_2' })).toBe('MEDIATION.HANDLER_INVALID');
      expect(await tc.code('sec_a', 'mediation.open', { party: villager(), kind: '欠薪', description: '工资拖欠半年', handlerOpenid: 'nobody' })).toBe('MEDIATION.HANDLER_INVALID');
      for (const who of ['sec_b', 'cadre_2', 'm_1', ADMIN]) expect(await tc.code(who, 'mediation.open', { party: villager(), kind: '欠薪', description: '工资拖欠半年', handlerOpenid: 'sec_a' })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'mediation.open', { party: villager({ broughtBy: ids[2] }), kind: '欠薪', description: '工资拖欠半年', handlerOpenid: 'sec_a' })).toBe('AUTH.FORBIDDEN');
    });

    it('refuses reads and steps to those outside the case', async () => {
      for (const who of ['sec_b', 'cadre_2', 'm_0', ADMIN]) {
        expect(await tc.code(who, 'mediation.get', { caseId: c._id })).toBe('AUTH.FORBIDDEN');
        expect(await tc.code(who, 'mediation.step', { caseId: c._id, note: '越权记录' })).toBe('AUTH.FORBIDDEN');
      }
      expect(await tc.code('sec_b', 'mediation.stats', { year, branchId: A._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('m_0', 'mediation.list', {})).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'mediation.get', { caseId: 'nosuchcase' })).toBe('MEDIATION.NOT_FOUND');
    });
  });
});
