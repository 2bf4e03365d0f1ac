/** The secretary's theme-day page: attendance per branch, a branch's on-site code and absentees, the rule form. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import ThemedayAdminPage from '@/admin/themeday-admin/index';
import { installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { resetTaro, toasts } from './helpers/taro';
import { secretaryOfA, tree } from './helpers/org-fixtures';


let cloud: FakeCloud;
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud()
    .on('org.tree', () => tree)
    .on('member.me', () => secretaryOfA)
    .on('themeday.attendance', (q) =>
      q.month
        ? { occurrence: null, month: q.month, rows: [{ branchId: 'bA', name: '杭州云支部', planned: true, expected: 30, signedIn: 24, online: 20, onsite: 4, rate: 0.8 }] }
        : { occurrence: { id: q.occurrenceId, siteCode: `t2.bA.${cloud.calls.length}.SIGNATURE`, siteCodeRefreshAt: Date.now() + 1_000, branchId: 'bA', month: '2026-11', day: '2026-11-10', start: 0, end: 1, signinOpens: 0, signinCloses: 1 }, month: '2026-11', rows: [], absentees: [{ memberId: 'm9', name: '陈强', phone: '138****0009' }] },
    )
    .on('themeday.delivery', (q) => ({
      occurrenceId: q.occurrenceId,
      branchId: 'bA',
      stages: [
        { stage: 'before', started: true, finished: true, startedAt: 1, updatedAt: 2, processed: 30, expected: 30, counts: { sent: 26, no_consent: 3, refused: 1, failed: 0, pending: 0 } },
        { stage: 'dayOf', started: true, finished: false, startedAt: 3, updatedAt: 4, processed: 12, expected: 30, counts: { sent: 12, no_consent: 0, refused: 0, failed: 0, pending: 0 } },
      ],
      notReached: [{ memberId: 'm7', name: '刘芳', phone: '138****0007', stage: 'before', state: 'refused', reason: '43101' }],
      notReachedNextCursor: null,
    }))
    .on('themeday.plan', (p) => ({ kind: 'rule', branchId: p.branchId, plan: p.plan, next: { start: Date.parse('2026-12-04T11:30:00Z') } }))
    .on('themeday.setup', () => ({ months: ['2026-11', '2026-12'], sheets: { '2026-11': null, '2026-12': null }, plan: null, additions: { '2026-11': null, '2026-12': null }, next: null }));
});

it('shows attendance per branch, then the tapped branch’s on-site code and absentees', async () => {
  render(<ThemedayAdminPage />);
  expect(await screen.findByText('24/30 · 80%')).toBeTruthy();
  fireEvent.click(screen.getByText('杭州云支部'));
  expect(await screen.findByText('陈强')).toBeTruthy();
  expect(screen.getByText(/^t2\.bA\.\d+\.SIGNATURE$/)).toBeTruthy();
  // Reminder delivery: a finished and a running stage, and who was not reached.
  expect(screen.getByText('已送达 26 · 未订阅 3 · 已拒收 1')).toBeTruthy();
  expect(screen.getByText('进行中 12/30')).toBeTruthy();
  expect(screen.getByText('刘芳')).toBeTruthy();
  await waitFor(() => expect(document.querySelector('img.qr')?.getAttribute('src')).toMatch(/^data:image\/svg\+xml/));
  const detail = cloud.calls.filter((c) => c.action === 'themeday.attendance').at(-1)!.payload;
  expect(detail.absentees).toBe(true);
  expect(detail.occurrenceId).toMatch(/^bA_\d{4}-\d{2}$/);
  // A secretary has no 提示单 tab (county only).
  expect(screen.queryByText('提示单')).toBeNull();
});

it('renews the on-site code on the screen when its step ends, so a photo of it goes stale', async () => {
  render(<ThemedayAdminPage />);
  fireEvent.click(await screen.findByText('杭州云支部'));
  const first = (await screen.findByText(/^t2\.bA\.\d+\.SIGNATURE$/)).textContent;
  await waitFor(() => expect(screen.getByText(/^t2\.bA\.\d+\.SIGNATURE$/).textContent).not.toBe(first), { timeout: 4_000 });
  expect(screen.getByText(/每 30 秒更换/)).toBeTruthy();
  const renewal = cloud.calls.filter((c) => c.action === 'themeday.attendance').at(-1)!.payload;
  expect(renewal).toEqual({ occurrenceId: expect.stringMatching(/^bA_/) });
});

it('lets the branch turn online sign-in off', async () => {
  render(<ThemedayAdminPage />);
  fireEvent.click(await screen.findByText('支部规则'));
  fireEvent.click(await screen.findByText('仅现场扫码'));
  fireEvent.click(screen.getByText('保存规则'));
  await waitFor(() => expect(cloud.calls.find((c) => c.action === 'themeday.plan')?.payload.plan.onlineSignin).toBe(false));
});

it('saves the first-Friday rule of his branch and shows the next meeting in Shanghai time', async () => {
  render(<ThemedayAdminPage />);
  fireEvent.click(await screen.findByText('支部规则'));
  fireEvent.click(await screen.findByText('每月第几个星期几'));
  fireEvent.click(screen.getByText('第1个'));
  fireEvent.click(screen.getByText('星期五'));
  fireEvent.click(screen.getByText('保存规则'));
  expect(await screen.findByText('下一次：2026-12-04 19:30')).toBeTruthy();
  expect(cloud.calls.find((c) => c.action === 'themeday.plan')!.payload).toEqual({
    kind: 'rule', branchId: 'bA', plan: { rule: { kind: 'nthWeekday', n: 1, weekday: 5 }, time: '19:30', durationMinutes: 90, onlineSignin: true },
  });
});

const saved = {
  months: ['2026-11', '2026-12'],
  sheets: { '2026-11': null, '2026-12': null },
  plan: { rule: { kind: 'nthWeekday', n: 2, weekday: 6 }, time: '09:00', durationMinutes: 120, onlineSignin: true, place: '西湖区文三路 1 号', meetingUrl: 'https://meeting.tencent.com/dm/abc', overrides: [{ month: '2026-10', day: '2026-10-08' }] },
  additions: { '2026-11': null, '2026-12': { agenda: ['讨论返乡创业项目', '交流务工情况'], links: [{ title: '党章全文', url: 'https://www.12371.cn/dzqw' }] } },
  next: { start: Date.parse('2026-12-12T01:00:00Z') },
};

it('shows the saved rule, place, meeting link, holiday move and additions, not the defaults', async () => {
  cloud.on('themeday.setup', () => saved);
  render(<ThemedayAdminPage />);
  fireEvent.click(await screen.findByText('支部规则'));
  expect(await screen.findByDisplayValue('西湖区文三路 1 号')).toBeTruthy();
  expect(screen.getByDisplayValue('https://meeting.tencent.com/dm/abc')).toBeTruthy();
  expect(screen.getByText('09:00')).toBeTruthy();
  expect(screen.getByDisplayValue('120')).toBeTruthy();
  expect(screen.getByText('2026-10 改在 2026-10-08')).toBeTruthy();
  expect(screen.getByText('下一次：2026-12-12 09:00')).toBeTruthy();
  expect(screen.queryByDisplayValue('10')).toBeNull();
  expect(screen.getByDisplayValue(/讨论返乡创业项目\s+交流务工情况/)).toBeTruthy();
  // Saving sends the saved plan back unchanged, the holiday move included.
  fireEvent.click(screen.getByText('保存规则'));
  await waitFor(() => expect(cloud.calls.find((c) => c.action === 'themeday.plan')?.payload).toEqual({ kind: 'rule', branchId: 'bA', plan: saved.plan }));
});

it('drops a holiday move, refuses a bad meeting link in Chinese by label, and clears the error as it is edited', async () => {
  cloud.on('themeday.setup', () => saved);
  render(<ThemedayAdminPage />);
  fireEvent.click(await screen.findByText('支部规则'));
  const link = await screen.findByDisplayValue('https://meeting.tencent.com/dm/abc');
  fireEvent.click(screen.getByText('删除'));
  expect(screen.getByText('暂无调整')).toBeTruthy();
  fireEvent.change(link, { target: { value: 'zoom' } });
  fireEvent.click(screen.getByText('保存规则'));
  expect(await screen.findByText('链接须以 http:// 或 https:// 开头')).toBeTruthy();
  expect(toasts.at(-1)).toBe('输入有误：计划·线上会议链接');
  fireEvent.change(link, { target: { value: 'https://meeting.tencent.com/dm/xyz' } });
  expect(screen.queryByText('链接须以 http:// 或 https:// 开头')).toBeNull();
  fireEvent.click(screen.getByText('保存规则'));
  await waitFor(() => expect(cloud.calls.filter((c) => c.action === 'themeday.plan').at(-1)?.payload.plan).toEqual({ ...saved.plan, overrides: undefined, meetingUrl: 'https://meeting.tencent.com/dm/xyz' }));
});

it('saves the branch additions to next month\'s 提示单 from the lines typed', async () => {
  render(<ThemedayAdminPage />);
  fireEvent.click(await screen.findByText('支部规则'));
  const agenda = await screen.findByPlaceholderText(/讨论返乡创业项目/);
  fireEvent.input(agenda, { target: { value: '讨论冷库选址\n\n交流务工情况' } });
  fireEvent.change(agenda, { target: { value: '讨论冷库选址\n\n交流务工情况' } });
  fireEvent.click(screen.getByText('保存支部补充'));
  await waitFor(() =>
    expect(cloud.calls.find((c) => c.action === 'themeday.plan')?.payload).toEqual({ kind: 'additions', branchId: 'bA', month: '2026-12', additions: { agenda: ['讨论冷库选址', '交流务工情况'], links: [] } }),
  );
});
