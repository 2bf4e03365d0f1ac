/** 党费 and 活动证 pages: the member's own views and the organiser's record forms and lists. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import DuesPage from '@/pages/dues/index';
import CardPage from '@/pages/card/index';
import DuesAdminPage from '@/admin/dues/index';
import CardsAdminPage from '@/admin/cards/index';
import ThemedayPage from '@/pages/themeday/index';
import { cloudError, installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { resetTaro, toasts } from './helpers/taro';
import { secretaryOfA, tree } from './helpers/org-fixtures';

let cloud: FakeCloud;
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud()
    .on('org.tree', () => tree)
    .on('member.me', () => secretaryOfA)
    .on('member.list', (p) => ({ items: p.q === '王' ? [{ _id: 'm1', name: '王小明', city: '杭州' }] : [], nextCursor: null }));
});

const type = (placeholder: string, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });
const payloads = (action: string) => cloud.calls.filter((c) => c.action === action).map((c) => c.payload);
const pickWang = async () => {
  type('输入党员姓名查找', '王');
  fireEvent.click(await screen.findByText('王小明（杭州）'));
};

it('shows a member his reminder, arrears and records', async () => {
  cloud.on('dues.mine', () => ({
    records: [{ _id: 'm1_2026-11', memberId: 'm1', memberName: '王小明', branchId: 'bA', groupId: 'g1', month: '2026-11', amount: 12.5, method: '现金', paidOn: '2026-11-08', note: null, byName: '李', at: 1 }],
    arrears: ['2026-10'],
    thisMonthPaid: false,
    reminder: '党费提醒：您有 2026年10月的党费未交，2026年12月党费也尚未交纳，请在主题党日时向支部补交。',
  }));
  render(<DuesPage />);
  expect(await screen.findByText(/党费提醒：您有 2026年10月/)).toBeTruthy();
  expect(screen.getByText('未交月份：2026年10月')).toBeTruthy();
  expect(screen.getByText('12.5 元 · 现金 · 2026-11-08')).toBeTruthy();
});

it('records a member’s month, and shows the refusal of a month recorded twice', async () => {
  let first = true;
  cloud
    .on('dues.subsidies', () => ({ year: 2026, round: 'none', rows: [], totals: { due: 0, paid: 0 } }))
    .on('dues.record', (p) => {
      if (!first) throw cloudError('DUES.ALREADY_RECORDED', '王小明 2026年12月的党费已登记，不能重复登记');
      first = false;
      return { ...p, _id: `m1_${p.month}` };
    });
  render(<DuesAdminPage />);
  await pickWang();
  type('如：12.5', '12.5');
  fireEvent.click(screen.getByText('现金'));
  fireEvent.click(screen.getAllByText('登记党费').at(-1)!);
  await waitFor(() => expect(toasts).toContain('已登记'));
  expect(payloads('dues.record')[0]).toMatchObject({ memberId: 'm1', amount: 12.5, method: '现金' });
  await pickWang();
  type('如：12.5', '12.5');
  fireEvent.click(screen.getAllByText('登记党费').at(-1)!);
  await waitFor(() => expect(toasts).toContain('王小明 2026年12月的党费已登记，不能重复登记'));
  // A secretary sees no subsidy card, and his page does not ask for it: that is the county's.
  expect(screen.queryByText(/年度党费补助/)).toBeNull();
  expect(payloads('dues.subsidies')).toEqual([]);
});

it('lists a branch’s arrears once the secretary picks it', async () => {
  cloud
    .on('dues.subsidies', () => ({ year: 2026, round: 'none', rows: [], totals: { due: 0, paid: 0 } }))
    .on('dues.arrears', () => ({ branchId: 'bA', from: '2026-01', to: '2026-12', members: 3, paidUp: 1, rows: [{ memberId: 'm1', name: '王小明', groupId: 'g1', unpaid: ['2026-10', '2026-11'] }], recorded: { count: 20, amount: 250 } }));
  render(<DuesAdminPage />);
  fireEvent.click(await screen.findByText('杭州云支部'));
  expect(await screen.findByText('欠 2 个月：2026年10月、2026年11月')).toBeTruthy();
  expect(payloads('dues.arrears')).toEqual([{ branchId: 'bA' }]);
  expect(screen.queryByText('宁波云支部')).toBeNull();
});

it('shows the county each branch’s 党费补助 by tier and records one as paid', async () => {
  cloud.on('member.me', () => ({ ...secretaryOfA, grants: [{ role: 'county' }] }));
  let paid = false;
  cloud
    .on('dues.subsidies', () => ({
      year: 2026,
      round: 'closed',
      rows: [{ branchId: 'bA', branchName: '杭州云支部', secretaryName: '李', tier: '二档', amount: 2000, payment: paid ? { paidOn: '2026-12-07' } : null }],
      totals: { due: 2000, paid: paid ? 2000 : 0 },
    }))
    .on('dues.paySubsidy', (p) => {
      paid = true;
      return p;
    });
  render(<DuesAdminPage />);
  expect(await screen.findByText('杭州云支部（李）二档 2000 元')).toBeTruthy();
  fireEvent.click(screen.getByText('登记已拨付'));
  await waitFor(() => expect(toasts).toContain('已登记拨付'));
  expect(payloads('dues.paySubsidy')[0]).toMatchObject({ branchId: 'bA' });
  expect(await screen.findByText('已于 2026-12-07 拨付')).toBeTruthy();
});

it('shows a member his card, its state and records', async () => {
  cloud.on('card.history', () => ({
    memberId: 'm1',
    name: '王小明',
    card: { cardNo: 'HZ-2026-01', validUntil: '2026-12-31', state: 'expiring', daysLeft: 24 },
    events: [{ _id: 'e1', memberId: 'm1', branchId: 'bA', kind: 'issue', day: '2024-12-31', cardNo: 'HZ-2026-01', validUntil: '2026-12-31', year: null, passed: null, note: null, byName: '李', at: 1 }],
  }));
  render(<CardPage />);
  expect(await screen.findByText(/还剩 24 天，请及时找支部换证续期/)).toBeTruthy();
  expect(screen.getByText('发证 · 2024-12-31')).toBeTruthy();
  expect(payloads('card.history')).toEqual([{}]);
});

it('issues a card and lists the lapsed ones, then those lapsing within 30 days', async () => {
  cloud
    .on('card.list', (p) => ({
      items: p.state === 'expiring' ? [] : [{ memberId: 'm2', name: '赵过期', branchId: 'bA', groupId: 'g1', cardNo: 'HZ-OLD', validUntil: '2026-11-01', state: 'expired', daysLeft: -36 }],
      nextCursor: null,
    }))
    .on('card.record', (p) => ({ event: { ...p, _id: 'e2' }, card: { cardNo: p.cardNo, validUntil: p.validUntil, state: 'valid', daysLeft: 700 } }));
  render(<CardsAdminPage />);
  expect(await screen.findByText('已过期 36 天（2026-11-01）')).toBeTruthy();
  fireEvent.click(screen.getByText('30 天内到期'));
  expect(await screen.findByText('30 天内没有到期的活动证')).toBeTruthy();
  await pickWang();
  type('如：HZ-2026-0001', 'HZ-2026-09');
  // The date pickers: 办理日期 (today by default), then 有效期至.
  const dates = document.querySelectorAll('input[type="date"]');
  fireEvent.change(dates[1], { target: { value: '2028-12-31' } });
  fireEvent.click(screen.getAllByText('登记').at(-1)!);
  await waitFor(() => expect(payloads('card.record')).toHaveLength(1));
  expect(payloads('card.record')[0]).toMatchObject({ kind: 'issue', memberId: 'm1', cardNo: 'HZ-2026-09', validUntil: '2028-12-31' });
  await waitFor(() => expect(toasts).toContain('已登记'));
});

it('puts the dues line on the theme day’s 提示单', async () => {
  const start = Date.parse('2026-12-10T01:00:00Z');
  const occurrence = { id: 'bA_2026-12', branchId: 'bA', month: '2026-12', day: '2026-12-10', start, end: start + 7_200_000, signinOpens: start - 1_800_000, signinCloses: start + 7_200_000 };
  const line = '党费提醒：2026年12月党费尚未交纳，可在主题党日时交给支部。';
  cloud.on('themeday.current', () => ({ occurrence, sheet: { theme: '学党章', agenda: ['集中学习'], links: [], fromCounty: true }, open: false, signin: null, onlineSignin: true, consents: {}, longTerm: [], duesReminder: line }));
  render(<ThemedayPage />);
  expect(await screen.findByText(line)).toBeTruthy();
});

it('files a 招商线索 naming the member who brought it, and filters the pipeline by kind', async () => {
  const { default: ProjectsPage } = await import('@/admin/projects/index');
  const { emptyTotals } = await import('@/domain/hometown/pipeline.rules');
  cloud.on('project.list', () => ({ items: [], nextCursor: null, totals: emptyTotals() })).on('project.create', (p) => ({ ...p, _id: 'p9' }));
  render(<ProjectsPage />);
  fireEvent.click(await screen.findByText('登记新项目'));
  // The form's chips come before the list's kind filter.
  fireEvent.click(screen.getAllByText('招商线索')[0]);
  expect(screen.getByText('带来线索的党员')).toBeTruthy();
  type('请输入项目名称', '浙商茶叶加工厂');
  type('如：茶叶种植', '茶叶加工');
  type('如：汤山镇龙井村', '汤山镇');
  type('如：120.5', '500');
  type('如：30', '40');
  await pickWang();
  fireEvent.click(screen.getAllByText('登记项目').at(-1)!);
  await waitFor(() => expect(payloads('project.create')).toHaveLength(1));
  expect(payloads('project.create')[0]).toMatchObject({ kind: '招商线索', memberId: 'm1' });
  fireEvent.click(screen.getAllByText('家乡产品').at(-1)!);
  await waitFor(() => expect(payloads('project.list').at(-1)).toEqual({ kind: '家乡产品' }));
});

it('withdraws a record made in error with its reason', async () => {
  cloud.on('dues.subsidies', () => ({ year: 2026, round: 'none', rows: [], totals: { due: 0, paid: 0 } })).on('dues.void', (p) => ({ memberId: p.memberId, month: p.month, voided: true }));
  render(<DuesAdminPage />);
  fireEvent.click(await screen.findByText('撤销一条登记'));
  // The void form's member search is the second on the page (after the record form's).
  fireEvent.change(screen.getAllByPlaceholderText('输入党员姓名查找').at(-1)!, { target: { value: '王' } });
  fireEvent.click((await screen.findAllByText('王小明（杭州）')).at(-1)!);
  type('要撤销的月份，如：2026-11', '2026-11');
  type('如：金额录错', '金额录错');
  fireEvent.click(screen.getByText('撤销登记'));
  await waitFor(() => expect(toasts).toContain('已撤销'));
  expect(payloads('dues.void')).toEqual([{ memberId: 'm1', month: '2026-11', reason: '金额录错' }]);
});
