/** The member's theme-day page: the 提示单, online sign-in then a reminder request, on-site sign-in by link. */
import { fireEvent, render, screen } from '@testing-library/react';
import ThemedayPage from '@/pages/themeday/index';
import { cloudError, installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { resetTaro, toasts } from './helpers/taro';

const start = Date.parse('2026-11-10T01:00:00Z');
const occurrence = { id: 'b1_2026-11', branchId: 'b1', month: '2026-11', day: '2026-11-10', start, end: start + 7_200_000, signinOpens: start - 1_800_000, signinCloses: start + 7_200_000 };

let cloud: FakeCloud;
let signin: { mode: string; at: number } | null;
beforeEach(() => {
  signin = null;
  cloud = installFakeCloud()
    .on('themeday.current', () => ({
      occurrence,
      sheet: { theme: '学习新修订的党章', agenda: ['集中学习党章', '交流在外务工情况'], links: [{ title: '党章全文', url: 'https://example.org/dz' }], fromCounty: true },
      open: true,
      signin,
      consents: {},
      longTerm: [],
    }))
    .on('themeday.signin', (p) => {
      signin = { mode: p.mode, at: start };
      return { occurrenceId: occurrence.id, ...signin };
    })
    .on('themeday.subscribe', (p) => ({ consents: { 'local-themeday-reminder': Object.values(p.results).filter((r) => r === 'accept').length }, longTerm: [] }));
});

it('signs in online, then asks for the next reminder', async () => {
  resetTaro();
  render(<ThemedayPage />);
  expect(await screen.findByText('学习新修订的党章')).toBeTruthy();
  expect(screen.getByText('2. 交流在外务工情况')).toBeTruthy();
  fireEvent.click(screen.getByText('线上签到'));
  expect(await screen.findByText(/已签到（线上/)).toBeTruthy();
  expect(cloud.calls.map((c) => c.action)).toEqual(['themeday.current', 'themeday.signin', 'themeday.subscribe', 'themeday.current']);
  expect(cloud.calls[1].payload).toEqual({ mode: 'online', occurrenceId: 'b1_2026-11' });
  expect(cloud.calls[2].payload).toEqual({ results: { 'local-themeday-reminder': 'accept' } });
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
