/**
 * A publisher manages his study pushes: the list of those he manages with their status and
 * check-in counts, edits while scheduled, withdrawal after. Withdrawn pushes leave members' lists,
 * pages, check-ins and to-dos; their check-ins stay and their counters are still reconciled.
 */
import { grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { eachTestLeavesDatabaseUnchanged } from './helpers/dump';
import { png } from './helpers/png';
import { DAY, getDoc, publish, sdkDb, seedCheckin, submit } from './helpers/study';
import { dayOf } from '../../src/domain/shared/day.rules';

jest.setTimeout(120_000);

describe('study pushes: managed, edited, withdrawn', () => {
  let tc: TestCloud;
  let A: any, B: any, G1: any, G2: any;
  const later = () => Date.now() + 3 * DAY;
  const scheduled = (by: string, over: Record<string, unknown> = {}) =>
    publish(tc, by, { title: '待发：党章学习', issueNo: 7, audience: { scope: 'branches', branchIds: [A._id] }, publishAt: later(), ...over });
  const edit = (push: any, over: Record<string, unknown> = {}) => ({
    pushId: push._id, title: push.title, issueNo: push.issueNo, kind: push.kind, audience: push.audience, dueDay: push.dueDay, publishAt: push.publishAt,
    body: [{ type: 'paragraph', text: '修改后的正文' }],
    ...over,
  });
  const managed = async (who: string) => (await tc.data<any>(who, 'study.managed', { limit: 50 })).items;
  const memberList = async (who: string) => (await tc.data<any>(who, 'study.list', {})).items.map((p: any) => p._id);

  beforeAll(async () => {
    tc = await startTestCloud();
    let sa: string, sb: string;
    ({ A, B, G1, G2, sa, sb } = await seedTwoBranches(tc));
    await joinMembers(tc, sa, G1._id, 0, 2);
    await joinMembers(tc, sb, G2._id, 2, 1);
    await grantRoles(tc, { A, B, G1 }, 'sec_a', 'sec_b', 'cadre_1', 'county_1');
  });
  afterAll(() => tc?.dispose());

  it('lists the pushes each publisher manages, with status and check-in count', async () => {
    const soon = await scheduled('sec_a');
    const live = await publish(tc, 'sec_a', { title: '进行中：电商技能', issueNo: 8, audience: { scope: 'branches', branchIds: [A._id] } });
    const county = await publish(tc, 'county_1', { title: '全县：全会精神', issueNo: 9 });
    await submit(tc, 'm_0', live._id);

    const mine = await managed('sec_a');
    expect(mine.map((p: any) => p._id)).toEqual([live._id, soon._id]); // newest first; the county's push is not his to manage
    expect(mine.find((p: any) => p._id === live._id)).toMatchObject({ status: 'live', checkins: 1 });
    expect(mine.find((p: any) => p._id === soon._id)).toMatchObject({ status: 'scheduled', checkins: 0 });
    expect(mine[0]).not.toHaveProperty('publisherOpenid');
    expect(mine[0]).not.toHaveProperty('body');

    expect((await managed('county_1')).map((p: any) => p._id)).toEqual(expect.arrayContaining([live._id, soon._id, county._id]));
    expect((await managed('sec_b')).map((p: any) => p._id)).not.toContain(live._id);
    for (const who of ['cadre_1', 'm_0', 'stranger']) expect(await tc.code(who, 'study.managed', {})).toBe('AUTH.FORBIDDEN');
  });

  it('shows a push closed after its due day', async () => {
    const past = Date.now() - 10 * DAY;
    await sdkDb().collection('studyPushes').add({
      data: { _id: 'closed_push_a', title: '往期', issueNo: 1, kind: '党课', body: [{ type: 'paragraph', text: '往期' }], audience: { scope: 'branches', branchIds: [A._id] },
        publishAt: past, month: dayOf(past).slice(0, 7), dueDay: dayOf(past + DAY), publisherOpenid: 'sec_a', publisherName: '', createdAt: past, counters: { total: 2, byBranch: {}, byGroup: {} } },
    });
    expect((await managed('sec_a')).find((p: any) => p._id === 'closed_push_a')).toMatchObject({ status: 'closed', checkins: 2 });
  });

  it('edits a scheduled push whole: the new audience replaces the old one', async () => {
    const push = await publish(tc, 'county_1', { title: '待发：村级学习', issueNo: 10, audience: { scope: 'groups', groupIds: [G1._id, G2._id] }, publishAt: later() });
    const updated = await tc.data<any>('county_1', 'study.update', edit(push, { title: '待发：村级学习（修订）', audience: { scope: 'branches', branchIds: [A._id, A._id] } }));
    expect(updated).toMatchObject({ _id: push._id, title: '待发：村级学习（修订）', status: 'scheduled', audience: { scope: 'branches', branchIds: [A._id] } });
    const stored = await getDoc('studyPushes', push._id);
    expect(stored.audience).toEqual({ scope: 'branches', branchIds: [A._id] });
    expect(stored.body).toEqual([{ type: 'paragraph', text: '修改后的正文' }]);
    expect(stored.publisherOpenid).toBe('county_1');
    expect(stored.counters).toEqual({ total: 0, byBranch: {}, byGroup: {} });
  });

  describe('refusals change nothing', () => {
    let soon: any;
    let live: any;
    beforeAll(async () => {
      soon = await scheduled('sec_a', { title: '待发：拒绝测试' });
      live = await publish(tc, 'sec_a', { title: '已发：拒绝测试', audience: { scope: 'branches', branchIds: [A._id] } });
    });
    eachTestLeavesDatabaseUnchanged();

    it('refuses an edit by someone who does not manage the push, or to an audience he may not reach', async () => {
      for (const who of ['sec_b', 'cadre_1', 'm_0', 'stranger']) expect(await tc.code(who, 'study.update', edit(soon))).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'study.update', edit(soon, { audience: { scope: 'branches', branchIds: [A._id, B._id] } }))).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'study.update', edit(soon, { audience: { scope: 'county' } }))).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'study.update', edit({ ...soon, _id: 'no_such_push' }))).toBe('STUDY.NOT_FOUND');
    });

    it('refuses to edit a live push and says to withdraw it instead', async () => {
      const r = await tc.call('sec_a', 'study.update', edit(live, { publishAt: undefined }));
      expect(r).toEqual({ ok: false, error: { code: 'STUDY.PUBLISHED', message: '该推送已发布，不能再修改；如需更正，请撤回后重新发布' } });
    });

    it('refuses another member\'s upload in an edited body', async () => {
      const src = 'cloud://local.bucket/uploads/m_0/2026-12/1-a.jpg';
      expect(await tc.code('sec_a', 'study.update', edit(soon, { body: [{ type: 'image', src }] }))).toBe('STUDY.IMAGE_NOT_OWN');
    });

    it('refuses withdrawal by someone who does not manage the push', async () => {
      for (const who of ['sec_b', 'cadre_1', 'm_0', 'stranger']) expect(await tc.code(who, 'study.withdraw', { pushId: live._id })).toBe('AUTH.FORBIDDEN');
    });
  });

  it('lets the county edit a secretary\'s scheduled push with its own images, which members are then shown', async () => {
    const own = await tc.lc.storage.put('uploads/sec_a/test/a.png', png(), 'sec_a', 'image/png');
    const county = await tc.lc.storage.put('uploads/county_1/test/b.png', png(), 'county_1', 'image/png');
    const push = await scheduled('sec_a', { body: [{ type: 'image', src: own }] });
    await tc.data('county_1', 'study.update', edit(push, { body: [{ type: 'image', src: own }, { type: 'image', src: county }], publishAt: Date.now() + 2000 }));
    await new Promise((r) => setTimeout(r, 2100));
    const got = await tc.data<any>('m_0', 'study.get', { pushId: push._id });
    expect(Object.keys(got.push.imageUrls).sort()).toEqual([county, own].sort());
    expect(got.push).not.toHaveProperty('editorOpenids');
  });

  it('withdraws a live push: gone for members, its check-ins and counters kept, still reconciled', async () => {
    const push = await publish(tc, 'sec_a', { title: '将撤回：学习', issueNo: 11, audience: { scope: 'branches', branchIds: [A._id] } });
    await submit(tc, 'm_0', push._id);
    expect(await memberList('m_1')).toContain(push._id);
    const todoBefore = await tc.data<any>('m_1', 'todo.mine', {});
    const monthBefore = await tc.data<any>('sec_a', 'checkin.stats', { month: push.month });

    const out = await tc.data<any>('sec_a', 'study.withdraw', { pushId: push._id });
    expect(out).toMatchObject({ _id: push._id, status: 'withdrawn', checkins: 1 });
    expect(out.withdrawnAt).toEqual(expect.any(Number));
    // A second tap answers the same, and moves nothing.
    expect(await tc.data<any>('sec_a', 'study.withdraw', { pushId: push._id })).toMatchObject({ status: 'withdrawn', withdrawnAt: out.withdrawnAt });

    expect(await memberList('m_1')).not.toContain(push._id);
    expect(await memberList('m_0')).not.toContain(push._id);
    expect(await tc.code('m_1', 'study.get', { pushId: push._id })).toBe('STUDY.WITHDRAWN');
    expect(await tc.code('m_1', 'checkin.submit', { pushId: push._id, text: '撤回之后再来打卡，应当被拒绝。', clientKey: 'after-withdraw-1' })).toBe('STUDY.WITHDRAWN');
    expect(await tc.code('m_2', 'study.get', { pushId: push._id })).toBe('STUDY.NOT_TARGETED'); // not his: says no more than before
    const todoAfter = await tc.data<any>('m_1', 'todo.mine', {});
    const unchecked = (t: any) => t.items.find((i: any) => i.kind === 'studyUnchecked')?.count ?? 0;
    expect(unchecked(todoAfter)).toBe(unchecked(todoBefore) - 1);
    const monthAfter = await tc.data<any>('sec_a', 'checkin.stats', { month: push.month });
    expect(monthAfter.month.pushes).toBe(monthBefore.month.pushes - 1);

    // The organiser still reads it and its figures.
    const seen = await tc.data<any>('sec_a', 'study.get', { pushId: push._id });
    expect(seen).toMatchObject({ open: false, manageable: true, push: { withdrawnAt: out.withdrawnAt } });
    expect((await tc.data<any>('sec_a', 'checkin.stats', { pushId: push._id })).branches[0]).toMatchObject({ unitId: A._id, done: 1 });
    const m0 = (await tc.data<any>('m_0', 'member.me')).member;
    expect(await getDoc('checkins', `${push._id}_${m0._id}`)).toMatchObject({ pushId: push._id, memberId: m0._id });

    // A check-in that reached the store without its increment (a crash) is still counted by the reconciler.
    const m1 = (await tc.data<any>('m_1', 'member.me')).member;
    await seedCheckin(push._id, { ...m1, openid: 'm_1' }, dayOf(Date.now()), Date.now() - 60_000);
    process.env.RECONCILE_SETTLE_MS = '0';
    try {
      const r = await tc.data<any>('county_1', 'stats.reconcile', { hours: 1 });
      expect(r.mended).toEqual(expect.arrayContaining([expect.objectContaining({ doc: `studyPushes/${push._id}`, field: 'counters.total', was: 1, now: 2 })]));
    } finally {
      delete process.env.RECONCILE_SETTLE_MS;
    }
    expect((await managed('sec_a')).find((p: any) => p._id === push._id)).toMatchObject({ status: 'withdrawn', checkins: 2 });
  });

  it('costs a fixed number of database requests, however many pushes and check-ins exist', async () => {
    const push = await scheduled('sec_a', { title: '待发：计数' });
    const costs = {
      managed: await tc.requests(() => tc.data('sec_a', 'study.managed', {})),
      update: await tc.requests(() => tc.data('county_1', 'study.update', edit(push, { audience: { scope: 'county' } }))),
      withdraw: await tc.requests(() => tc.data('county_1', 'study.withdraw', { pushId: push._id })),
    };
    // managed: caller, the page. update (county audience: no units to read): caller, the push, the
    // conditional update. withdraw: caller, the push, the conditional update, the push as stored.
    expect(costs).toEqual({ managed: 2, update: 3, withdraw: 4 });
  });

  it('withdraws a scheduled push, which then takes no edits', async () => {
    const push = await scheduled('sec_a', { title: '待发：取消' });
    expect(await tc.data<any>('sec_a', 'study.withdraw', { pushId: push._id })).toMatchObject({ status: 'withdrawn' });
    expect(await tc.code('sec_a', 'study.update', edit(push))).toBe('STUDY.WITHDRAWN');
  });
});
