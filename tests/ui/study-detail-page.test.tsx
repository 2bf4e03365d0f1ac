/**
 * A member reads a push and checks in: validation by the shared schema, a sent check-in, and a
 * check-in made offline that is queued, shown as queued, and sent exactly once when back online.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import StudyDetailPage from '@/pages/study-detail/index';
import { flushCheckins } from '@/features/study/checkin-queue';
import { installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { resetTaro, toasts } from './helpers/taro';

const push = {
  _id: 'p1', title: '学习二十届四中全会精神', issueNo: 12, kind: '理论学习', publisherName: '县委组织部', publishAt: Date.UTC(2026, 10, 20, 1),
  month: '2026-11', dueDay: '2026-11-30', audience: { scope: 'county' }, createdAt: 0,
  body: [{ type: 'heading', text: '一、主要精神' }, { type: 'paragraph', text: '全会审议通过了……' }, { type: 'link', title: '微党课第 3 讲', url: 'https://example.org/v/3', kind: 'video' }],
};
const me = { openid: 'dev_test', name: '王小明', grants: [], member: { _id: 'm1' }, branch: null, group: null, county: null };
const reflection = '认真学习了全会精神，深受鼓舞，要在工作岗位上发挥党员作用。';

let cloud: FakeCloud;
let stored: any;
beforeEach(() => {
  resetTaro({ id: 'p1' });
  stored = null;
  cloud = installFakeCloud()
    .on('member.me', () => me)
    .on('study.get', () => ({ push, mine: stored, open: true }))
    .on('checkin.submit', (p) => {
      stored = { ...p, _id: 'p1_m1', photos: [], photoUrls: [], minutes: p.minutes ?? null, day: '2026-11-25' };
      return { checkin: stored, created: true };
    });
});

const submits = () => cloud.calls.filter((c) => c.action === 'checkin.submit');

it('renders the body blocks and refuses a too-short reflection without sending it', async () => {
  render(<StudyDetailPage />);
  expect(await screen.findByText('学习二十届四中全会精神')).toBeTruthy();
  expect(screen.getByText('一、主要精神')).toBeTruthy();
  expect(screen.getByText(/微党课第 3 讲/)).toBeTruthy();
  fireEvent.change(screen.getByPlaceholderText('写下你的学习体会（至少 10 个字）'), { target: { value: '很好' } });
  fireEvent.click(screen.getByText('提交打卡'));
  expect(await screen.findByText('心得至少 10 个字')).toBeTruthy();
  expect(submits()).toHaveLength(0);
});

it('checks in and then shows the check-in', async () => {
  render(<StudyDetailPage />);
  await screen.findByText('学习二十届四中全会精神');
  fireEvent.change(screen.getByPlaceholderText('写下你的学习体会（至少 10 个字）'), { target: { value: reflection } });
  fireEvent.change(screen.getByPlaceholderText('如：30'), { target: { value: '45' } });
  fireEvent.click(screen.getByText('提交打卡'));
  expect(await screen.findByText('已打卡')).toBeTruthy();
  expect(screen.getByText(reflection)).toBeTruthy();
  expect(submits()[0].payload).toMatchObject({ pushId: 'p1', text: reflection, minutes: 45 });
  expect(submits()[0].payload.clientKey).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
});

it('queues a check-in made offline and sends it exactly once when back online', async () => {
  render(<StudyDetailPage />);
  await screen.findByText('学习二十届四中全会精神');
  cloud.offline = true;
  fireEvent.change(screen.getByPlaceholderText('写下你的学习体会（至少 10 个字）'), { target: { value: reflection } });
  fireEvent.click(screen.getByText('提交打卡'));
  expect(await screen.findByText('打卡已保存在本机，联网后自动提交。')).toBeTruthy();
  expect(screen.queryByText('提交打卡')).toBeNull();

  // Still offline: a flush sends nothing and keeps the queue.
  await act(() => flushCheckins());
  expect(screen.getByText('打卡已保存在本机，联网后自动提交。')).toBeTruthy();

  cloud.offline = false;
  // Two "online" events at once must not send it twice.
  await act(() => Promise.all([flushCheckins(), flushCheckins()]));
  await waitFor(() => expect(screen.queryByText('打卡已保存在本机，联网后自动提交。')).toBeNull());
  const sent = submits().filter((c) => c.payload.text === reflection);
  expect(sent).toHaveLength(1);
  expect(toasts).toEqual([]);
});
