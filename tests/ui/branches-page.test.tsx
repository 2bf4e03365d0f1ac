/** 支部与党小组 (branches page): the county grants roles by user number; inflow accounts are not granted here. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import BranchesPage from '@/pages/branches/index';
import { installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { resetTaro, toasts } from './helpers/taro';
import { secretaryOfA, tree } from './helpers/org-fixtures';

let cloud: FakeCloud;
const sysadminMe = { ...secretaryOfA, openid: 'a1', name: '管理员', grants: [{ role: 'sysadmin' }] };
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud().on('org.tree', () => tree).on('member.me', () => sysadminMe);
});

const chipsOf = (label: string) => Array.from(screen.getByText(label).parentElement!.querySelectorAll('.chip'));
const chipLabels = () => chipsOf('角色').map((c) => c.textContent);

it('offers every role but 流入地党组织 (granted with an agreement) and grants a secretary of a branch', async () => {
  cloud.on('org.grantRole', () => ({}));
  render(<BranchesPage />);
  fireEvent.click(await screen.findByText('授予角色'));
  expect(chipLabels()).toEqual(['村干部', '支部书记', '县委组织部', '系统管理员']);
  expect(screen.queryByText('流入地党组织')).toBeNull();

  fireEvent.change(screen.getByPlaceholderText('请对方在首页底部查看并发给你'), { target: { value: 'o9' } });
  fireEvent.click(chipsOf('所在支部').find((c) => c.textContent === '宁波云支部')!);
  fireEvent.click(screen.getByText('确认授予'));
  await waitFor(() => expect(toasts).toContain('已授予'));
  expect(cloud.calls.filter((c) => c.action === 'org.grantRole').map((c) => c.payload)).toEqual([{ openid: 'o9', role: 'secretary', branchId: 'bB' }]);
});

it('does not offer 系统管理员 to the county', async () => {
  cloud.on('member.me', () => ({ ...sysadminMe, grants: [{ role: 'county' }] }));
  render(<BranchesPage />);
  fireEvent.click(await screen.findByText('授予角色'));
  expect(chipLabels()).toEqual(['村干部', '支部书记', '县委组织部']);
});
