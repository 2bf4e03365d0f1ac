/**
 * The foundation issue's acceptance scenario through the api entry on the real local cloud:
 * bootstrap → branch + village → QR → 50 joins (some concurrent, some twice) → list/filter/page →
 * edit + history → scope refusals → a rejected call changes nothing → restart keeps everything.
 */
import { ADMIN, grantRoles, listAll, profile, startTestCloud, type TestCloud } from './helpers/cloud';
import { dumpDatabase } from './helpers/dump';

jest.setTimeout(120_000);

describe('foundation acceptance (api entry, real local cloud)', () => {
  let tc: TestCloud;
  beforeAll(async () => {
    tc = await startTestCloud();
  });
  afterAll(() => tc?.dispose());

  it('runs the whole scenario', async () => {
    await tc.data(ADMIN, 'admin.bootstrap', { countyName: '石阡县', adminName: '张管理' });
    const A = await tc.data(ADMIN, 'org.createBranch', { kind: '云支部', name: '杭州云支部', city: '杭州', secretaryName: '李书记', secretaryPhone: '13900000001' });
    const B = await tc.data(ADMIN, 'org.createBranch', { kind: '流动党支部', name: '苏州流动党支部', city: '苏州', secretaryName: '赵书记' });
    const G = await tc.data(ADMIN, 'org.createGroup', { township: '汤山镇', village: '龙井村' });
    await grantRoles(tc, { A }, 'sec_a', 'county_1');
    const qr = await tc.data('sec_a', 'branch.qrcode', { branchId: A._id });
    expect(qr.image).toMatch(/^data:image\/png;base64,/);

    const tampered = qr.scene.slice(0, -1) + (qr.scene.endsWith('A') ? 'B' : 'A');
    expect(await tc.code('m_x', 'member.join', { scene: tampered, groupId: G._id, ...profile(99) })).toBe('JOIN.SCENE_INVALID');

    // 50 members: 30 one by one, 20 at once with 5 of the first ones joining again concurrently.
    const join = (i: number) => tc.call(`m_${i}`, 'member.join', { scene: qr.scene, groupId: G._id, ...profile(i) });
    for (let i = 0; i < 30; i++) expect((await join(i)).ok).toBe(true);
    const burst = await Promise.all([...Array.from({ length: 20 }, (_, k) => join(30 + k)), ...[0, 1, 2, 3, 4].map(join), ...[40, 41].map(join)]);
    expect(burst.every((r) => r.ok)).toBe(true);
    for (const i of [5, 6, 7]) expect(((await join(i)) as any).data.created).toBe(false);

    const tree = await tc.data('county_1', 'org.tree');
    expect(tree.branches.find((b: any) => b._id === A._id).memberCount).toBe(50);
    expect(tree.groups[0].memberCount).toBe(50);

    const all = await listAll(tc, 'county_1', {}, 7);
    expect(all).toHaveLength(50);
    expect(new Set(all.map((m) => m._id)).size).toBe(50);
    expect(new Set(all.map((m) => m.openid)).size).toBe(50);

    const sf = await listAll(tc, 'county_1', { city: '杭州', q: '顺丰' });
    expect(sf.length).toBeGreaterThan(0);
    expect(sf.every((m) => m.city === '杭州' && m.employer === '顺丰物流')).toBe(true);

    const inA = await listAll(tc, 'sec_a', { branchId: A._id });
    expect(inA).toHaveLength(50);
    expect(inA[0].phone).toMatch(/^138\d{8}$/);
    expect(await tc.code('sec_a', 'member.list', { branchId: B._id })).toBe('AUTH.FORBIDDEN');
    const masked = await tc.data(ADMIN, 'member.list', { branchId: A._id, limit: 1 });
    expect(masked.items[0].phone).toMatch(/^138\*{4}\d{4}$/);

    const me0 = await tc.data('m_0', 'member.me');
    const me1 = await tc.data('m_1', 'member.me');
    expect(await tc.code('m_0', 'member.get', { memberId: me1.member._id })).toBe('AUTH.FORBIDDEN');

    const before = await dumpDatabase();
    expect(await tc.code('m_0', 'member.update', { changes: { tags: ['头雁'] } })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('sec_a', 'member.update', { memberId: me0.member._id, changes: { branchId: B._id } })).toBe('INPUT.INVALID');
    expect(await dumpDatabase()).toEqual(before);

    await tc.data('sec_a', 'member.update', { memberId: me0.member._id, changes: { status: '失联', tags: ['困难党员'] } });
    await tc.data('m_0', 'member.update', { changes: { employer: '菜鸟驿站' } });
    const detail = await tc.data('sec_a', 'member.get', { memberId: me0.member._id });
    expect(detail.member).toMatchObject({ status: '失联', tags: ['困难党员'], employer: '菜鸟驿站' });
    expect(detail.history.map((h: any) => h.changes.map((c: any) => c.field).sort())).toEqual([['employer'], ['lostContactAt', 'status', 'tags']]);

    const joinRequests = await tc.requests(() => tc.data('m_new', 'member.join', { scene: qr.scene, groupId: G._id, ...profile(60) }));
    const listRequests = await tc.requests(() => tc.data('county_1', 'member.list', { branchId: A._id, limit: 20 }));
    const filteredRequests = await tc.requests(() => tc.data('county_1', 'member.list', { city: '杭州', q: '物流', limit: 20 }));
    console.log(`database requests: member.join ${joinRequests}, member.list ${listRequests}, filtered member.list ${filteredRequests}`);
    expect(joinRequests).toBeLessThanOrEqual(8);
    expect(listRequests).toBe(2);

    await tc.restart();
    expect(await listAll(tc, 'county_1')).toHaveLength(51);
    expect((await tc.data('sec_a', 'member.get', { memberId: me0.member._id })).history).toHaveLength(2);
    const after = await tc.data('county_1', 'org.tree');
    expect(after.branches.find((b: any) => b._id === A._id).memberCount).toBe(51);
    expect(after.groups[0].memberCount).toBe(51);
    expect((await tc.data('m_0', 'member.me')).member._id).toBe(me0.member._id);
    expect((await tc.data('m_9', 'member.join', { scene: qr.scene, groupId: G._id, ...profile(9) })).created).toBe(false);
    expect(await tc.code('x', 'admin.bootstrap', { countyName: 'x', adminName: 'y' })).toBe('ADMIN.ALREADY_BOOTSTRAPPED');
  });
});
