/**
 * The member counters live in `unitCounters`, one document per unit: a join moves its branch's and
 * its group's in ONE update; a unit without a counters document (older than the collection, or a
 * crash after its creation) gets one on first use; the county's rebuild makes them from the
 * records, and counters an older version left on the unit documents are never read.
 */
import { ADMIN, bootstrapCounty, createBranch, createGroup, grantRoles, profile, sceneOf, startTestCloud, type TestCloud } from './helpers/cloud';
import { sdkDb } from './helpers/study';

jest.setTimeout(120_000);

describe('unit counters', () => {
  let tc: TestCloud;
  let branchId: string;
  let groupId: string;
  let scene: string;
  let next = 0;
  const counters = async (key: string) => (await sdkDb().collection('unitCounters').doc(key).get()).data;
  const join = (group = groupId) => tc.call(`u_${next}`, 'member.join', { scene, groupId: group, ...profile(next++, { city: '杭州' }) });
  const membersOf = async (where: object) => (await sdkDb().collection('members').where(where).count()).total;

  beforeAll(async () => {
    // The reconciler runs right after the writes it checks: nothing is in flight between them here.
    process.env.RECONCILE_SETTLE_MS = '0';
    tc = await startTestCloud();
    await bootstrapCounty(tc);
    branchId = (await createBranch(tc, '杭州云支部', '杭州'))._id;
    groupId = (await createGroup(tc, '龙井村', '汤山镇'))._id;
    scene = await sceneOf(tc, branchId);
    await grantRoles(tc, {}, 'county_1');
  });
  afterAll(async () => {
    delete process.env.RECONCILE_SETTLE_MS;
    await tc?.dispose();
  });

  it('a join moves its branch and its group in one update request, and writes neither unit document', async () => {
    const branchBefore = (await sdkDb().collection('branches').doc(branchId).get()).data;
    tc.lc.stats.reset();
    expect(await join()).toMatchObject({ ok: true, data: { created: true } });
    // The member's record and (while it exists) his users document are inserts; the one update is the counters'.
    expect(tc.lc.stats.byAction['database.modifyDocument']).toBe(1);
    expect(await counters(`branch:${branchId}`)).toMatchObject({ kind: 'branch', unitId: branchId, memberCount: 1, cityCounts: { 'c:杭州': 1 } });
    expect(await counters(`group:${groupId}`)).toMatchObject({ kind: 'group', unitId: groupId, memberCount: 1, cityCounts: { 'c:杭州': 1 } });
    expect((await sdkDb().collection('branches').doc(branchId).get()).data).toEqual(branchBefore);
  });

  it('a unit without a counters document gets one holding the delta on first use', async () => {
    await sdkDb().collection('unitCounters').doc(`group:${groupId}`).remove();
    expect(await join()).toMatchObject({ ok: true });
    expect(await counters(`group:${groupId}`)).toMatchObject({ kind: 'group', unitId: groupId, memberCount: 1 });
    expect(await counters(`branch:${branchId}`)).toMatchObject({ memberCount: 2 });
  });

  it('concurrent first uses lose nothing the reconciler does not mend: counters equal records', async () => {
    const g2 = (await createGroup(tc, '虎跑村', '汤山镇'))._id;
    await sdkDb().collection('unitCounters').doc(`group:${g2}`).remove();
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined); // "concurrent first use", expected here
    const results = await Promise.all(Array.from({ length: 12 }, () => join(g2)));
    warn.mockRestore();
    expect(results.filter((r) => !r.ok)).toEqual([]);
    await tc.data('county_1', 'stats.reconcile', { hours: 1 });
    expect((await counters(`group:${g2}`)).memberCount).toBe(await membersOf({ groupId: g2 }));
    expect((await counters(`branch:${branchId}`)).memberCount).toBe(await membersOf({ branchId }));
  });

  it('the rebuild makes every unit\'s counters from the records; counters left on unit documents are not read', async () => {
    const members = await membersOf({ branchId });
    // A county deployed before unitCounters: counters on the unit documents, none in the collection.
    await sdkDb().collection('branches').doc(branchId).update({ data: { memberCount: 999, lostCount: 9 } });
    await sdkDb().collection('unitCounters').where({ kind: 'branch' }).remove();
    // A group whose members all left, its counters drifted: no member names it, the rebuild still finds it.
    const empty = (await createGroup(tc, '空村', '汤山镇'))._id;
    await sdkDb().collection('unitCounters').doc(`group:${empty}`).update({ data: { memberCount: 2 } });
    const stale = await tc.data(ADMIN, 'org.tree');
    expect(stale.branches.find((b: { _id: string }) => b._id === branchId)).toMatchObject({ memberCount: 0, lostCount: 0 });

    expect(await tc.code('sec_x', 'stats.reconcile', { rebuild: true })).toBe('AUTH.FORBIDDEN');
    const r = await tc.data('county_1', 'stats.reconcile', { rebuild: true });
    expect(r).toMatchObject({ hours: null, busy: [] });
    expect(r.mended).toEqual(expect.arrayContaining([{ doc: `unitCounters/branch:${branchId}`, field: 'memberCount', was: 0, now: members }]));
    expect(await counters(`branch:${branchId}`)).toMatchObject({ kind: 'branch', unitId: branchId, memberCount: members, cityCounts: { 'c:杭州': members } });
    expect((await counters(`group:${empty}`)).memberCount).toBe(0);
    const tree = await tc.data(ADMIN, 'org.tree');
    expect(tree.branches.find((b: { _id: string }) => b._id === branchId)).toMatchObject({ memberCount: members, lostCount: 0 });
    // A second rebuild finds nothing to mend.
    expect((await tc.data('county_1', 'stats.reconcile', { rebuild: true })).mended).toEqual([]);
  });

  it('the console runs the same rebuild through cron-reconcile; a client calling it gets nothing done', async () => {
    const members = await membersOf({ groupId });
    await sdkDb().collection('unitCounters').doc(`group:${groupId}`).remove();
    expect(await tc.lc.invoke('cron-reconcile', { rebuild: true }, { openid: 'u_0' })).toEqual({ done: false });
    expect(await counters(`group:${groupId}`)).toBeNull();
    expect(await tc.lc.invoke('cron-reconcile', { rebuild: true })).toMatchObject({ done: true, busy: [] });
    expect(await counters(`group:${groupId}`)).toMatchObject({ kind: 'group', unitId: groupId, memberCount: members });
  });
});
