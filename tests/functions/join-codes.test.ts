/**
 * Join codes that rotate and revoke per branch, and joins that wait for the secretary's approval
 * (#14 finding 8, the join part), through the api function.
 */
import { ADMIN, grantRoles, profile, sceneOf, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { dumpDatabase } from './helpers/dump';

jest.setTimeout(120_000);

describe('join codes and approval', () => {
  let tc: TestCloud;
  let A: any, B: any, G1: any, sa: string, sb: string;

  beforeAll(async () => {
    tc = await startTestCloud();
    ({ A, B, G1, sa, sb } = await seedTwoBranches(tc));
    await grantRoles(tc, { A, B, G1 }, 'county_1', 'sec_a', 'sec_b', 'cadre_1');
  });
  afterAll(() => tc?.dispose());

  const join = (openid: string, scene: string, i: number) => tc.call(openid, 'member.join', { scene, groupId: G1._id, ...profile(i) });

  it('only those who print the code change its settings', async () => {
    const before = await dumpDatabase();
    for (const who of ['sec_b', 'cadre_1', 'stranger']) expect(await tc.code(who, 'branch.joinSettings', { branchId: A._id, rotate: true })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('sec_a', 'branch.joinSettings', { branchId: A._id })).toBe('INPUT.INVALID');
    expect(await tc.code('sec_a', 'branch.joinSettings', { branchId: A._id, rotate: false })).toBe('INPUT.INVALID');
    expect(await dumpDatabase()).toEqual(before);
  });

  it('rotating stops every older poster with its own message; the new code works', async () => {
    expect(await tc.data('sec_a', 'branch.joinSettings', { branchId: A._id, rotate: true })).toEqual({ branchId: A._id, joinVersion: 1, joinRevoked: false, joinApproval: false });
    const fresh = await sceneOf(tc, A._id, 'sec_a');
    expect(fresh).toMatch(/^j2\./);
    const old = await join('m_1', sa, 1);
    expect(old).toMatchObject({ ok: false, error: { code: 'JOIN.CODE_ROTATED' } });
    expect((old as any).error.message).toContain('已更换');
    expect(await tc.code('m_1', 'join.preview', { scene: sa })).toBe('JOIN.CODE_ROTATED');
    expect(await tc.data('m_1', 'member.join', { scene: fresh, groupId: G1._id, ...profile(1) })).toMatchObject({ created: true });
    // Another branch's code is untouched.
    expect((await join('m_2', sb, 2)).ok).toBe(true);
  });

  it('revoking stops joins and the QR code; restoring brings the same poster back', async () => {
    const current = await sceneOf(tc, A._id, 'sec_a');
    await tc.data('sec_a', 'branch.joinSettings', { branchId: A._id, revoked: true });
    const before = await dumpDatabase();
    const refused = await join('m_3', current, 3);
    expect(refused).toMatchObject({ ok: false, error: { code: 'JOIN.CODE_REVOKED', message: '杭州云支部已停用入支部二维码，请联系支部书记' } });
    expect(await tc.code('sec_a', 'branch.qrcode', { branchId: A._id })).toBe('JOIN.CODE_REVOKED');
    expect(await dumpDatabase()).toEqual(before);
    await tc.data('sec_a', 'branch.joinSettings', { branchId: A._id, revoked: false });
    expect(await tc.data('m_3', 'member.join', { scene: current, groupId: G1._id, ...profile(3) })).toMatchObject({ created: true });
  });

  it('with approval on, a join waits (待审核); the secretary approves one and refuses another', async () => {
    await tc.data('sec_b', 'branch.joinSettings', { branchId: B._id, approval: true });
    expect((await tc.data('m_4', 'join.preview', { scene: sb })).approval).toBe(true);
    const waiting = await tc.data('m_4', 'member.join', { scene: sb, groupId: G1._id, ...profile(4) });
    expect(waiting).toMatchObject({ member: null, created: false, request: { state: 'pending', branchId: B._id, branchName: '宁波云支部' } });
    expect(JSON.stringify(waiting)).not.toContain('m_4');
    // Asking again answers the same request; nothing is counted yet.
    expect((await tc.data('m_4', 'member.join', { scene: sb, groupId: G1._id, ...profile(4) })).request._id).toBe(waiting.request._id);
    expect((await tc.data('m_4', 'member.me')).joinRequest).toMatchObject({ state: 'pending' });
    const bCount = ((await dumpDatabase()).unitCounters.find((c: any) => c._id === `branch:${B._id}`) as any).memberCount;
    await tc.data('m_5', 'member.join', { scene: sb, groupId: G1._id, ...profile(5) });

    const list = await tc.data('sec_b', 'join.requests', {});
    expect(list.items.map((r: any) => r.profile.name)).toEqual(['党员004', '党员005']);
    expect(await tc.code('sec_a', 'join.requests', { branchId: B._id })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('cadre_1', 'join.requests', {})).toBe('AUTH.FORBIDDEN');
    expect((await tc.data('sec_a', 'join.requests', {})).items).toEqual([]);
    expect(await tc.code('sec_a', 'join.decide', { requestId: waiting.request._id, approve: true })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('sec_b', 'join.decide', { requestId: 'nosuch', approve: true })).toBe('JOIN.REQUEST_NOT_FOUND');

    const approved = await tc.data('sec_b', 'join.decide', { requestId: waiting.request._id, approve: true });
    expect(approved).toMatchObject({ request: { state: 'approved' }, memberId: expect.any(String) });
    const me = await tc.data('m_4', 'member.me');
    expect(me).toMatchObject({ member: { _id: approved.memberId, branchId: B._id }, branch: { _id: B._id } });
    expect(((await dumpDatabase()).unitCounters.find((c: any) => c._id === `branch:${B._id}`) as any).memberCount).toBe(bCount + 1);
    expect(await tc.code('sec_b', 'join.decide', { requestId: waiting.request._id, approve: true })).toBe('JOIN.REQUEST_NOT_FOUND');

    const other = list.items[1];
    expect(await tc.code('sec_b', 'join.decide', { requestId: other._id, approve: false })).toBe('INPUT.INVALID');
    await tc.data('county_1', 'join.decide', { requestId: other._id, approve: false, note: '请先联系支部书记核实身份' });
    expect((await tc.data('m_5', 'member.me')).joinRequest).toMatchObject({ state: 'refused', decisionNote: '请先联系支部书记核实身份' });
    expect((await tc.data('m_5', 'member.me')).member).toBeNull();
  });

  it('a sysadmin may rotate but not decide joins', async () => {
    expect((await tc.data(ADMIN, 'branch.joinSettings', { branchId: B._id, approval: false })).joinApproval).toBe(false);
    expect(await tc.code(ADMIN, 'join.requests', {})).toBe('AUTH.FORBIDDEN');
  });
});
