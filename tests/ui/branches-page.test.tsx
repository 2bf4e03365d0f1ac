/** 支部与党小组 (branches page): roles are granted on 角色管理, reached from here. */
import { fireEvent, render, screen } from '@testing-library/react';
import BranchesPage from '@/admin/branches/index';
import { installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { navigations, resetTaro } from './helpers/taro';
import { secretaryOfA, tree } from './helpers/org-fixtures';

let cloud: FakeCloud;
const sysadminMe = { ...secretaryOfA, openid: 'a1', name: '管理员', grants: [{ role: 'sysadmin' }] };
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud().on('org.tree', () => tree).on('member.me', () => sysadminMe);
});

it('sends the county to 角色管理 to grant roles: no form asks for a user number', async () => {
  render(<BranchesPage />);
  fireEvent.click(await screen.findByText('角色管理'));
  expect(navigations).toEqual(['/admin/roles/index']);
  expect(screen.queryByPlaceholderText('请对方在首页底部查看并发给你')).toBeNull();
});

it('shows no role entry to a secretary', async () => {
  cloud.on('member.me', () => secretaryOfA);
  render(<BranchesPage />);
  await screen.findByText('杭州云支部');
  expect(screen.queryByText('角色管理')).toBeNull();
});
