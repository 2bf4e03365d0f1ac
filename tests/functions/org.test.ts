import { ADMIN, createBranch, createGroup, startTestCloud, type TestCloud } from './helpers/cloud';
import { sdkDb } from './helpers/study';

const countersOf = async (key: string) => (await sdkDb().collection('unitCounters').doc(key).get()).data;

jest.setTimeout(60_000);

describe('organisation and roles', () => {
  let tc: TestCloud;
  beforeAll(async () => {
    tc = await startTestCloud();
  });
  afterAll(() => tc?.dispose());

  it('bootstraps the county once: the first caller becomes sysadmin', async () => {
    expect(await tc.code(ADMIN, 'org.createBranch', { kind: '云支部', name: '早到', city: '杭州', secretaryName: '某' })).toBe('AUTH.FORBIDDEN');
    const [first, second] = await Promise.all([
      tc.call(ADMIN, 'admin.bootstrap', { countyName: '石阡县', adminName: '张管理' }),
      tc.call('rival', 'admin.bootstrap', { countyName: '假县', adminName: '某人' }),
    ]);
    expect([first.ok, second.ok].filter(Boolean)).toHaveLength(1);
    const loser = first.ok ? second : first;
    expect(!loser.ok && loser.error.code).toBe('ADMIN.ALREADY_BOOTSTRAPPED');
    const winner = first.ok ? ADMIN : 'rival';
    if (winner !== ADMIN) await tc.data('rival', 'org.grantRole', { openid: ADMIN, role: 'sysadmin' });
    expect(await tc.code('someone', 'admin.bootstrap', { countyName: '再来县', adminName: '某' })).toBe('ADMIN.ALREADY_BOOTSTRAPPED');
    const me = await tc.data(ADMIN, 'member.me');
    expect(me).toMatchObject({ openid: ADMIN, member: null, grants: [{ role: 'sysadmin' }] });
    expect(me.county.name).toBe(winner === ADMIN ? '石阡县' : '假县');
  });

  let branchId: string;
  let committeeId: string;
  let groupId: string;

  it('creates branches with a unique short code, refuses duplicates and bad parents', async () => {
    const committee = await tc.data(ADMIN, 'org.createBranch', { kind: '流动党委', name: '驻杭流动党委', city: '杭州', secretaryName: '王书记' });
    committeeId = committee._id;
    const branch = await tc.data(ADMIN, 'org.createBranch', { kind: '云支部', name: '杭州云支部', city: '杭州', secretaryName: '李书记', secretaryPhone: '13900000001', parentId: committeeId });
    branchId = branch._id;
    expect(branch).toMatchObject({ kind: '云支部', parentId: committeeId, secretaryPhone: '13900000001' });
    // Its counters document is created with it (the first join then finds it).
    expect(await countersOf(`branch:${branch._id}`)).toMatchObject({ kind: 'branch', unitId: branch._id, memberCount: 0, lostCount: 0, cityCounts: {} });
    expect(branch.code).toMatch(/^[a-z0-9]{6,8}$/);
    expect(committee.code).not.toBe(branch.code);
    expect(await tc.code(ADMIN, 'org.createBranch', { kind: '云支部', name: '杭州云支部', city: '杭州', secretaryName: '某' })).toBe('ORG.DUPLICATE');
    expect(await tc.code(ADMIN, 'org.createBranch', { kind: '云支部', name: '孤儿支部', city: '杭州', secretaryName: '某', parentId: 'nope' })).toBe('ORG.NOT_FOUND');
    expect(await tc.code(ADMIN, 'org.createBranch', { kind: '云支部', name: '支部下支部', city: '杭州', secretaryName: '某', parentId: branchId })).toBe('INPUT.INVALID');
  });

  it('creates village groups, refusing the same village twice', async () => {
    const group = await createGroup(tc, '龙井村', '汤山镇');
    groupId = group._id;
    expect(group).toMatchObject({ township: '汤山镇', village: '龙井村', name: '龙井村网上党小组' });
    expect(await countersOf(`group:${group._id}`)).toMatchObject({ kind: 'group', unitId: group._id, memberCount: 0 });
    expect(await tc.code(ADMIN, 'org.createGroup', { township: '汤山镇', village: '龙井村' })).toBe('ORG.DUPLICATE');
    const named = await tc.data(ADMIN, 'org.createGroup', { township: '汤山镇', village: '虎跑村', name: '虎跑党小组' });
    expect(named.name).toBe('虎跑党小组');
  });

  it('grants and revokes roles; only the right people may', async () => {
    expect(await tc.data(ADMIN, 'org.grantRole', { openid: 'sec_a', role: 'secretary', branchId })).toEqual({ openid: 'sec_a', grants: [{ role: 'secretary', branchId }] });
    expect((await tc.data(ADMIN, 'org.grantRole', { openid: 'sec_a', role: 'secretary', branchId })).grants).toHaveLength(1);
    await tc.data(ADMIN, 'org.grantRole', { openid: 'county_1', role: 'county' });
    await tc.data('county_1', 'org.grantRole', { openid: 'cadre_1', role: 'cadre', groupId });
    expect(await tc.code('county_1', 'org.grantRole', { openid: 'x', role: 'sysadmin' })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('sec_a', 'org.grantRole', { openid: 'x', role: 'cadre', groupId })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code(ADMIN, 'org.grantRole', { openid: 'x', role: 'secretary', branchId: 'nope' })).toBe('ORG.NOT_FOUND');
    expect(await tc.code(ADMIN, 'org.grantRole', { openid: 'x', role: 'cadre', groupId: 'nope' })).toBe('ORG.NOT_FOUND');
    expect(await tc.code(ADMIN, 'org.grantRole', { memberId: 'nope', role: 'county' })).toBe('MEMBER.NOT_FOUND');
    expect(await tc.code(ADMIN, 'org.grantRole', { openid: 'x', role: 'member' })).toBe('INPUT.INVALID');
    expect(await tc.code(ADMIN, 'org.grantRole', { openid: 'x', role: 'secretary' })).toBe('INPUT.INVALID');
    expect(await tc.code(ADMIN, 'org.grantRole', { role: 'county' })).toBe('INPUT.INVALID');

    await tc.data(ADMIN, 'org.grantRole', { openid: 'tmp', role: 'county' });
    expect((await tc.data('tmp', 'member.me')).grants).toEqual([{ role: 'county' }]);
    expect((await tc.data(ADMIN, 'org.grantRole', { openid: 'tmp', role: 'county', revoke: true })).grants).toEqual([]);
    expect(await tc.code('tmp', 'org.createGroup', { township: '某镇', village: '某村' })).toBe('AUTH.FORBIDDEN');
  });

  it('keeps at least one sysadmin', async () => {
    expect(await tc.code(ADMIN, 'org.grantRole', { openid: ADMIN, role: 'sysadmin', revoke: true })).toBe('AUTH.FORBIDDEN');
    await tc.data(ADMIN, 'org.grantRole', { openid: 'admin2', role: 'sysadmin' });
    expect((await tc.data('admin2', 'org.grantRole', { openid: ADMIN, role: 'sysadmin', revoke: true })).grants).toEqual([]);
    await tc.data('admin2', 'org.grantRole', { openid: ADMIN, role: 'sysadmin' });
  });

  it('shows the tree to any signed-in user, secretary phones in full to organisers only', async () => {
    const tree = await tc.data('county_1', 'org.tree');
    expect(tree.county).toEqual({ name: expect.any(String) });
    expect(tree.branches.map((b: any) => b.name).sort()).toEqual(['杭州云支部', '驻杭流动党委'].sort());
    expect(tree.groups).toHaveLength(2);
    expect(tree.branches.find((b: any) => b._id === branchId).secretaryPhone).toBe('13900000001');
    const asStranger = await tc.data('stranger', 'org.tree');
    expect(asStranger.branches.find((b: any) => b._id === branchId).secretaryPhone).toBe('139****0001');
  });

  it('makes the branch QR for county, sysadmin and its own secretary only', async () => {
    const qr = await tc.data(ADMIN, 'branch.qrcode', { branchId });
    expect(qr).toMatchObject({ branchId, page: 'pages/join/index' });
    expect(qr.scene.length).toBeLessThanOrEqual(32);
    expect(qr.scene).toMatch(/^j1\.[a-z0-9]{6,8}\.[A-Za-z0-9_-]{16}$/);
    expect(qr.image).toMatch(/^data:image\/png;base64,iVBOR/);
    // The function went through cloud.openapi.wxacode.getUnlimited with the join page and the scene.
    expect(tc.lc.outbox.filter((e: any) => e.kind === 'wxacode').pop()).toMatchObject({ scene: qr.scene, page: 'pages/join/index' });
    expect((await tc.data('sec_a', 'branch.qrcode', { branchId })).scene).toBe(qr.scene);
    expect((await tc.data('county_1', 'branch.qrcode', { branchId })).scene).toBe(qr.scene);
    expect(await tc.code('sec_a', 'branch.qrcode', { branchId: committeeId })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('cadre_1', 'branch.qrcode', { branchId })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('stranger', 'branch.qrcode', { branchId })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code(ADMIN, 'branch.qrcode', { branchId: 'nope' })).toBe('ORG.NOT_FOUND');
  });

  it('survives a restart of the local cloud', async () => {
    await tc.restart();
    const tree = await tc.data('county_1', 'org.tree');
    expect(tree.branches).toHaveLength(2);
    expect((await tc.data('sec_a', 'member.me')).grants).toEqual([{ role: 'secretary', branchId }]);
    expect(await tc.code('x', 'admin.bootstrap', { countyName: 'x', adminName: 'y' })).toBe('ADMIN.ALREADY_BOOTSTRAPPED');
  });

  it('helpers: createBranch seeds a plain branch', async () => {
    expect((await createBranch(tc, '宁波云支部', '宁波')).city).toBe('宁波');
  });
});

