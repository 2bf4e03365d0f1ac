/** The home page: first-run county setup, a member's branch and group, organiser entry points. */
import { fireEvent, render, screen } from '@testing-library/react';
import HomePage from '@/pages/home/index';
import { installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { navigations, resetTaro } from './helpers/taro';

const nobody = { openid: 'dev_test', name: null, grants: [], member: null, branch: null, group: null, county: null };

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
  expect(navigations).toEqual(['/pages/ledger/index']);
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

afterEach(() => jest.useRealTimers());
