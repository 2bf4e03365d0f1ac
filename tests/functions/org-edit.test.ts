/**
 * An editable organisation and the tree each caller sees,
 * driven through the api function on the local cloud.
 */
import { ADMIN, grantRoles, joinMembers, profile, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { printPosters, readPosterZip } from './helpers/posters';

jest.setTimeout(120_000);

describe('org: unique names, scoped tree, edit and archive', () => {
  let tc: TestCloud;
  let org: Awaited<ReturnType<typeof seedTwoBranches>>;
  beforeAll(async () => {
    tc = await startTestCloud();
    org = await seedTwoBranches(tc);
    await grantRoles(tc, org, 'county_1', 'sec_a', 'cadre_1');
    await joinMembers(tc, org.sa, org.G1._id, 1, 3);
    await tc.data('m_9', 'member.join', { scene: org.sb, groupId: org.G2._id, ...profile(9, { city: '宁波' }) });
  });
  afterAll(() => tc?.dispose());

  it('creates one branch of a name however many ask at once (14.7)', async () => {
    const attempt = () => tc.call(ADMIN, 'org.createBranch', { kind: '云支部', name: '温州云支部', city: '温州', secretaryName: '周书记' });
    const results = await Promise.all(Array.from({ length: 8 }, attempt));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) expect(!r.ok && r.error.code).toBe('ORG.DUPLICATE');
    const tree = await tc.data(ADMIN, 'org.tree');
    expect(tree.branches.filter((b: { name: string }) => b.name === '温州云支部')).toHaveLength(1);
  });

  it('answers counters only to organisers whose scope covers the unit (14.2)', async () => {
    const find = (tree: any, id: string) => [...tree.branches, ...tree.groups].find((u: { _id: string }) => u._id === id);
    const county = await tc.data('county_1', 'org.tree');
    expect(find(county, org.A._id)).toMatchObject({ memberCount: 3, lostCount: 0, cityCounts: expect.any(Object) });
    expect(find(county, org.G2._id)).toMatchObject({ memberCount: 1 });

    const member = await tc.data('m_1', 'org.tree');
    for (const id of [org.A._id, org.B._id, org.G1._id, org.G2._id]) expect(find(member, id)).toMatchObject({ memberCount: null, lostCount: null, cityCounts: null });
    expect(find(member, org.A._id).secretaryPhone).toBe('139****0001');
    const stranger = await tc.data('nobody', 'org.tree');
    expect(JSON.stringify(stranger)).not.toMatch(/宁波":|memberCount":\d/);

    const secretary = await tc.data('sec_a', 'org.tree');
    expect(find(secretary, org.A._id)).toMatchObject({ memberCount: 3, secretaryPhone: '13900000001' });
    expect(find(secretary, org.B._id)).toMatchObject({ memberCount: null, secretaryPhone: '139****0001' });
    expect(find(secretary, org.G1._id).memberCount).toBeNull();

    const cadre = await tc.data('cadre_1', 'org.tree');
    expect(find(cadre, org.G1._id).memberCount).toBe(3);
    expect(find(cadre, org.G2._id).memberCount).toBeNull();
    expect(find(cadre, org.A._id)).toMatchObject({ memberCount: null, secretaryPhone: '139****0001' });
  });

  it('places branches under a 流动党委 or 流动党总支, renames and edits them, refusing bad parents and taken names', async () => {
    const committee = await tc.data(ADMIN, 'org.createBranch', { kind: '流动党委', name: '驻浙流动党委', city: '杭州', secretaryName: '王书记' });
    const general = await tc.data(ADMIN, 'org.createBranch', { kind: '流动党总支', name: '杭州流动党总支', city: '杭州', secretaryName: '钱书记', parentId: committee._id });
    expect(await tc.code(ADMIN, 'org.createBranch', { kind: '流动党总支', name: '总支下总支', city: '杭州', secretaryName: '某', parentId: general._id })).toBe('INPUT.INVALID');

    const moved = await tc.data('county_1', 'org.updateBranch', { branchId: org.A._id, changes: { parentId: general._id, name: '杭州第一云支部', secretaryPhone: '13900000002', city: '杭州市' } });
    expect(moved).toMatchObject({ parentId: general._id, name: '杭州第一云支部', secretaryPhone: '13900000002', city: '杭州市', code: org.A.code });
    // The join code printed before the rename still works.
    expect((await tc.data('m_new', 'join.preview', { scene: org.sa })).branch.name).toBe('杭州第一云支部');

    const bad = await tc.call('county_1', 'org.updateBranch', { branchId: org.A._id, changes: { parentId: org.B._id } });
    expect(!bad.ok && bad.error).toMatchObject({ code: 'INPUT.INVALID', message: '云支部的上级党组织须为流动党委或流动党总支，「宁波云支部」是云支部' });
    expect(await tc.code('county_1', 'org.updateBranch', { branchId: general._id, changes: { parentId: general._id } })).toBe('INPUT.INVALID');
    expect(await tc.code('county_1', 'org.updateBranch', { branchId: general._id, changes: { kind: '云支部' } })).toBe('INPUT.INVALID'); // it holds a branch
    expect(await tc.code('county_1', 'org.updateBranch', { branchId: org.B._id, changes: { name: '杭州第一云支部' } })).toBe('ORG.DUPLICATE');
    expect(await tc.code('sec_a', 'org.updateBranch', { branchId: org.A._id, changes: { name: '自封支部' } })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('county_1', 'org.updateBranch', { branchId: 'nope', changes: { name: '某' } })).toBe('ORG.NOT_FOUND');
    const out = await tc.data('county_1', 'org.updateBranch', { branchId: org.A._id, changes: { parentId: null, secretaryPhone: null } });
    expect(out).toMatchObject({ parentId: null, secretaryPhone: null });
    await tc.data('county_1', 'org.updateBranch', { branchId: org.A._id, changes: { name: '杭州云支部', city: '杭州' } });

    const group = await tc.data('county_1', 'org.updateGroup', { groupId: org.G2._id, changes: { name: '虎跑村党小组' } });
    expect(group).toMatchObject({ name: '虎跑村党小组', village: '虎跑村' });
    expect(await tc.code('county_1', 'org.updateGroup', { groupId: org.G2._id, changes: { village: '龙井村' } })).toBe('ORG.DUPLICATE');
  });

  it('archives a unit only once its members have moved, and a join of an archived branch says so', async () => {
    const refused = await tc.call('county_1', 'org.archiveBranch', { branchId: org.B._id, archived: true });
    expect(!refused.ok && refused.error).toMatchObject({ code: 'ORG.NOT_EMPTY', message: '「宁波云支部」还有 1 名党员，请先将他们转到其他支部再撤销' });
    expect((await tc.data('county_1', 'org.tree')).branches.find((b: any) => b._id === org.B._id).archivedAt ?? null).toBeNull();

    const empty = await tc.data(ADMIN, 'org.createBranch', { kind: '云支部', name: '义乌云支部', city: '义乌', secretaryName: '吴书记' });
    const scene = (await tc.data(ADMIN, 'branch.qrcode', { branchId: empty._id })).scene;
    expect(await tc.code('sec_a', 'org.archiveBranch', { branchId: empty._id, archived: true })).toBe('AUTH.FORBIDDEN');
    const archived = await tc.data('county_1', 'org.archiveBranch', { branchId: empty._id, archived: true });
    expect(archived.archivedAt).toEqual(expect.any(Number));
    expect(await tc.code('late', 'join.preview', { scene })).toBe('ORG.ARCHIVED');
    expect(await tc.code('late', 'member.join', { scene, groupId: org.G1._id, ...profile(50) })).toBe('ORG.ARCHIVED');
    expect(await tc.code('county_1', 'org.updateBranch', { branchId: empty._id, changes: { name: '改名' } })).toBe('ORG.ARCHIVED');
    // Members and cadres no longer see it; the county does, flagged, and may restore it.
    expect((await tc.data('m_1', 'org.tree')).branches.map((b: any) => b._id)).not.toContain(empty._id);
    expect((await tc.data('county_1', 'org.tree')).branches.find((b: any) => b._id === empty._id).archivedAt).toEqual(expect.any(Number));
    expect((await tc.data('county_1', 'org.archiveBranch', { branchId: empty._id, archived: false })).archivedAt).toBeNull();
    expect((await tc.data('late', 'join.preview', { scene })).branch.name).toBe('义乌云支部');

    expect(await tc.code('county_1', 'org.archiveGroup', { groupId: org.G1._id, archived: true })).toBe('ORG.NOT_EMPTY');
    const lone = await tc.data(ADMIN, 'org.createGroup', { township: '花桥镇', village: '白沙村' });
    await tc.data('county_1', 'org.archiveGroup', { groupId: lone._id, archived: true });
    expect((await tc.data('late', 'join.preview', { scene: org.sa })).groups.map((g: any) => g._id)).not.toContain(lone._id);
    expect(await tc.code('late', 'member.join', { scene: org.sa, groupId: lone._id, ...profile(51) })).toBe('JOIN.GROUP_INVALID');
  });

  it('prints every active branch\'s join code as PNGs named by branch in one zip', async () => {
    expect(await tc.code('sec_a', 'branch.posters', {})).toBe('AUTH.FORBIDDEN');
    const before = tc.lc.outbox.length;
    const { last: res } = await printPosters(tc, 'county_1');
    const tree = await tc.data('county_1', 'org.tree');
    const active = tree.branches.filter((b: any) => !b.archivedAt);
    expect(res).toMatchObject({ state: 'done', total: active.length, done: active.length });
    expect(res.fileName).toMatch(/^石阡县入支部二维码-\d{8}-\d{4}\.zip$/);
    const { zip, names } = await readPosterZip(res.url);
    expect(names.sort()).toEqual([...res.names].sort());
    expect(names).toContain('01-杭州云支部.png');
    const png = await zip.file('01-杭州云支部.png')!.async('nodebuffer');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // Each image carries the same signed scene as branch.qrcode.
    const drawn = tc.lc.outbox.slice(before).map((e: any) => e.scene);
    expect(drawn).toContain(org.sa);
  });
});

