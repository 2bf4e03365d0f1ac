/** The member's theme-day page: the 提示单, online sign-in then a reminder request of its own, on-site sign-in by link. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import ThemedayPage from '@/pages/themeday/index';
import { askReminderConsent } from '@/features/themeday/reminder-consent';
import { cloudError, installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { resetTaro, toasts } from './helpers/taro';
import { privacy } from './helpers/wx-platform-rules';

const start = Date.parse('2026-11-10T01:00:00Z');
const occurrence = { id: 'b1_2026-11', branchId: 'b1', month: '2026-11', day: '2026-11-10', start, end: start + 7_200_000, signinOpens: start - 1_800_000, signinCloses: start + 7_200_000 };

let cloud: FakeCloud;
let signin: { mode: string; at: number } | null;
let onlineSignin: boolean;
beforeEach(() => {
  signin = null;
  onlineSignin = true;
  cloud = installFakeCloud()
    .on('themeday.current', () => ({
      occurrence,
      sheet: { theme: '学习新修订的党章', agenda: ['集中学习党章', '交流在外务工情况'], links: [{ title: '党章全文', url: 'https://example.org/dz' }], fromCounty: true },
      open: true,
      signin,
      onlineSignin,
      consents: {},
      longTerm: [],
    }))
    .on('themeday.signin', (p) => {
      signin = { mode: p.mode, at: start };
      return { occurrenceId: occurrence.id, ...signin };
    })
    .on('themeday.subscribe', (p) => ({ consents: { 'local-themeday-reminder': Object.values(p.results).filter((r) => r === 'accept').length }, longTerm: [] }));
});

afterEach(() => {
  process.env.TARO_ENV = 'h5';
});

it.each(['h5', 'weapp'] as const)('%s: signs in online, then offers the next reminder as a tap of its own', async (platform) => {
  resetTaro();
  process.env.TARO_ENV = platform;
  render(<ThemedayPage />);
  expect(await screen.findByText('学习新修订的党章')).toBeTruthy();
  expect(screen.getByText('2. 交流在外务工情况')).toBeTruthy();
  fireEvent.click(screen.getByText('线上签到'));
  expect(await screen.findByText(/已签到（线上/)).toBeTruthy();
  // Signing in asks nothing: a dialog chained after the request would never show on a phone.
  expect(cloud.calls.map((c) => c.action)).toEqual(['themeday.current', 'themeday.signin', 'themeday.current']);
  expect(cloud.calls[1].payload).toEqual({ mode: 'online', occurrenceId: 'b1_2026-11' });
  fireEvent.click(screen.getByText('订阅主题党日提醒'));
  await waitFor(() => expect(cloud.calls.map((c) => c.action)).toContain('themeday.subscribe'));
  expect(cloud.calls.find((c) => c.action === 'themeday.subscribe')?.payload).toEqual({ results: { 'local-themeday-reminder': 'accept' } });
});

it.each(['h5', 'weapp'] as const)('%s: the consent dialog opens only synchronously inside a tap (as WeChat requires)', async (platform) => {
  resetTaro();
  process.env.TARO_ENV = platform;
  const refusal = { errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.' };
  await expect(askReminderConsent()).rejects.toEqual(refusal);
  // The old page's order: a request first, then the dialog, inside the same tap.
  const late: Promise<unknown>[] = [];
  const button = document.createElement('div');
  button.addEventListener('click', () => {
    late.push((async () => {
      await Promise.resolve();
      return askReminderConsent();
    })());
  });
  document.body.appendChild(button);
  fireEvent.click(button);
  await expect(late[0]).rejects.toEqual(refusal);
  expect(cloud.calls.map((c) => c.action)).not.toContain('themeday.subscribe');
});

it('weapp: a link in the 提示单 is copied only after the privacy sheet is agreed to', async () => {
  resetTaro();
  process.env.TARO_ENV = 'weapp';
  render(<ThemedayPage />);
  fireEvent.click(await screen.findByText('【链接】党章全文'));
  expect(await screen.findByText('隐私保护提示')).toBeTruthy();
  expect(privacy.asked).toEqual(['setClipboardData']);
  expect(toasts).toEqual([]);
  fireEvent.click(screen.getByText('同意并继续'));
  await waitFor(() => expect(toasts).toContain('链接已复制，请在浏览器打开'));
  expect(screen.queryByText('隐私保护提示')).toBeNull();
  expect(privacy.agreed).toBe(true);
});

it('weapp: declining the privacy sheet copies nothing and says why', async () => {
  resetTaro();
  process.env.TARO_ENV = 'weapp';
  render(<ThemedayPage />);
  fireEvent.click(await screen.findByText('【链接】党章全文'));
  fireEvent.click(await screen.findByText('不同意'));
  await waitFor(() => expect(toasts).toContain('未同意隐私保护指引，无法复制链接'));
  expect(privacy.agreed).toBe(false);
});

it('offers no online sign-in when the branch turned it off', async () => {
  resetTaro();
  onlineSignin = false;
  render(<ThemedayPage />);
  expect(await screen.findByText(/本支部只认现场签到/)).toBeTruthy();
  expect(screen.queryByText('线上签到')).toBeNull();
});

it('signs in on site with the code of the scanned link, and shows a refused code', async () => {
  resetTaro({ code: encodeURIComponent('t1.b1_2026-11.SIG') });
  render(<ThemedayPage />);
  expect(await screen.findByText(/已签到（现场/)).toBeTruthy();
  expect(cloud.calls.find((c) => c.action === 'themeday.signin')?.payload).toEqual({ mode: 'onsite', code: 't1.b1_2026-11.SIG' });

  signin = null;
  cloud.on('themeday.signin', () => {
    throw cloudError('THEMEDAY.CODE_INVALID', '签到码无效或已过期');
  });
  resetTaro({ code: 'forged' });
  render(<ThemedayPage />);
  await screen.findAllByText('学习新修订的党章');
  await new Promise((r) => setTimeout(r, 0));
  expect(toasts).toContain('签到码无效或已过期');
});

it('shows the branch\'s meeting place and opens its online meeting link', async () => {
  resetTaro();
  const opened: string[] = [];
  window.open = ((url: string) => {
    opened.push(url);
    return null;
  }) as typeof window.open;
  cloud.on('themeday.current', () => ({ occurrence, sheet: { theme: '学党章', agenda: ['集中学习'], links: [], fromCounty: true }, open: false, signin: null, consents: {}, longTerm: [], place: '西湖区文三路 1 号', meetingUrl: 'https://meeting.tencent.com/dm/abc' }));
  render(<ThemedayPage />);
  expect(await screen.findByText('西湖区文三路 1 号')).toBeTruthy();
  fireEvent.click(screen.getByText('打开会议链接'));
  expect(opened).toEqual(['https://meeting.tencent.com/dm/abc']);
});
