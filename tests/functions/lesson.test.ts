import { ADMIN, grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { eachTestLeavesDatabaseUnchanged } from './helpers/dump';
import { png } from './helpers/png';
import { sdkDb } from './helpers/study';

jest.setTimeout(90_000);

const TEXT = '今天给大家讲一讲在外务工如何发挥党员作用。\n\n第一，守住底线，遵纪守法；第二，主动帮助身边的老乡，遇到欠薪、工伤及时向支部反映；第三，坚持每周学习，按时参加主题党日。';

/**
 * 微党课 through the real api entry. Branch A: m_0, m_1 (G1); branch B: m_2 (G2).
 * county_1 (组织部), sec_a / sec_b (secretaries of A / B), cadre_1 (cadre of G1).
 */
describe('微党课: a member submits, his secretary returns or approves, the lesson publishes as a study push', () => {
  let tc: TestCloud;
  let A: any;
  const ids: string[] = [];

  beforeAll(async () => {
    tc = await startTestCloud();
    const s = await seedTwoBranches(tc);
    A = s.A;
    ids.push(...(await joinMembers(tc, s.sa, s.G1._id, 0, 2)).map((j) => j.member._id));
    ids.push(...(await joinMembers(tc, s.sb, s.G2._id, 2, 1)).map((j) => j.member._id));
    await grantRoles(tc, s, 'county_1', 'sec_a', 'sec_b', 'cadre_1');
  });
  afterAll(() => tc?.dispose());

  const submit = (openid: string, over: Record<string, unknown> = {}) => tc.call(openid, 'lesson.submit', { title: '在外务工如何当好党员', text: TEXT, videoUrl: 'https://v.example.cn/lesson-1', ...over });
  const approve = (openid: string, lessonId: string, over: Record<string, unknown> = {}) =>
    tc.call(openid, 'lesson.review', { lessonId, decision: 'approve', issueNo: 3, dueDay: '2099-12-31', ...over });
  const todo = async (openid: string, kind: string) => ((await tc.data(openid, 'todo.mine', {})).items as any[]).find((i) => i.kind === kind)?.count ?? 0;

  it('submits, is returned with a reason, resubmits and is published naming the author, visible to his branch only', async () => {
    const photo = await tc.lc.storage.put('uploads/m_0/2026-12/lesson.png', png(40, 30), 'm_0', 'image/png');
    const first = await tc.data('m_0', 'lesson.submit', { title: '在外务工如何当好党员', text: TEXT, images: [photo], videoUrl: 'https://v.example.cn/lesson-1' });
    expect(first).toMatchObject({ memberId: ids[0], authorName: '党员000', branchId: A._id, state: 'submitted', images: [photo], review: null, pushId: null, can: { review: false, resubmit: false } });
    expect(first.imageUrls).toHaveLength(1);
    expect(first).not.toHaveProperty('authorOpenid');
    expect(await todo('sec_a', 'lessonsToReview')).toBe(1);
    expect(await todo('sec_b', 'lessonsToReview')).toBe(0);

    const queue = await tc.data('sec_a', 'lesson.list', { state: 'submitted' });
    expect(queue.items.map((l: any) => [l._id, l.can.review])).toEqual([[first._id, true]]);
    expect((await tc.data('sec_b', 'lesson.list', {})).items).toEqual([]);

    const returned = await tc.data('sec_a', 'lesson.review', { lessonId: first._id, decision: 'return', reason: '请补充一个身边的案例' });
    expect(returned).toMatchObject({ state: 'returned', review: { decision: 'return', reason: '请补充一个身边的案例' } });
    const mine = await tc.data('m_0', 'lesson.list', { mine: true });
    expect(mine.items).toMatchObject([{ _id: first._id, state: 'returned', review: { reason: '请补充一个身边的案例' }, can: { resubmit: true } }]);
    expect(await todo('sec_a', 'lessonsToReview')).toBe(0);

    const again = await tc.data('m_0', 'lesson.submit', { lessonId: first._id, title: '在外务工如何当好党员（修改稿）', text: `${TEXT}\n\n案例：老乡小王被拖欠工资，支部出面协调后全部追回。`, images: [photo] });
    expect(again).toMatchObject({ _id: first._id, state: 'submitted', videoUrl: null, title: '在外务工如何当好党员（修改稿）' });

    const published = await tc.data('sec_a', 'lesson.review', { lessonId: first._id, decision: 'approve', issueNo: 3, dueDay: '2099-12-31' });
    expect(published).toMatchObject({ state: 'published', review: { decision: 'approve', reason: null } });
    expect(published.pushId).toEqual(expect.any(String));

    // The push is an ordinary study push of branch A, kind 微党课, naming its author.
    const push = await tc.data('m_1', 'study.get', { pushId: published.pushId });
    expect(push.push ?? push).toMatchObject({ title: '在外务工如何当好党员（修改稿）', kind: '微党课', issueNo: 3, author: { memberId: ids[0], name: '党员000' } });
    const body = JSON.stringify(push);
    expect(body).toContain('案例：老乡小王');
    // The author's photo is signed for his branch's readers; his openid is not shown to them.
    expect(push.push.imageUrls?.[photo]).toEqual(expect.any(String));
    expect(body).not.toContain('"m_0"');
    // Announced to the branch as every push is (one broadcast document).
    expect((await sdkDb().collection('noticeBroadcasts').where({ pushId: published.pushId }).get()).data).toHaveLength(1);
    expect((await tc.call('m_2', 'study.get', { pushId: published.pushId })).ok).toBe(false);
    const listed = await tc.data('m_1', 'study.list', {});
    expect(listed.items.find((i: any) => i._id === published.pushId)).toMatchObject({ author: { name: '党员000' } });
  });

  it('lets the county review any branch; a second review of the same lesson is refused', async () => {
    const l = await tc.data('m_2', 'lesson.submit', { title: '宁波流动党员的一堂课', text: TEXT });
    expect((await tc.data('county_1', 'lesson.list', { branchId: l.branchId })).items.map((i: any) => i._id)).toContain(l._id);
    const [a, b] = await Promise.all([approve('county_1', l._id), tc.call('sec_b', 'lesson.review', { lessonId: l._id, decision: 'return', reason: '重复' })]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    const loser = a.ok ? b : a;
    expect(loser).toMatchObject({ ok: false, error: { code: 'LESSON.STATE' } });
    expect((await tc.call('county_1', 'lesson.review', { lessonId: l._id, decision: 'return', reason: '再退一次' }))).toMatchObject({ ok: false, error: { code: 'LESSON.STATE' } });
  });

  const pushOf = async (lessonId: string) => (await sdkDb().collection('studyPushes').where({ _id: `L${lessonId}` }).get()).data;

  it('two approvals at once publish one push; an approval racing a return leaves a push only if it won', async () => {
    const l = await tc.data('m_0', 'lesson.submit', { title: '同时审核', text: TEXT });
    const both = await Promise.all([approve('sec_a', l._id), approve('county_1', l._id)]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'LESSON.STATE' } });
    expect(await pushOf(l._id)).toHaveLength(1);

    const m = await tc.data('m_1', 'lesson.submit', { title: '通过与退回同时', text: TEXT });
    const [a, r] = await Promise.all([approve('sec_a', m._id), tc.call('county_1', 'lesson.review', { lessonId: m._id, decision: 'return', reason: '再想想' })]);
    expect([a.ok, r.ok].filter(Boolean)).toHaveLength(1);
    const state = (await tc.data('m_1', 'lesson.list', { mine: true })).items.find((i: any) => i._id === m._id).state;
    expect(state).toBe(a.ok ? 'published' : 'returned');
    expect(await pushOf(m._id)).toHaveLength(a.ok ? 1 : 0);
  });

  it('an approval that died after publishing is completed by the next one, without a second push', async () => {
    const l = await tc.data('m_0', 'lesson.submit', { title: '中断的审核', text: TEXT });
    // What an approval leaves when its function dies between the push and the lesson: the push alone.
    const push = await tc.data('sec_a', 'study.publish', { title: '中断的审核', issueNo: 8, kind: '微党课', body: [{ type: 'paragraph', text: TEXT }], audience: { scope: 'branches', branchIds: [A._id] }, dueDay: '2099-12-31' });
    const stored = (await sdkDb().collection('studyPushes').doc(push._id).get()).data;
    await sdkDb().collection('studyPushes').doc(push._id).remove();
    const { _id: _old, ...rest } = stored;
    await sdkDb().collection('studyPushes').add({ data: { ...rest, _id: `L${l._id}` } });

    const done = await tc.data('sec_a', 'lesson.review', { lessonId: l._id, decision: 'approve', issueNo: 8, dueDay: '2099-12-31' });
    expect(done).toMatchObject({ state: 'published', pushId: `L${l._id}` });
    expect(await pushOf(l._id)).toHaveLength(1);
  });

  it('a return takes back a push an earlier approval left behind', async () => {
    const l = await tc.data('m_0', 'lesson.submit', { title: '中断后退回', text: TEXT });
    await sdkDb().collection('studyPushes').add({ data: { _id: `L${l._id}`, title: '中断后退回', issueNo: 9, kind: '微党课', body: [], audience: { scope: 'branches', branchIds: [A._id] }, publishAt: Date.now(), month: '2026-12', dueDay: '2099-12-31', publisherOpenid: 'sec_a', publisherName: '', createdAt: Date.now(), counters: { total: 0, byBranch: {}, byGroup: {} } } });
    await tc.data('sec_a', 'lesson.review', { lessonId: l._id, decision: 'return', reason: '请修改' });
    expect(await pushOf(l._id)).toEqual([]);
  });

  describe('refusals change nothing', () => {
    let waiting: any;
    beforeAll(async () => {
      waiting = await tc.data('m_1', 'lesson.submit', { title: '一堂待审的课', text: TEXT });
    });
    eachTestLeavesDatabaseUnchanged();

    it('refuses bad input with the fields named in Chinese', async () => {
      for (const [over, field, message] of [
        [{ title: '' }, 'title', '请填写标题'],
        [{ text: '太短了' }, 'text', '正文至少 50 个字'],
        [{ videoUrl: 'http://v.example.cn/x' }, 'videoUrl', '请填写正确的视频网址（须为加密的安全链接）'],
        [{ images: Array(7).fill('cloud://env.bucket/uploads/m_0/a.png') }, 'images', '最多 6 张图片'],
      ] as const) {
        const r = await submit('m_0', over);
        expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
        expect(JSON.stringify((r as any).error)).toContain(field);
        expect(JSON.stringify((r as any).error)).toContain(message);
      }
      const r = await tc.call('sec_a', 'lesson.review', { lessonId: waiting._id, decision: 'return', reason: '' });
      expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
      expect(JSON.stringify((r as any).error)).toContain('请填写退回理由');
      expect(await tc.code('sec_a', 'lesson.review', { lessonId: waiting._id, decision: 'approve', dueDay: '2099-12-31' })).toBe('INPUT.INVALID');
    });

    it('refuses another member\'s image and a stranger who never joined', async () => {
      const theirs = await tc.lc.storage.put('uploads/m_1/2026-12/theirs.png', png(), 'm_1', 'image/png');
      expect(await tc.code('m_0', 'lesson.submit', { title: '借图', text: TEXT, images: [theirs] })).toBe('CHECKIN.PHOTO_INVALID');
      expect(await tc.code('nobody', 'lesson.submit', { title: '路人', text: TEXT })).toBe('MEMBER.NOT_JOINED');
    });

    it('refuses reviewers outside the author\'s branch, and a cadre', async () => {
      for (const who of ['sec_b', 'cadre_1', 'm_0', ADMIN]) {
        expect(await tc.code(who, 'lesson.review', { lessonId: waiting._id, decision: 'return', reason: '不行' })).toBe('AUTH.FORBIDDEN');
      }
      expect(await tc.code('sec_b', 'lesson.list', { branchId: A._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('cadre_1', 'lesson.list', {})).toBe('AUTH.FORBIDDEN');
    });

    it('refuses resubmitting a lesson that is not returned, or not his', async () => {
      expect(await tc.code('m_1', 'lesson.submit', { lessonId: waiting._id, title: '改', text: TEXT })).toBe('LESSON.STATE');
      expect(await tc.code('m_0', 'lesson.submit', { lessonId: waiting._id, title: '改', text: TEXT })).toBe('AUTH.FORBIDDEN');
    });

    it('an approval whose push is refused leaves the lesson waiting (a due day before today)', async () => {
      const r = await approve('sec_a', waiting._id, { dueDay: '2020-01-01' });
      expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
      expect(JSON.stringify((r as any).error)).toContain('打卡截止日期不能早于发布日期');
    });
  });
});
