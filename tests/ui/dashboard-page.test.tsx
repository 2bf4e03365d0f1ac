/** 数据看板: unit picker within the caller's scope, month picker, figure tiles, both charts, area sections. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import DashboardPage from '@/pages/dashboard/index';
import { cityBars, rateBars } from '@/features/dashboard/dashboard-charts';
import { installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { resetTaro } from './helpers/taro';
import { secretaryOfA, tree } from './helpers/org-fixtures';

// jsdom has no canvas: the chart wrapper is replaced by its label (the element trees are checked below through their data).
jest.mock('@/components/chart/f2-chart', () => ({ F2Chart: ({ id, label }: { id: string; label: string }) => <div data-testid={id}>{label}</div> }));
jest.mock('@antv/f2', () => ({ jsx: (type: unknown, props: object) => ({ type, props }), Axis: 'Axis', Chart: 'Chart', Interval: 'Interval', TextGuide: 'TextGuide' }));

const view = (over: Record<string, unknown> = {}) => ({
  unit: { kind: 'county', id: null, name: '全县' },
  month: '2026-11',
  org: { committees: 1, branches: 2, groups: 2 },
  members: { total: 120, lost: 6, byCity: [{ city: '杭州', count: 70 }, { city: '宁波', count: 40 }], otherCities: 10, cities: 5, ended: { total: 75, byReason: { 返乡: 4, 返乡创业: 45, 回村任职: 26, 组织关系转出: 0, 其他: 0 } } },
  pairing: { cadres: 4, paired: 90, share: 0.75, contacts: 33 },
  study: { pushes: 2, expected: 240, done: 180, rate: 0.75 },
  themeday: { planned: 2, held: 2, expected: 100, signedIn: 80, rate: 0.8 },
  ...over,
});

const county = { ...secretaryOfA, grants: [{ role: 'county' }] };
let cloud: FakeCloud;
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud().on('org.tree', () => tree);
});

it('a county organiser sees the county, switches unit and month, and reads tiles and charts', async () => {
  cloud.on('member.me', () => county).on('stats.dashboard', (p) => (p.branchId ? view({ unit: { kind: 'branch', id: p.branchId, name: '杭州云支部' }, org: { committees: null, branches: null, groups: null }, members: { total: 50, lost: 1, byCity: [{ city: '杭州', count: 50 }], otherCities: 0, cities: 1, ended: { total: 0, byReason: { 返乡: 0, 返乡创业: 0, 回村任职: 0, 组织关系转出: 0, 其他: 0 } } } }) : view()));
  const areaPayloads = (action: string) => cloud.calls.filter((c) => c.action === action).map((c) => c.payload);
  render(<DashboardPage />);
  expect(await screen.findByText('直接管理党员')).toBeTruthy();
  expect(screen.getByText('120')).toBeTruthy();
  expect(screen.getByText('流动党委')).toBeTruthy();
  expect(screen.getByText('覆盖 75%')).toBeTruthy();
  // Ended mobile status, counted apart: the article's 26 回村任职 and 45 返乡创业.
  expect(screen.getByText('回村任职').previousSibling?.textContent).toBe('26');
  expect(screen.getByText('返乡创业').previousSibling?.textContent).toBe('45');
  expect(screen.getByText('结束流动 75 人')).toBeTruthy();
  expect(screen.getByText('80%')).toBeTruthy();
  expect(screen.getByTestId('dash-cities').textContent).toBe('各城市党员人数：杭州70人，宁波40人');
  expect(screen.getByTestId('dash-rates')).toBeTruthy();
  // The area cards below the figures load their own statistics for the unit shown.
  await waitFor(() => expect(areaPayloads('hometown.stats')).toEqual([{}]));
  expect(areaPayloads('care.stats')).toEqual([{ year: expect.any(Number) }]);
  expect(areaPayloads('eval.rounds')).toHaveLength(1);
  expect(areaPayloads('award.list')).toHaveLength(1);
  expect(cloud.calls.filter((c) => c.action === 'stats.dashboard').map((c) => c.payload)).toEqual([{ month: expect.stringMatching(/^\d{4}-\d{2}$/) }]);

  fireEvent.click(screen.getByText('杭州云支部'));
  expect(await screen.findByText('分布 1 个城市')).toBeTruthy();
  expect(screen.queryByText('流动党委')).toBeNull();
  await waitFor(() => expect(areaPayloads('hometown.stats').at(-1)).toEqual({ branchId: 'bA' }));
  expect(areaPayloads('care.stats').at(-1)).toEqual({ year: expect.any(Number), branchId: 'bA' });

  fireEvent.click(screen.getByText('‹'));
  await waitFor(() => expect(cloud.calls.filter((c) => c.action === 'stats.dashboard').length).toBe(3));
  const last = cloud.calls.filter((c) => c.action === 'stats.dashboard').at(-1)!.payload;
  expect(last.branchId).toBe('bA');
  expect(last.month).not.toBe(cloud.calls.filter((c) => c.action === 'stats.dashboard')[0].payload.month);
});

it('a secretary picks only among his branches (no county, no other branch)', async () => {
  cloud.on('member.me', () => secretaryOfA).on('stats.dashboard', (p) => view({ unit: { kind: 'branch', id: p.branchId, name: '杭州云支部' }, themeday: null }));
  render(<DashboardPage />);
  expect(await screen.findByText('直接管理党员')).toBeTruthy();
  expect(screen.queryByText('宁波云支部')).toBeNull();
  expect(screen.queryByText(tree.county.name)).toBeNull();
  expect(cloud.calls.find((c) => c.action === 'stats.dashboard')!.payload).toMatchObject({ branchId: 'bA' });
  expect(screen.queryByText('主题党日出勤率')).toBeNull();
});

it('a plain member is told the dashboard is for organisers, and nothing is asked', async () => {
  cloud.on('member.me', () => ({ ...secretaryOfA, grants: [] }));
  render(<DashboardPage />);
  expect(await screen.findByText('仅组织部、支部书记和村干部可查看数据看板')).toBeTruthy();
  expect(cloud.calls.some((c) => c.action === 'stats.dashboard')).toBe(false);
});

it('an error from the function is shown', async () => {
  cloud.on('member.me', () => county).on('stats.dashboard', () => { throw Object.assign(new Error('无权查看该范围的数据看板'), { code: 'AUTH.FORBIDDEN' }); });
  render(<DashboardPage />);
  expect(await screen.findByText(/无权查看该范围的数据看板/)).toBeTruthy();
});

it('chart data: cities with 其他, rates with and without the theme day', () => {
  expect(cityBars(view() as never)).toEqual([{ city: '杭州', count: 70 }, { city: '宁波', count: 40 }, { city: '其他', count: 10 }]);
  expect(rateBars(view() as never)).toEqual([{ name: '可联系', rate: 0.95 }, { name: '结对覆盖', rate: 0.75 }, { name: '学习打卡', rate: 0.75 }, { name: '主题党日', rate: 0.8 }]);
  expect(rateBars(view({ themeday: null }) as never).map((r) => r.name)).toEqual(['可联系', '结对覆盖', '学习打卡']);
});

it('a county with many units shows a few chips and finds the others by name', async () => {
  const many = {
    ...tree,
    branches: Array.from({ length: 12 }, (_, i) => ({ ...tree.branches[0], _id: `b${i}`, name: `测试${i}云支部` })),
  };
  cloud.on('org.tree', () => many).on('member.me', () => county).on('stats.dashboard', (p) => view(p.branchId ? { unit: { kind: 'branch', id: p.branchId, name: '测试11云支部' } } : {}));
  render(<DashboardPage />);
  expect(await screen.findByText('直接管理党员')).toBeTruthy();
  expect(screen.queryByText('测试11云支部')).toBeNull();
  expect(screen.getByText('共 14 个，输入名称查找其余')).toBeTruthy();
  fireEvent.change(screen.getByPlaceholderText('输入支部或村名筛选'), { target: { value: '测试11' } });
  fireEvent.click(await screen.findByText('测试11云支部'));
  await waitFor(() => expect(cloud.calls.filter((c) => c.action === 'stats.dashboard').at(-1)!.payload).toMatchObject({ branchId: 'b11' }));
  // The picked unit stays visible after the filter is cleared.
  fireEvent.change(screen.getByPlaceholderText('输入支部或村名筛选'), { target: { value: '' } });
  expect(screen.getAllByText('测试11云支部').length).toBeGreaterThan(0);
});

it('says a month\'s theme days are still to come instead of showing 0%', async () => {
  cloud.on('member.me', () => county).on('stats.dashboard', () => view({ themeday: { planned: 2, held: 0, expected: 0, signedIn: 0, rate: 0 } }));
  render(<DashboardPage />);
  expect(await screen.findByText('当月尚未举行')).toBeTruthy();
  expect(rateBars(view({ themeday: { planned: 2, held: 0, expected: 0, signedIn: 0, rate: 0 } }) as never).map((r) => r.name)).not.toContain('主题党日');
});
