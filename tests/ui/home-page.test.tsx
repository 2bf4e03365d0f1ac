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

it('shows a member his branch and village group, and no organiser tools', async () => {
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
  expect(screen.getByText('主题党日')).toBeTruthy();
});

it('explains how to join to someone who has not joined yet', async () => {
  cloud.on('member.me', () => ({ ...nobody, county: { name: '石阡县' } }));
  render(<HomePage />);
  expect(await screen.findByText('尚未加入云支部')).toBeTruthy();
});
