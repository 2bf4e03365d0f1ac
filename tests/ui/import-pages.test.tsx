/** Bulk import (the county's page) and claiming an imported record (the join page). */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import JoinPage from '@/pages/join/index';
import OrgImportPage from '@/admin/org-import/index';
import { cloudError, installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { resetTaro, toasts } from './helpers/taro';
import { tree } from './helpers/org-fixtures';

jest.mock('@/features/import/pick-workbook', () => ({ pickWorkbook: jest.fn(async () => ({ fileID: 'cloud://env/uploads/c1/imports/a.xlsx', name: '台账.xlsx' })) }));

const countyMe = { openid: 'c1', name: '组织部', grants: [{ role: 'county' }], member: null, branch: null, group: null, county: tree.county };
const view = (over: Record<string, unknown> = {}) => ({
  jobId: 'j1', kind: 'members', state: 'checked', total: 500, valid: 480, issueCount: 20, imported: 0, failedBatches: [], percent: 0, busy: false,
  issues: [
    { row: 7, field: '联系电话', message: '联系电话：请输入 11 位手机号（“1370000”）' },
    { row: 9, field: '家乡党小组', message: '家乡党小组：找不到「不存在村」，请先导入该村' },
  ],
  ...over,
});

let cloud: FakeCloud;
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud().on('member.me', () => countyMe);
});

it('checks a ledger file, shows its report by row, then imports in steps to the end', async () => {
  let step = 0;
  cloud.on('import.check', () => view()).on('import.run', () => (++step < 3 ? view({ state: 'running', imported: step * 200, percent: step * 40 }) : view({ state: 'done', imported: 480, percent: 100 })));
  render(<OrgImportPage />);
  fireEvent.click(await screen.findByText('党员台账'));
  fireEvent.click(screen.getByText('选择 Excel 文件并预检'));
  expect(await screen.findByText('预检报告')).toBeTruthy();
  expect(screen.getByText('第 7 行')).toBeTruthy();
  expect(screen.getByText('联系电话：请输入 11 位手机号（“1370000”）')).toBeTruthy();
  expect(screen.getByText('另有 18 处问题未列出')).toBeTruthy();
  expect(cloud.calls.find((c) => c.action === 'import.check')?.payload).toEqual({ kind: 'members', fileID: 'cloud://env/uploads/c1/imports/a.xlsx' });

  fireEvent.click(screen.getByText('导入 480 行'));
  expect(await screen.findByText('导入完成：已导入 480 行')).toBeTruthy();
  expect(cloud.calls.filter((c) => c.action === 'import.run')).toHaveLength(3);
});

it('offers sysadmin the villages only, and shows a refused file\'s reason', async () => {
  cloud.on('member.me', () => ({ ...countyMe, grants: [{ role: 'sysadmin' }] })).on('import.check', () => {
    throw cloudError('IMPORT.FILE_INVALID', '表头缺少：乡镇、村');
  });
  render(<OrgImportPage />);
  await screen.findByText('村（网上党小组）');
  expect(screen.queryByText('党员台账')).toBeNull();
  fireEvent.click(screen.getByText('选择 Excel 文件并预检'));
  expect(await screen.findByText('表头缺少：乡镇、村')).toBeTruthy();
});

describe('claiming on the join page', () => {
  const scene = 'j1.abc123.QWERTYUIOPASDFGH';
  const preview = { branch: { _id: 'b1', name: '杭州云支部', city: '杭州', kind: '云支部', secretaryName: '李书记' }, groups: [{ _id: 'g1', name: '龙井村网上党小组', township: '汤山镇', village: '龙井村' }], alreadyJoined: false };
  const candidate = { memberId: 'imp1', name: '王小明', phone: '138****5678', city: '杭州', groupName: '龙井村网上党小组' };
  const type = (placeholder: string, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });
  const fill = async () => {
    await screen.findByText('杭州云支部');
    fireEvent.click(screen.getByText('龙井村'));
    type('请输入姓名', '王小明');
    fireEvent.click(screen.getByText('男'));
    type('请输入手机号', '13812345678');
    type('请输入现居城市', '杭州');
    fireEvent.click(screen.getByText('确认加入'));
  };

  beforeEach(() => {
    resetTaro({ scene: encodeURIComponent(scene) });
    cloud.on('join.preview', () => preview).on('member.join', () => {
      throw cloudError('JOIN.CLAIM_REQUIRED', '县委组织部已为该手机号导入了党员档案');
    });
  });

  it('finds his imported record and claims it instead of joining twice', async () => {
    cloud.on('join.match', () => ({ candidate, elsewhere: null, alreadyJoined: false })).on('member.claim', () => ({ member: { _id: 'imp1' }, claimed: true }));
    render(<JoinPage />);
    await fill();
    expect(await screen.findByText('找到你的党员档案')).toBeTruthy();
    expect(screen.getByText('138****5678')).toBeTruthy();
    fireEvent.click(screen.getByText('是我，认领档案'));
    expect(await screen.findByText('加入成功')).toBeTruthy();
    expect(cloud.calls.find((c) => c.action === 'join.match')?.payload).toEqual({ scene, name: '王小明', phone: '13812345678' });
    expect(cloud.calls.find((c) => c.action === 'member.claim')?.payload).toEqual({ scene, memberId: 'imp1', name: '王小明', phone: '13812345678' });
  });

  it('tells him to see the secretary when it is not his', async () => {
    cloud.on('join.match', () => ({ candidate, elsewhere: null, alreadyJoined: false }));
    render(<JoinPage />);
    await fill();
    fireEvent.click(await screen.findByText('不是我'));
    await waitFor(() => expect(toasts).toContain('该手机号已有导入的档案，请联系支部书记核对'));
    expect(screen.getByText('确认加入')).toBeTruthy();
  });
});
