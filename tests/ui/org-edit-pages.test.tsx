/** The editable organisation: the scoped, filtered branches page, editing and archiving a unit, printing the codes. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import BranchesPage from '@/admin/branches/index';
import OrgEditPage from '@/admin/org-edit/index';
import { cloudError, installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { navigations, resetTaro, toasts } from './helpers/taro';
import { tree } from './helpers/org-fixtures';

const committee = { _id: 'bC', name: '驻浙流动党委', kind: '流动党委', city: '杭州', secretaryName: '王', secretaryPhone: '13900000009', memberCount: 0, parentId: null };
const countyTree = { ...tree, branches: [...tree.branches.map((b) => ({ ...b, parentId: null })), committee, { ...committee, _id: 'bOld', name: '旧支部', kind: '云支部', archivedAt: 5 }] };
const countyMe = { openid: 'c1', name: '组织部', grants: [{ role: 'county' }], member: null, branch: null, group: null, county: tree.county };
/** A village cadre's view: org.tree gives him no counts and masked phones. */
const cadreTree = {
  ...tree,
  branches: tree.branches.map((b) => ({ ...b, memberCount: null, lostCount: null, cityCounts: null, secretaryPhone: '139****0001' })),
  groups: tree.groups.map((g) => ({ ...g, memberCount: null })),
};
const cadreMe = { ...countyMe, openid: 'k1', grants: [{ role: 'cadre', groupId: 'g1' }] };

let cloud: FakeCloud;
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud().on('org.tree', () => countyTree).on('member.me', () => countyMe);
});

it('shows a village cadre names and masked phones, no counts, no edit or print', async () => {
  cloud.on('org.tree', () => cadreTree).on('member.me', () => cadreMe);
  render(<BranchesPage />);
  expect(await screen.findByText('杭州云支部')).toBeTruthy();
  expect(screen.getAllByText('李 139****0001')).toHaveLength(1);
  expect(screen.queryByText('党员人数')).toBeNull();
  expect(screen.queryByText('编辑/撤销')).toBeNull();
  expect(screen.queryByText('打印二维码')).toBeNull();
  expect(screen.getByText('龙井村网上党小组')).toBeTruthy(); // the group's name where its count would be
});

it('filters branches by text and kind; archived units only on request', async () => {
  render(<BranchesPage />);
  await screen.findByText('杭州云支部');
  expect(screen.queryByText('旧支部')).toBeNull();
  fireEvent.click(screen.getByText('含已撤销'));
  expect(screen.getByText('旧支部')).toBeTruthy();
  const chip = (label: string) => Array.from(document.querySelectorAll('.chip')).find((c) => c.textContent === label)!;
  fireEvent.click(chip('流动党委'));
  expect(screen.getByText('支部（1）')).toBeTruthy();
  expect(screen.queryByText('杭州云支部')).toBeNull();
  fireEvent.click(chip('全部'));
  fireEvent.change(screen.getByPlaceholderText('搜索支部、城市、书记或村'), { target: { value: '宁波' } });
  await waitFor(() => expect(screen.queryByText('杭州云支部')).toBeNull());
  expect(screen.getByText('宁波云支部')).toBeTruthy();
});

it('opens the edit page from a branch and prints every code as one zip', async () => {
  cloud.on('branch.posters', () => ({ fileName: '石阡县入支部二维码.zip', url: 'http://x/p.zip', count: 3, names: [] }));
  const clicks: string[] = [];
  const spy = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push(`${this.download} ${this.href}`);
  });
  render(<BranchesPage />);
  await screen.findByText('杭州云支部');
  fireEvent.click(screen.getAllByText('编辑/撤销')[0]);
  expect(navigations).toEqual(['/admin/org-edit/index?branchId=bA']);
  fireEvent.click(screen.getByText('打印二维码'));
  fireEvent.click(screen.getByText('下载全部二维码（.zip）'));
  await waitFor(() => expect(clicks).toEqual(['石阡县入支部二维码.zip http://x/p.zip']));
  spy.mockRestore();
});

it('edits a branch, sending only what changed, and puts it under a 流动党委', async () => {
  resetTaro({ branchId: 'bA' });
  cloud.on('org.updateBranch', (p) => ({ ...tree.branches[0], ...p.changes }));
  render(<OrgEditPage />);
  await screen.findByText('保存修改');
  fireEvent.click(screen.getByText('驻浙流动党委'));
  fireEvent.change(screen.getByDisplayValue('杭州云支部'), { target: { value: '杭州第一云支部' } });
  fireEvent.click(screen.getByText('保存修改'));
  await waitFor(() => expect(cloud.calls.find((c) => c.action === 'org.updateBranch')?.payload).toEqual({ branchId: 'bA', changes: { name: '杭州第一云支部', parentId: 'bC' } }));
});

it('says why a branch with members cannot be archived', async () => {
  resetTaro({ branchId: 'bA' });
  cloud.on('org.archiveBranch', () => {
    throw cloudError('ORG.NOT_EMPTY', '「杭州云支部」还有 30 名党员，请先将他们转到其他支部再撤销');
  });
  render(<OrgEditPage />);
  fireEvent.click(await screen.findByText('撤销'));
  await waitFor(() => expect(toasts).toContain('「杭州云支部」还有 30 名党员，请先将他们转到其他支部再撤销'));
});

it('restores an archived branch', async () => {
  resetTaro({ branchId: 'bOld' });
  cloud.on('org.archiveBranch', () => ({}));
  render(<OrgEditPage />);
  expect(await screen.findByText(/「旧支部」已撤销/)).toBeTruthy();
  expect(screen.queryByText('保存修改')).toBeNull();
  fireEvent.click(screen.getByText('恢复'));
  await waitFor(() => expect(cloud.calls.find((c) => c.action === 'org.archiveBranch')?.payload).toEqual({ branchId: 'bOld', archived: false }));
});
