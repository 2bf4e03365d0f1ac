/** The organiser's study pages: publishing (shared-schema validation, the payload) and the stats. */
import { fireEvent, render, screen } from '@testing-library/react';
import StudyPublishPage from '@/admin/study-publish/index';
import StudyStatsPage from '@/admin/study-stats/index';
import { installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { navigations, resetTaro } from './helpers/taro';
import { secretaryOfA, tree } from './helpers/org-fixtures';


let cloud: FakeCloud;
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud().on('org.tree', () => tree).on('member.me', () => secretaryOfA);
});

const type = (placeholder: string, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });

it('lets a secretary publish only to his own branch, after the schema accepts the form', async () => {
  cloud.on('study.publish', (p) => ({ ...p, _id: 'p1', publishAt: Date.now() }));
  render(<StudyPublishPage />);
  await screen.findByText('本支部');
  expect(screen.queryByText('全县')).toBeNull();
  expect(screen.queryByText('宁波云支部')).toBeNull();

  fireEvent.click(screen.getByText('发布'));
  expect(await screen.findByText('请输入标题')).toBeTruthy();
  expect(cloud.calls.some((c) => c.action === 'study.publish')).toBe(false);

  type('请输入标题', '电商直播技能培训');
  type('如：12', '3');
  fireEvent.click(screen.getByText('技能培训'));
  type('正文段落', '本期学习直播带货的基本流程。');
  fireEvent.click(screen.getByText('+ 视频/讲座链接'));
  type('链接标题，如：微党课第 3 讲', '直播入门');
  type('https://…', 'https://example.org/live');
  const dueDay = screen.getByText('请选择打卡截止日期').closest('label')!.querySelector('input')!;
  fireEvent.change(dueDay, { target: { value: '2026-12-31' } });
  fireEvent.click(screen.getByText('发布'));

  // The form gives way to what was published and the ways to it.
  expect(await screen.findByText('已发布')).toBeTruthy();
  expect(screen.queryByText('发布')).toBeNull();
  fireEvent.click(screen.getByText('查看统计'));
  expect(navigations).toEqual(['/admin/study-stats/index?pushId=p1']);
  const sent = cloud.calls.find((c) => c.action === 'study.publish')?.payload;
  expect(sent).toEqual({
    title: '电商直播技能培训', issueNo: 3, kind: '技能培训', dueDay: '2026-12-31',
    audience: { scope: 'branches', branchIds: ['bA'] },
    body: [{ type: 'paragraph', text: '本期学习直播带货的基本流程。' }, { type: 'link', title: '直播入门', url: 'https://example.org/live', kind: 'video' }],
  });
});

it('shows completion per branch and, for a tapped branch, who has not checked in', async () => {
  cloud
    .on('study.list', () => ({ items: [{ _id: 'p1', title: '学习全会精神', issueNo: 1, kind: '理论学习', dueDay: '2026-12-31', done: false, open: true }], nextCursor: null }))
    .on('checkin.stats', (q) =>
      q.detail
        ? { push: null, month: null, branches: [], groups: [], notDone: [{ memberId: 'm2', name: '刘芳', phone: '138****0001', groupName: '龙井村' }], reflections: [{ memberId: 'm1', name: '王小明', text: '深受鼓舞', photoUrls: [], day: '2026-11-25', minutes: 30 }] }
        : { push: { _id: 'p1' }, month: null, branches: [{ unitId: 'bA', name: '杭州云支部', expected: 30, done: 12, rate: 0.4 }], groups: [] },
    );
  render(<StudyStatsPage />);
  expect(await screen.findByText('12/30 · 40%')).toBeTruthy();
  fireEvent.click(screen.getByText('杭州云支部'));
  expect(await screen.findByText('刘芳')).toBeTruthy();
  expect(screen.getByText('深受鼓舞')).toBeTruthy();
  expect(cloud.calls.filter((c) => c.action === 'checkin.stats').map((c) => c.payload)).toEqual([
    { pushId: 'p1' },
    { pushId: 'p1', detail: true, branchId: 'bA' },
  ]);
  expect(cloud.calls.find((c) => c.action === 'study.list')?.payload).toEqual({ limit: 20, manage: true });
});
