/** 述职评议 pages: opening a round (shared-schema checks), the reviewer's sheet, the county's close, a secretary's result. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import EvalRoundsPage from '@/pages/eval-rounds/index';
import EvalScorePage from '@/pages/eval-score/index';
import EvalRoundPage from '@/admin/eval-round/index';
import EvalMinePage from '@/pages/eval-mine/index';
import { cloudError, installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { navigations, resetTaro, toasts } from './helpers/taro';
import { secretaryOfA, tree } from './helpers/org-fixtures';

const county = { openid: 'c1', name: '组织部', grants: [{ role: 'county' }], member: null, branch: null, group: null, county: tree.county };
const criteria = [
  { name: '抓党建', weight: 40, maxScore: 10 },
  { name: '管党员', weight: 30, maxScore: 10 },
  { name: '促发展', weight: 30, maxScore: 10 },
];
const tiers = [
  { name: '一档', minScore: 90, amount: 3000 },
  { name: '二档', minScore: 75, amount: 2000 },
  { name: '三档', minScore: 0, amount: 1000 },
];
const head = { _id: 'r2026', year: 2026, title: '2026 年度流动党支部书记述职评议', status: 'open', startDay: '2026-12-01', endDay: '2026-12-20', criteria, tiers, createdAt: 1, closedAt: null };

let cloud: FakeCloud;
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud().on('org.tree', () => tree);
});

const dateInput = (placeholderText: string) => screen.getByText(placeholderText).closest('label')!.querySelector('input')!;

it('lets the county open a round after the shared schema accepts the weights', async () => {
  const found = [
    { _id: 'm2', openid: 'r2', name: '王评委', city: '杭州', masked: false },
    { _id: 'm3', openid: 'import:m3', name: '王未认领', city: '宁波', unclaimed: true, masked: false },
  ];
  cloud
    .on('member.me', () => county)
    .on('eval.rounds', () => ({ items: [] }))
    .on('eval.openRound', (p) => ({ ...head, ...p }))
    .on('member.list', (q) => ({ items: q.q === '王' ? found : [], nextCursor: null }));
  render(<EvalRoundsPage />);
  fireEvent.click(await screen.findByText('发起年度述职评议'));
  expect(screen.getByText('评议项目：名称 · 权重 · 满分（权重合计 100/100）')).toBeTruthy();
  fireEvent.change(dateInput('请选择评分结束日期'), { target: { value: '2099-12-20' } });
  fireEvent.change(screen.getAllByPlaceholderText('权重')[0], { target: { value: '50' } });
  expect(screen.getByText('评议项目：名称 · 权重 · 满分（权重合计 110/100）')).toBeTruthy();
  fireEvent.click(screen.getByText('发起评议'));
  expect(await screen.findByText('各项权重合计须为 100（当前 110）')).toBeTruthy();
  expect(cloud.calls.some((c) => c.action === 'eval.openRound')).toBe(false);

  fireEvent.change(screen.getAllByPlaceholderText('权重')[0], { target: { value: '40' } });
  fireEvent.change(screen.getByPlaceholderText('一档补助金额'), { target: { value: '3500' } });
  // Reviewers by name: the county himself to start with, then a member found in the ledger; no openid is typed.
  expect(screen.getByText('组织部 ✕')).toBeTruthy();
  expect(screen.queryByPlaceholderText(/用户编号|openid/i)).toBeNull();
  fireEvent.input(screen.getByPlaceholderText('输入党员姓名查找'), { target: { value: '王' } });
  fireEvent.click(await screen.findByText('王评委（杭州）'));
  expect(screen.getByText('评委（2 位，点姓名移除）')).toBeTruthy();
  // A record imported and never claimed has no WeChat user behind it: tapping it adds nobody.
  fireEvent.click(screen.getByText('王未认领（宁波）'));
  expect(screen.getByText('评委（2 位，点姓名移除）')).toBeTruthy();
  fireEvent.click(screen.getByText('发起评议'));
  await waitFor(() => expect(cloud.calls.some((c) => c.action === 'eval.openRound')).toBe(true));
  const sent = cloud.calls.find((c) => c.action === 'eval.openRound')!.payload;
  expect(sent).toMatchObject({ endDay: '2099-12-20', criteria, reviewerOpenids: ['c1', 'r2'] });
  expect(sent.tiers).toEqual([{ ...tiers[0], amount: 3500 }, tiers[1], tiers[2]]);
});

it('lists a reviewer\'s rounds and leads a secretary to his own result', async () => {
  cloud.on('member.me', () => secretaryOfA).on('eval.rounds', () => ({ items: [{ ...head, evalueeCount: 12, reviewerCount: 5, isReviewer: true, canManage: false }] }));
  render(<EvalRoundsPage />);
  expect(await screen.findByText('12 位书记 · 5 位评委 · 抓党建40%、管党员30%、促发展30%')).toBeTruthy();
  expect(screen.queryByText('发起年度述职评议')).toBeNull();
  expect(screen.queryByText('进度')).toBeNull();
  fireEvent.click(screen.getByText('去评分'));
  fireEvent.click(screen.getByText('我的述职评议结果 ›'));
  expect(navigations).toEqual(['/pages/eval-score/index?id=r2026', '/pages/eval-mine/index']);
});

it('scores a secretary, skips the reviewer\'s own branch, and shows a refused score', async () => {
  resetTaro({ id: 'r2026' });
  let saved: number[] | null = null;
  cloud.on('eval.sheet', () => ({
    round: head,
    open: true,
    rows: [
      { branchId: 'bA', branchName: '杭州云支部', secretaryName: '李', own: true, scores: null, at: null },
      { branchId: 'bB', branchName: '宁波云支部', secretaryName: '赵', own: false, scores: saved, at: saved ? Date.UTC(2026, 11, 2, 2) : null },
    ],
  }));
  cloud.on('eval.score', (p) => {
    if (p.scores[0] > 10) throw cloudError('EVAL.SCORE_OUT_OF_RANGE', '「抓党建」的分数须在 0–10 之间');
    saved = p.scores;
    return { ...p, at: 1, revised: false };
  });
  render(<EvalScorePage />);
  expect(await screen.findByText('本人任书记，回避')).toBeTruthy();
  // Only 宁波's card has inputs: the reviewer's own branch has none.
  expect(screen.getAllByPlaceholderText('抓党建得分')).toHaveLength(1);
  fireEvent.change(screen.getByPlaceholderText('抓党建得分'), { target: { value: '11' } });
  fireEvent.change(screen.getByPlaceholderText('管党员得分'), { target: { value: '8.5' } });
  fireEvent.change(screen.getByPlaceholderText('促发展得分'), { target: { value: '9' } });
  fireEvent.click(screen.getByText('提交评分'));
  await waitFor(() => expect(toasts).toEqual(['「抓党建」的分数须在 0–10 之间']));
  fireEvent.change(screen.getByPlaceholderText('抓党建得分'), { target: { value: '9.5' } });
  fireEvent.click(screen.getByText('提交评分'));
  expect(await screen.findByText('修改评分')).toBeTruthy();
  expect(screen.getByText(/已评 2026-12-02 10:00/)).toBeTruthy();
  expect(cloud.calls.filter((c) => c.action === 'eval.score').map((c) => c.payload)).toEqual([
    { roundId: 'r2026', branchId: 'bB', scores: [11, 8.5, 9] },
    { roundId: 'r2026', branchId: 'bB', scores: [9.5, 8.5, 9] },
  ]);
});

it('lets the county follow progress, close the round and read the tiers', async () => {
  resetTaro({ id: 'r2026' });
  let closed = false;
  const results = [
    { branchId: 'bA', branchName: '杭州云支部', secretaryName: '李', sheets: 3, means: [9, 9, 9], score: 90, tier: '一档', amount: 3000 },
    { branchId: 'bB', branchName: '宁波云支部', secretaryName: '赵', sheets: 0, means: [null, null, null], score: null, tier: null, amount: 0 },
  ];
  cloud
    .on('eval.results', () =>
      closed
        ? { round: { ...head, status: 'closed' }, results, progress: null }
        : { round: head, results: null, progress: { evaluees: [{ branchId: 'bA', branchName: '杭州云支部', secretaryName: '李', sheets: 3 }], reviewers: [{ openid: 'c1', name: '王评委', sheets: 1 }] } },
    )
    .on('eval.closeRound', () => {
      closed = true;
      return { round: head, results };
    });
  render(<EvalRoundPage />);
  expect(await screen.findByText('王评委')).toBeTruthy();
  fireEvent.click(screen.getByText('结束评议并定档'));
  expect(await screen.findByText('一档 1 人 · 二档 0 人 · 三档 0 人 · 未评分 1 人 · 补助合计 ¥3000')).toBeTruthy();
  expect(screen.getByText('90 分 · 一档 · ¥3000')).toBeTruthy();
  expect(screen.getByText('未评分')).toBeTruthy();
  expect(cloud.calls.find((c) => c.action === 'eval.closeRound')?.payload).toEqual({ roundId: 'r2026' });
});

it('shows a secretary his own result with the criteria, or that the round is still open', async () => {
  cloud.on('eval.mine', () => ({
    items: [
      { round: { ...head, _id: 'r2027', title: '2027 年度评议' }, results: null },
      { round: { ...head, status: 'closed' }, results: [{ branchId: 'bA', branchName: '杭州云支部', secretaryName: '李', sheets: 4, means: [8, 7.5, 9], score: 81.5, tier: '二档', amount: 2000 }] },
    ],
  }));
  render(<EvalMinePage />);
  expect(await screen.findByText('81.5 分 · 二档 · ¥2000')).toBeTruthy();
  expect(screen.getByText('抓党建 8/10；管党员 7.5/10；促发展 9/10（4 位评委）')).toBeTruthy();
  expect(screen.getByText(/评议进行中/)).toBeTruthy();
});

it('says why a single reviewer\'s breakdown is not shown', async () => {
  cloud.on('eval.mine', () => ({
    items: [{ round: { ...head, status: 'closed' }, results: [{ branchId: 'bA', branchName: '杭州云支部', secretaryName: '李', sheets: 1, means: [null, null, null], score: 78, tier: '三档', amount: 1000 }] }],
  }));
  render(<EvalMinePage />);
  expect(await screen.findByText('78 分 · 三档 · ¥1000')).toBeTruthy();
  expect(screen.getByText('分项得分不显示（仅 1 位评委，分项即其个人评分）')).toBeTruthy();
});

it('puts the latest round on the dashboard: tiers for the county, a branch\'s own result for a branch', async () => {
  const { EvalStatsCard } = await import('@/features/evaluation/eval-stats-card');
  const results = [
    { branchId: 'bA', branchName: '杭州云支部', secretaryName: '李', sheets: 3, means: [9, 9, 9], score: 90, tier: '一档', amount: 3000 },
    { branchId: 'bB', branchName: '宁波云支部', secretaryName: '赵', sheets: 3, means: [7, 7, 7], score: 70, tier: '三档', amount: 1000 },
  ];
  cloud
    .on('eval.rounds', () => ({ items: [{ ...head, status: 'closed', evalueeCount: 2, reviewerCount: 3, isReviewer: false, canManage: true }] }))
    .on('eval.results', () => ({ round: { ...head, status: 'closed' }, results, progress: null }));
  const { unmount } = render(<EvalStatsCard unit={{}} />);
  expect(await screen.findByText('一档 1 人 · 二档 0 人 · 三档 1 人 · 补助合计 ¥4000')).toBeTruthy();
  unmount();
  render(<EvalStatsCard unit={{ branchId: 'bB' }} />);
  expect(await screen.findByText('70 分 · 三档 · ¥1000')).toBeTruthy();
});

it('leaves the dashboard card out for callers who manage no round', async () => {
  const { EvalStatsCard } = await import('@/features/evaluation/eval-stats-card');
  cloud.on('eval.rounds', () => ({ items: [{ ...head, evalueeCount: 2, reviewerCount: 3, isReviewer: true, canManage: false }] }));
  const { container } = render(<EvalStatsCard unit={{}} />);
  await waitFor(() => expect(cloud.calls.some((c) => c.action === 'eval.rounds')).toBe(true));
  await waitFor(() => expect(container.textContent).toBe(''));
  expect(cloud.calls.some((c) => c.action === 'eval.results')).toBe(false);
});
