/** The home page: first-run county setup, a member's branch and group, organiser entry points. */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import HomePage from '@/pages/home/index';
import { installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { navigations, resetTaro } from './helpers/taro';

const nobody = { openid: 'dev_test', name: null, grants: [], member: null, branch: null, group: null, county: null, reviewing: false };

let cloud: FakeCloud;
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud();
});

it('sets up the county on first run, then shows the organiser entry points', async () => {
  let me: object = nobody;
  cloud.on('member.me', () => me).on('admin.bootstrap', (p) => {
    me = { ...nobody, name: p.adminName, grants: [{ role: 'sysadmin' }], county: { name: p.countyName } };
    return { county: { name: p.countyName }, grants: [{ role: 'sysadmin' }] };
  });
  render(<HomePage />);
  await screen.findByText('系统尚未初始化。第一位完成初始化的用户将成为系统管理员，之后可为他人授予角色。');
  fireEvent.change(screen.getByPlaceholderText('如：石阡县'), { target: { value: '石阡县' } });
  fireEvent.change(screen.getByPlaceholderText('请输入管理员姓名'), { target: { value: '张管理' } });
  fireEvent.click(screen.getAllByText('初始化县委组织部').at(-1)!);

  expect(await screen.findByText('石阡县流动党员之家')).toBeTruthy();
  expect(screen.queryByText('初始化县委组织部')).toBeNull();
  expect(screen.getByText('系统管理员')).toBeTruthy();
  fireEvent.click(screen.getByText('党员台账'));
  expect(navigations).toEqual(['/admin/ledger/index']);
});

const start = Date.parse('2026-11-10T01:00:00Z'); // 09:00 in Shanghai
const themedayCurrent = (longTerm: string[]) => () => ({
  occurrence: { id: 'b1_2026-11', branchId: 'b1', month: '2026-11', day: '2026-11-10', start, end: start + 7_200_000, signinOpens: start - 1_800_000, signinCloses: start + 7_200_000 },
  sheet: { theme: '学习新修订的党章', agenda: ['集中学习'], links: [], fromCounty: true },
  open: false,
  signin: { mode: 'online', at: start },
  consents: { 'local-themeday-reminder': 2 },
  longTerm,
});

it('shows a member his branch and village group, and no organiser tools', async () => {
  jest.useFakeTimers({ now: Date.parse('2026-11-07T02:00:00Z'), doNotFake: ['setTimeout', 'setInterval', 'queueMicrotask', 'nextTick', 'setImmediate', 'clearTimeout', 'clearInterval'] });
  cloud.on('themeday.current', themedayCurrent([]));
  cloud.on('member.me', () => ({
    ...nobody,
    name: '王小明',
    county: { name: '石阡县' },
    member: { _id: 'm1', name: '王小明' },
    branch: { _id: 'b1', name: '杭州云支部', city: '杭州', kind: '云支部', secretaryName: '李书记' },
    group: { _id: 'g1', name: '龙井村网上党小组', township: '汤山镇', village: '龙井村' },
  }));
  render(<HomePage />);
  expect(await screen.findByText('杭州云支部（杭州）')).toBeTruthy();
  expect(screen.getByText('龙井村网上党小组（汤山镇）')).toBeTruthy();
  expect(screen.getByText(/你好，王小明/)).toBeTruthy();
  expect(screen.queryByText('党员台账')).toBeNull();
  // The next theme day, counted down in Shanghai days, with the reminder subscription.
  expect(await screen.findByText('还有 3 天')).toBeTruthy();
  expect(screen.getByText('学习新修订的党章 · 已签到')).toBeTruthy();
  expect(screen.getByText('已订阅提醒（可提醒 2 次）· 再订阅一次')).toBeTruthy();
});

it('shows a live long-term reminder subscription instead of the subscribe button', async () => {
  cloud.on('themeday.current', themedayCurrent(['local-themeday-reminder']));
  cloud.on('member.me', () => ({ ...nobody, county: { name: '石阡县' }, member: { _id: 'm1', name: '王小明' } }));
  render(<HomePage />);
  expect(await screen.findByText('已开启每月提醒（可在微信设置中关闭）')).toBeTruthy();
  expect(screen.queryByText(/订阅提醒/)).toBeNull();
});

it('explains how to join to someone who has not joined yet', async () => {
  cloud.on('member.me', () => ({ ...nobody, county: { name: '石阡县' } }));
  render(<HomePage />);
  expect(await screen.findByText('尚未加入云支部')).toBeTruthy();
});

/** The organiser card as the user sees it: each section's title and its tiles, in order. */
function organiserSections(): [string, string[]][] {
  const card = screen.getByText('组织工作').closest('.card')!;
  return Array.from(card.querySelectorAll('.nav-section'), (s) => [
    s.querySelector('.nav-section-title')?.textContent ?? '',
    Array.from(s.querySelectorAll('.nav-item'), (t) => t.textContent ?? ''),
  ]);
}

const organiser = (grants: object[]) => ({ ...nobody, name: '组织员', county: { name: '石阡县' }, grants });

it('groups a county organiser\'s tools into titled sections', async () => {
  cloud.on('member.me', () => organiser([{ role: 'county' }]));
  render(<HomePage />);
  await screen.findByText('县委组织部');
  expect(organiserSections()).toEqual([
    ['台账与组织', ['党员台账', '台账导出', '支部与二维码', '角色管理', '转接审核', '数据看板']],
    ['学习与党日', ['发布学习', '我发布的学习', '学习统计', '主题党日', '组织活动']],
    ['联系与共管', ['结对联系', '联系监测', '双向共管']],
    ['关怀与家乡', ['关怀帮扶', '走访慰问', '家乡建议', '回乡项目', '发布招工', '人才工作站']],
    ['评议与评选', ['述职评议', '评选管理']],
  ]);
  expect(screen.queryByText('尚未加入云支部')).toBeNull(); // no join hint for county staff
  fireEvent.click(within(screen.getByText('评议与评选').closest('.nav-section') as HTMLElement).getByText('述职评议'));
  expect(navigations).toEqual(['/pages/eval-rounds/index']);
});

it('keeps a tile\'s own visibility inside its section', async () => {
  cloud.on('member.me', () => organiser([{ role: 'cadre', groupId: 'g1' }]));
  render(<HomePage />);
  await screen.findByText('村干部');
  const sections = new Map(organiserSections());
  expect([...sections.keys()]).toEqual(['台账与组织', '学习与党日', '联系与共管', '关怀与家乡', '评议与评选']);
  // A village cadre pairs and monitors contacts but signs no co-management agreement.
  expect(sections.get('联系与共管')).toEqual(['结对联系', '联系监测']);
  expect(screen.queryByText('双向共管')).toBeNull();
});

it('shows an inflow organiser only his own tile, hiding every section left empty', async () => {
  cloud.on('member.me', () => organiser([{ role: 'inflow', agreementId: 'a1' }]));
  render(<HomePage />);
  await screen.findByText('流入地党组织');
  expect(organiserSections()).toEqual([['联系与共管', ['双向共管']]]);
  for (const hidden of ['台账与组织', '学习与党日', '关怀与家乡', '评议与评选']) expect(screen.queryByText(hidden)).toBeNull();
  fireEvent.click(screen.getByText('双向共管'));
  expect(navigations).toEqual(['/admin/agreements/index']);
});

it('lists a member\'s services in one grid without section titles', async () => {
  cloud.on('themeday.current', themedayCurrent([]));
  cloud.on('member.me', () => ({ ...nobody, county: { name: '石阡县' }, member: { _id: 'm1', name: '王小明' } }));
  render(<HomePage />);
  const card = (await screen.findByText('党员服务')).closest('.card')!;
  expect(card.querySelector('.nav-section-title')).toBeNull();
  expect(Array.from(card.querySelectorAll('.nav-item'), (t) => t.textContent)).toEqual(['组织活动', '困难求助', '我为家乡谋发展', '招工信息', '人才工作站', '评选投票']);
  expect(screen.queryByText('组织工作')).toBeNull();
});

it('leads a reviewer who holds no organiser role to the scoring page, and nobody else', async () => {
  cloud.on('themeday.current', themedayCurrent([]));
  cloud.on('member.me', () => ({ ...nobody, county: { name: '石阡县' }, member: { _id: 'm1', name: '王小明' }, reviewing: true }));
  const { unmount } = render(<HomePage />);
  fireEvent.click(await screen.findByText('评议打分'));
  expect(navigations).toEqual(['/pages/eval-rounds/index']);
  unmount();
  // An organiser reviewer already has 述职评议 among his tiles: no second way in.
  cloud.on('member.me', () => ({ ...organiser([{ role: 'cadre', groupId: 'g1' }]), reviewing: true }));
  render(<HomePage />);
  expect(await screen.findByText('述职评议')).toBeTruthy();
  expect(screen.queryByText('评议打分')).toBeNull();
});

afterEach(() => jest.useRealTimers());

it('asks an organiser who is not a member and has no name for his organiser profile', async () => {
  let me: object = { ...nobody, grants: [{ role: 'cadre', groupId: 'g1' }], county: { name: '石阡县' } };
  cloud.on('member.me', () => me).on('role.saveProfile', (p) => {
    me = { ...(me as object), name: p.name };
    return { openid: 'dev_test', name: p.name, phone: p.phone, title: p.title ?? null, isMember: false };
  });
  render(<HomePage />);
  await screen.findByText('请填写组织者资料');
  fireEvent.change(screen.getByPlaceholderText('请输入姓名'), { target: { value: '陈驻村' } });
  fireEvent.change(screen.getByPlaceholderText('请输入手机号'), { target: { value: '13900002222' } });
  fireEvent.click(screen.getByText('保存'));
  await waitFor(() => expect(screen.queryByText('请填写组织者资料')).toBeNull());
  expect(cloud.calls.find((c) => c.action === 'role.saveProfile')!.payload).toEqual({ name: '陈驻村', phone: '13900002222' });
});
