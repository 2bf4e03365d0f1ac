/** The editable organisation: the scoped, filtered branches page, editing and archiving a unit, printing the codes. */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import BranchesPage from '@/admin/branches/index';
import OrgEditPage from '@/admin/org-edit/index';
import { cloudError, installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { navigations, resetTaro, sharedFiles, toasts } from './helpers/taro';
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

/** A poster job's answer: `done` of the county's 3 codes drawn. */
const posterJob = (over: Record<string, unknown> = {}) => ({
  jobId: 'pj1', state: 'running', total: 3, done: 1, fileName: '石阡县入支部二维码.zip', fileID: null, url: null, names: [], error: null, busy: false, createdAt: 1, finishedAt: null, ...over,
});
const postersDone = posterJob({ state: 'done', done: 3, fileID: 'cloud://env.bucket/posters/c1/p.zip', url: 'http://x/p.zip', finishedAt: 2 });

it('opens the edit page from a branch and prints every code as one zip, showing the codes drawn so far', async () => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  cloud.on('branch.posters', () => posterJob());
  cloud.on('branch.postersStatus', async () => {
    await held;
    return postersDone;
  });
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
  expect(await screen.findByText('已生成 1 / 3')).toBeTruthy();
  expect((document.querySelector('.bar-fill') as HTMLElement).style.width).toBe('33%');
  // Busy while the job runs: a second tap starts nothing.
  fireEvent.click(screen.getByText('提交中…'));
  await act(async () => release());
  expect(await screen.findByText('已生成 3 / 3')).toBeTruthy();
  await waitFor(() => expect(clicks).toEqual(['石阡县入支部二维码.zip http://x/p.zip']));
  expect(cloud.calls.filter((c) => c.action.startsWith('branch.posters')).map((c) => [c.action, c.payload])).toEqual([
    ['branch.posters', {}],
    ['branch.postersStatus', { jobId: 'pj1' }],
  ]);
  spy.mockRestore();
});

it('on weapp downloads the zip by fileID when done and sends it to a chat on the tap', async () => {
  const t = Taro as any;
  t.cloud.downloadFile = jest.fn(async () => ({ statusCode: 200, tempFilePath: 'wxfile://tmp/p.zip' }));
  t.downloadFile = jest.fn();
  cloud.on('branch.posters', () => posterJob());
  cloud.on('branch.postersStatus', () => postersDone);
  render(<BranchesPage />);
  await screen.findByText('杭州云支部');
  fireEvent.click(screen.getByText('打印二维码'));
  process.env.TARO_ENV = 'weapp';
  try {
    fireEvent.click(screen.getByText('下载全部二维码（.zip）'));
    const share = await screen.findByText(/发送到聊天/);
    expect(t.cloud.downloadFile).toHaveBeenCalledWith({ fileID: postersDone.fileID });
    expect(t.downloadFile).not.toHaveBeenCalled();
    expect(sharedFiles).toEqual([]);
    fireEvent.click(share);
    await waitFor(() => expect(sharedFiles).toEqual([{ filePath: 'wxfile://tmp/p.zip', fileName: '石阡县入支部二维码.zip' }]));
  } finally {
    process.env.TARO_ENV = 'h5';
  }
});

it('says so when the print fails for good', async () => {
  cloud.on('branch.posters', () => posterJob({ state: 'failed', error: '二维码生成失败，请重新生成' }));
  render(<BranchesPage />);
  await screen.findByText('杭州云支部');
  fireEvent.click(screen.getByText('打印二维码'));
  fireEvent.click(screen.getByText('下载全部二维码（.zip）'));
  expect(await screen.findByText('二维码生成失败，请重新生成')).toBeTruthy();
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
