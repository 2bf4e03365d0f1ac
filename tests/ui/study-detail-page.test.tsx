/**
 * A member reads a push and checks in: validation by the shared schema, a sent check-in, and a
 * check-in made offline that is queued, shown as queued, and sent exactly once when back online.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import StudyDetailPage from '@/pages/study-detail/index';
import { flushCheckins } from '@/features/study/checkin-queue';
import { installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { PHOTO_MAX_BYTES, PHOTO_MAX_HEIGHT, PHOTO_MAX_WIDTH } from '@/domain/study/photo.rules';
import { resetTaro, toasts, uploads } from './helpers/taro';
import { privacy } from './helpers/wx-platform-rules';

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

describe('weapp: photos for the check-in', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
  });
  afterEach(() => {
    process.env.TARO_ENV = 'h5';
  });

  it('asks for the privacy agreement first, then shrinks a phone photo to the image check limits before uploading it', async () => {
    render(<StudyDetailPage />);
    fireEvent.click(await screen.findByText('+'));
    // chooseMedia is held until the member agrees to the privacy guide on the sheet.
    expect(await screen.findByText('隐私保护提示')).toBeTruthy();
    expect(privacy.asked).toEqual(['chooseMedia']);
    expect(uploads.size).toBe(0);
    fireEvent.click(screen.getByText('同意并继续'));
    await waitFor(() => expect(uploads.size).toBe(6)); // as many as the form still takes (PHOTOS_MAX)
    for (const [cloudPath, f] of uploads) {
      expect(cloudPath).toMatch(/^uploads\/dev_test\//);
      expect(f.width).toBeLessThanOrEqual(PHOTO_MAX_WIDTH);
      expect(f.height).toBeLessThanOrEqual(PHOTO_MAX_HEIGHT);
      expect(f.size).toBeLessThanOrEqual(PHOTO_MAX_BYTES);
    }
    // The phone's 3024 × 4032 photo keeps its proportions: 750 × 1000.
    expect([...uploads.values()][0]).toMatchObject({ width: 750, height: 1000 });
    expect(document.querySelectorAll('img.photo')).toHaveLength(6);
  });

  it('uploads nothing when the member declines the privacy guide', async () => {
    render(<StudyDetailPage />);
    fireEvent.click(await screen.findByText('+'));
    fireEvent.click(await screen.findByText('不同意'));
    await waitFor(() => expect(screen.queryByText('隐私保护提示')).toBeNull());
    expect(uploads.size).toBe(0);
    expect(privacy.agreed).toBe(false);
  });
});
