/**
 * 转接 through the api function: a member asks to move by scanning another branch's code, his
 * secretary releases him, the county moves him; the receiving side decides. Counters, pairing,
 * agreements and history follow by the rules in docs/decisions/transfer.md.
 */
import { ADMIN, createBranch, grantRoles, joinMembers, sceneOf, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { dumpDatabase } from './helpers/dump';

jest.setTimeout(120_000);

describe('transfer', () => {
  let tc: TestCloud;
  let A: any, B: any, C: any, G1: any, G2: any;
  let sa: string, sb: string, sc: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    tc = await startTestCloud();
    ({ A, B, G1, G2, sa, sb } = await seedTwoBranches(tc));
    C = await createBranch(tc, '上海云支部', '上海');
    sc = await sceneOf(tc, C._id);
    await grantRoles(tc, { A, B, G1, G2 }, 'county_1', 'sec_a', 'sec_b', 'cadre_1', 'cadre_2');
    await tc.data(ADMIN, 'org.grantRole', { openid: 'sec_c', role: 'secretary', branchId: C._id });
    for (const r of await joinMembers(tc, sa, G1._id, 0, 8)) ids[r.member.openid] = r.member._id;
    for (const r of await joinMembers(tc, sb, G2._id, 20, 2)) ids[r.member.openid] = r.member._id;
  });
  afterAll(() => tc?.dispose());

  const count = async (branchId: string) => (await tc.data('county_1', 'org.tree')).branches.find((b: any) => b._id === branchId).memberCount;

  it('offers a joined member of another branch a transfer, not a second join', async () => {
    const preview = await tc.data('m_0', 'join.preview', { scene: sb });
    expect(preview).toMatchObject({ alreadyJoined: true, ownBranch: false, branch: { _id: B._id } });
    expect((await tc.data('m_0', 'join.preview', { scene: sa })).ownBranch).toBe(true);
  });

  it('a member asks to move, his old branch sees it, a third branch cannot decide, the receiving secretary approves', async () => {
    const { transfer } = await tc.data('m_0', 'transfer.request', { scene: sb, note: '到宁波工作了' });
    expect(transfer).toMatchObject({ kind: 'request', state: 'pending', from: { branchId: A._id, branchName: '杭州云支部' }, to: { branchId: B._id, groupId: G1._id } });
    expect(JSON.stringify(transfer)).not.toContain('m_0');
    expect((await tc.data('m_0', 'member.me')).pendingTransfer._id).toBe(transfer._id);

    // His old branch sees it going out; the receiving branch has it to decide.
    expect((await tc.data('sec_a', 'transfer.list', { box: 'outgoing' })).items.map((t: any) => t._id)).toEqual([transfer._id]);
    expect((await tc.data('sec_b', 'transfer.list', { box: 'incoming' })).items.map((t: any) => t._id)).toEqual([transfer._id]);
    expect((await tc.data('sec_c', 'transfer.list', { box: 'incoming' })).items).toEqual([]);

    const before = await dumpDatabase();
    expect(await tc.code('sec_a', 'transfer.decide', { transferId: transfer._id, approve: true })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('sec_c', 'transfer.decide', { transferId: transfer._id, approve: true })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('cadre_2', 'transfer.decide', { transferId: transfer._id, approve: true })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('m_0', 'transfer.decide', { transferId: transfer._id, approve: true })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('sec_b', 'transfer.decide', { transferId: transfer._id, approve: false })).toBe('INPUT.INVALID');
    expect(await dumpDatabase()).toEqual(before);

    const [a0, b0] = [await count(A._id), await count(B._id)];
    const done = await tc.data('sec_b', 'transfer.decide', { transferId: transfer._id, approve: true, note: '欢迎' });
    expect(done.transfer).toMatchObject({ state: 'approved', decisionNote: '欢迎' });
    const me = await tc.data('m_0', 'member.me');
    expect(me).toMatchObject({ branch: { _id: B._id }, member: { branchId: B._id, groupId: G1._id, pendingTransferId: null }, pendingTransfer: null });
    expect([await count(A._id), await count(B._id)]).toEqual([a0 - 1, b0 + 1]);
    // The new secretary manages him, the old one no longer does; his history shows the move.
    expect(await tc.code('sec_a', 'member.get', { memberId: ids.m_0 })).toBe('AUTH.FORBIDDEN');
    const got = await tc.data('sec_b', 'member.get', { memberId: ids.m_0 });
    expect(got.history[0]).toMatchObject({ note: '转接：杭州云支部 → 宁波云支部', changes: [{ field: 'branchId', from: A._id, to: B._id }] });
    expect(await tc.code('sec_b', 'transfer.decide', { transferId: transfer._id, approve: true })).toBe('TRANSFER.CLOSED');
    expect((await tc.data('sec_a', 'transfer.list', { box: 'outgoing', all: true })).items[0]).toMatchObject({ _id: transfer._id, state: 'approved' });
  });

  it('refuses a transfer to his own branch, a second pending one, and rotated or forged codes, writing nothing', async () => {
    const before = await dumpDatabase();
    expect(await tc.code('m_1', 'transfer.request', { scene: sa })).toBe('TRANSFER.SAME_BRANCH');
    expect(await tc.code('m_1', 'transfer.request', { scene: 'j1.abcdef.AAAAAAAAAAAAAAAA' })).toBe('JOIN.SCENE_INVALID');
    expect(await tc.code('stranger', 'transfer.request', { scene: sb })).toBe('MEMBER.NOT_JOINED');
    expect(await tc.code('sec_a', 'transfer.move', { memberId: ids.m_1, toBranchId: A._id })).toBe('TRANSFER.SAME_BRANCH');
    expect(await tc.code('county_1', 'transfer.move', { memberId: ids.m_1, toBranchId: B._id, toGroupId: 'nogroup' })).toBe('ORG.NOT_FOUND');
    expect(await dumpDatabase()).toEqual(before);

    await tc.data('m_1', 'transfer.request', { scene: sb });
    const pending = await dumpDatabase();
    expect(await tc.code('m_1', 'transfer.request', { scene: sc })).toBe('TRANSFER.PENDING');
    expect(await tc.code('sec_a', 'transfer.move', { memberId: ids.m_1, toBranchId: C._id })).toBe('TRANSFER.PENDING');
    expect(await dumpDatabase()).toEqual(pending);

    // Withdrawn by him (the receiving side cannot withdraw it), he may ask again.
    const mine = (await tc.data('m_1', 'transfer.list', { box: 'mine' })).items[0];
    expect(await tc.code('sec_b', 'transfer.cancel', { transferId: mine._id })).toBe('AUTH.FORBIDDEN');
    expect((await tc.data('m_1', 'transfer.cancel', { transferId: mine._id })).transfer.state).toBe('cancelled');
    expect(await tc.code('m_1', 'transfer.cancel', { transferId: mine._id })).toBe('TRANSFER.CLOSED');
    expect((await tc.data('m_1', 'transfer.request', { scene: sc })).transfer.to.branchId).toBe(C._id);
  });

  it('two requests at once leave exactly one waiting', async () => {
    const codes = await Promise.all([tc.call('m_2', 'transfer.request', { scene: sb }), tc.call('m_2', 'transfer.request', { scene: sc })]);
    expect(codes.map((r) => (r.ok ? 'OK' : r.error.code)).sort()).toEqual(['OK', 'TRANSFER.PENDING']);
    const all = (await dumpDatabase()).transfers as any[];
    expect(all.filter((t) => t.memberId === ids.m_2 && t.state === 'pending')).toHaveLength(1);
  });

  it('a secretary releases his member, the receiving side refuses with a reason, nothing moves', async () => {
    expect(await tc.code('cadre_1', 'transfer.move', { memberId: ids.m_3, toBranchId: B._id })).toBe('AUTH.FORBIDDEN');
    // A village cadre who is himself a member moves nobody, himself included (#14.4).
    await tc.data(ADMIN, 'org.grantRole', { openid: 'm_7', role: 'cadre', groupId: G1._id });
    expect(await tc.code('m_7', 'transfer.move', { memberId: ids.m_7, toBranchId: C._id })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('m_7', 'member.update', { changes: { branchId: C._id } })).toBe('INPUT.INVALID');
    expect(await tc.code('sec_b', 'transfer.move', { memberId: ids.m_3, toBranchId: B._id })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code(ADMIN, 'transfer.move', { memberId: ids.m_3, toBranchId: B._id })).toBe('AUTH.FORBIDDEN');
    const { transfer } = await tc.data('sec_a', 'transfer.move', { memberId: ids.m_3, toBranchId: B._id, toGroupId: G2._id, note: '本人在宁波务工' });
    expect(transfer).toMatchObject({ kind: 'release', state: 'pending', to: { branchId: B._id, groupId: G2._id } });
    const refused = await tc.data('sec_b', 'transfer.decide', { transferId: transfer._id, approve: false, note: '本支部已满员，请转上海' });
    expect(refused.transfer).toMatchObject({ state: 'refused', decisionNote: '本支部已满员，请转上海' });
    expect((await tc.data('m_3', 'member.me')).member).toMatchObject({ branchId: A._id, pendingTransferId: null });
  });

  it('the county moves a member at once; his pairing and co-management agreements follow the rules', async () => {
    await tc.data('sec_a', 'pairing.assign', { memberIds: [ids.m_4, ids.m_5], cadreOpenid: 'cadre_1' });
    const agreement = await tc.data('county_1', 'agreement.create', { name: '杭州市西湖区流动党员党建联盟', region: '杭州', kind: '党建联盟', fields: ['city'], memberIds: [ids.m_4] });
    // Same village, new branch: the pairing moves; new village: it ends.
    const same = await tc.data('county_1', 'transfer.move', { memberId: ids.m_4, toBranchId: B._id });
    expect(same.transfer).toMatchObject({ kind: 'county', state: 'approved' });
    await tc.data('county_1', 'transfer.move', { memberId: ids.m_5, toBranchId: B._id, toGroupId: G2._id });
    const db = await dumpDatabase();
    const pairings = db.pairings as any[];
    expect(pairings.find((p) => p._id === ids.m_4)).toMatchObject({ branchId: B._id, groupId: G1._id });
    expect(pairings.find((p) => p._id === ids.m_5)).toBeUndefined();
    expect((db.agreements as any[]).find((a) => a._id === agreement._id).memberIds).toEqual([]);
    expect((db.members as any[]).find((m) => m._id === ids.m_4).agreementIds).toEqual([]);
    // The branch and group counters equal what the records say.
    const members = db.members as any[];
    const counters = new Map((db.unitCounters as any[]).map((c) => [c._id, c.memberCount]));
    for (const b of db.branches as any[]) expect([b.name, counters.get(`branch:${b._id}`) ?? 0]).toEqual([b.name, members.filter((m) => m.branchId === b._id).length]);
    for (const g of db.groups as any[]) expect([g.name, counters.get(`group:${g._id}`) ?? 0]).toEqual([g.name, members.filter((m) => m.groupId === g._id).length]);
  });

  it('a secretary moves his member to another village within his branch at once', async () => {
    const { transfer } = await tc.data('sec_a', 'transfer.move', { memberId: ids.m_6, toBranchId: A._id, toGroupId: G2._id });
    expect(transfer).toMatchObject({ kind: 'release', state: 'approved' });
    expect((await tc.data('m_6', 'member.me')).member).toMatchObject({ branchId: A._id, groupId: G2._id });
  });
});
