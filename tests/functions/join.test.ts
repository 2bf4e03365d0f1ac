import { ADMIN, bootstrapCounty, createBranch, createGroup, profile, sceneOf, startTestCloud, type TestCloud } from './helpers/cloud';
import { sdkDb } from './helpers/study';

jest.setTimeout(60_000);

describe('joining a branch by its QR scene', () => {
  let tc: TestCloud;
  let branch: any;
  let group: any;
  let scene: string;

  beforeAll(async () => {
    tc = await startTestCloud();
    await bootstrapCounty(tc);
    branch = await createBranch(tc);
    group = await createGroup(tc);
    await createGroup(tc, '虎跑村');
    scene = await sceneOf(tc, branch._id);
  });
  afterAll(() => tc?.dispose());

  const tamper = (s: string) => s.slice(0, -1) + (s.endsWith('A') ? 'B' : 'A');

  it('answers member.me before joining with no record', async () => {
    const me = await tc.data('newbie', 'member.me');
    expect(me).toMatchObject({ openid: 'newbie', member: null, branch: null, group: null, grants: [], county: { name: '石阡县' } });
  });

  it('previews the branch and its villages', async () => {
    const p = await tc.data('newbie', 'join.preview', { scene });
    expect(p.branch).toEqual({ _id: branch._id, name: '杭州云支部', city: '杭州', kind: '云支部', secretaryName: '李书记' });
    expect(p.groups.map((g: any) => g.village).sort()).toEqual(['虎跑村', '龙井村'].sort());
    expect(p.alreadyJoined).toBe(false);
    expect(await tc.code('newbie', 'join.preview', { scene: tamper(scene) })).toBe('JOIN.SCENE_INVALID');
  });

  it('refuses a tampered or forged scene, and an unknown group', async () => {
    expect(await tc.code('newbie', 'member.join', { scene: tamper(scene), groupId: group._id, ...profile(1) })).toBe('JOIN.SCENE_INVALID');
    expect(await tc.code('newbie', 'member.join', { scene: 'j1.zzzzzz.AAAAAAAAAAAAAAAA', groupId: group._id, ...profile(1) })).toBe('JOIN.SCENE_INVALID');
    expect(await tc.code('newbie', 'member.join', { scene, groupId: 'nogroup', ...profile(1) })).toBe('JOIN.GROUP_INVALID');
    expect(await tc.code('newbie', 'member.join', { scene, groupId: group._id, ...profile(1), phone: '123' })).toBe('INPUT.INVALID');
    expect((await tc.data(ADMIN, 'org.tree')).branches[0].memberCount).toBe(0);
    expect((await tc.data('newbie', 'member.me')).member).toBeNull();
  });

  it('creates the record once, attaches branch and group and counts them', async () => {
    const first = await tc.data('newbie', 'member.join', { scene, groupId: group._id, ...profile(1, { activityCardNo: 'HZ2024001' }) });
    expect(first.created).toBe(true);
    expect(first.member).toMatchObject({ openid: 'newbie', name: '党员001', branchId: branch._id, groupId: group._id, status: '正常', tags: [], lostContactAt: null, masked: false, phone: '13800000001' });
    const again = await tc.data('newbie', 'member.join', { scene, groupId: group._id, ...profile(1, { name: '改名' }) });
    expect(again).toMatchObject({ created: false, member: { _id: first.member._id, name: '党员001' } });
    const me = await tc.data('newbie', 'member.me');
    expect(me.member._id).toBe(first.member._id);
    expect(me.branch).toMatchObject({ _id: branch._id, name: '杭州云支部' });
    expect(me.group).toMatchObject({ _id: group._id, village: '龙井村' });
    expect(me.name).toBe('党员001');
    expect((await tc.data('newbie', 'join.preview', { scene })).alreadyJoined).toBe(true);
    const tree = await tc.data(ADMIN, 'org.tree');
    expect(tree.branches[0].memberCount).toBe(1);
    expect(tree.groups.find((g: any) => g._id === group._id).memberCount).toBe(1);
  });

  it('never makes two records for concurrent joins of one user', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => tc.call('racer', 'member.join', { scene, groupId: group._id, ...profile(2) })));
    expect(results.every((r) => r.ok)).toBe(true);
    const datas = results.map((r) => (r.ok ? r.data : null));
    expect(datas.filter((d) => d.created)).toHaveLength(1);
    expect(new Set(datas.map((d) => d.member._id)).size).toBe(1);
    const tree = await tc.data(ADMIN, 'org.tree');
    expect(tree.branches[0].memberCount).toBe(2);
    // sysadmin's masked view carries no openids (docs/who-sees-what.md): count by the racer's name.
    const all = await tc.data(ADMIN, 'member.list', { limit: 100 });
    expect(all.items.filter((m: any) => m.name === profile(2).name)).toHaveLength(1);
  });

  it('keeps a sysadmin who joins as a member a sysadmin', async () => {
    await tc.data(ADMIN, 'member.join', { scene, groupId: group._id, ...profile(3) });
    const me = await tc.data(ADMIN, 'member.me');
    expect(me.grants).toEqual([{ role: 'sysadmin' }]);
    expect(me.member.openid).toBe(ADMIN);
  });

  it('makes few database requests per join, and writes no users document', async () => {
    await tc.call('warm', 'member.join', { scene, groupId: group._id, ...profile(4) }); // secret cached
    const n = await tc.requests(() => tc.data('counted', 'member.join', { scene, groupId: group._id, ...profile(5) }));
    // one aggregate (join secret, his member record and users document, branch by code, group,
    // imported records with his phone) + add member + the branch's and the group's counters in one
    // update (no transaction)
    expect(n).toBe(3);
    // Joined already: his record came with the caller read, which is all the call costs.
    const again = await tc.requests(() => tc.data('counted', 'member.join', { scene, groupId: group._id, ...profile(5) }));
    expect(again).toBe(1);
    const users = sdkDb().collection('users');
    expect((await users.where({ _id: sdkDb().command.in(['newbie', 'racer', 'warm', 'counted']) }).get()).data).toEqual([]);
    // The sysadmin who joined keeps his users document as his grants left it: no member copy on it.
    const admin = (await users.doc(ADMIN).get()).data as any;
    expect(admin).toMatchObject({ grants: [{ role: 'sysadmin' }] });
    expect(admin).not.toHaveProperty('memberId');
    expect(admin).not.toHaveProperty('placement');
  });
  it('counts members from cities named like object keys (constructor, toString, __proto__, a dotted or $ name)', async () => {
    const cities = ['constructor', 'toString', '__proto__', 'a.b', '$where'];
    for (const [k, city] of cities.entries()) {
      const m = await tc.data(`odd_${k}`, 'member.join', { scene, groupId: group._id, ...profile(600 + k, { city }) });
      expect(m.created).toBe(true);
    }
    const dash = await tc.data(ADMIN, 'stats.dashboard', { branchId: branch._id });
    // Earlier joins here live in 杭州 and 宁波: seven distinct cities, every member counted once.
    expect(dash.members.cities).toBe(7);
    const counted = dash.members.byCity.reduce((n: number, c: any) => n + c.count, 0) + dash.members.otherCities;
    expect(counted).toBe(dash.members.total);
  });
});
