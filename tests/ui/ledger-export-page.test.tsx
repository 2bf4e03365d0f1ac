/**
 * 台账导出: filters from the ledger's link, a multi-step export driven to its end with a progress
 * bar, the download on H5 and on weapp, a job resumed on return, and the ledger's 导出 Excel button.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import LedgerExportPage from '@/admin/ledger-export/index';
import LedgerPage from '@/admin/ledger/index';
import { LAST_JOB_KEY } from '@/features/export/use-ledger-export';
import { cloudError, installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { navigations, resetTaro, storage } from './helpers/taro';
import { secretaryOfA, tree } from './helpers/org-fixtures';

const county = { ...secretaryOfA, grants: [{ role: 'county' }] };
const progress = (over: object = {}) => ({
  jobId: 'j1', state: 'running', total: 2500, processed: 1000, percent: 38, fileName: null, url: null, fileID: null, error: null, busy: false,
  createdAt: Date.UTC(2026, 11, 2, 1, 0), finishedAt: null, ...over,
});
const done = progress({ state: 'done', processed: 2500, percent: 100, fileName: '石阡县流动党员管理台账-20261202-0900.xlsx', url: 'https://files.example/exports/a.xlsx', fileID: 'cloud://env.bucket/exports/o1/a.xlsx' });

let cloud: FakeCloud;
let steps: object[];
beforeEach(() => {
  resetTaro();
  steps = [progress({ processed: 2000, percent: 76 }), done];
  cloud = installFakeCloud()
    .on('org.tree', () => tree)
    .on('member.me', () => county)
    .on('member.list', () => ({ items: [], nextCursor: null }))
    .on('ledger.export', (p) => (p.jobId ? steps.shift() : progress()));
});
const exportCalls = () => cloud.calls.filter((c) => c.action.startsWith('ledger.')).map((c) => [c.action, c.payload]);

it('exports with the chosen filters, continues the job until done, then opens the file (H5)', async () => {
  const clicked: HTMLAnchorElement[] = [];
  const open = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
  resetTaro({ status: encodeURIComponent('失联'), city: encodeURIComponent('杭州') });
  render(<LedgerExportPage />);
  await screen.findByText('宁波云支部');
  fireEvent.click(screen.getByText('导出 Excel'));

  expect(await screen.findByText('石阡县流动党员管理台账-20261202-0900.xlsx')).toBeTruthy();
  expect(screen.getByText('已生成')).toBeTruthy();
  expect(screen.getByText('100%')).toBeTruthy();
  expect(exportCalls()).toEqual([
    ['ledger.export', { status: '失联', city: '杭州' }],
    ['ledger.export', { jobId: 'j1' }],
    ['ledger.export', { jobId: 'j1' }],
  ]);
  expect(storage.get(LAST_JOB_KEY)).toBe('j1');
  fireEvent.click(screen.getByText('下载 / 打开 Excel'));
  // A download link saved under the ledger's name, opened in a new tab.
  expect(clicked.map((a) => [a.href, a.download, a.target, a.rel])).toEqual([['https://files.example/exports/a.xlsx', '石阡县流动党员管理台账-20261202-0900.xlsx', '_blank', 'noopener']]);
  open.mockRestore();
});

it('shows the progress bar while a step runs', async () => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  cloud.on('ledger.export', async (p) => {
    if (!p.jobId) return progress();
    await held;
    return done;
  });
  render(<LedgerExportPage />);
  await screen.findByText('宁波云支部');
  fireEvent.click(screen.getByText('导出 Excel'));
  expect(await screen.findByText('正在生成')).toBeTruthy();
  expect(screen.getByText('38%')).toBeTruthy();
  expect(screen.getByText(/已处理 1000 \/ 2500 人/)).toBeTruthy();
  expect((document.querySelector('.bar-fill') as HTMLElement).style.width).toBe('38%');
  expect(screen.getByText('正在导出…')).toBeTruthy();
  await act(async () => release());
  expect(await screen.findByText('已生成')).toBeTruthy();
});

it('opens the file with the document viewer on weapp, downloaded by fileID (no domain whitelist)', async () => {
  const t = Taro as any;
  t.showLoading = jest.fn();
  t.hideLoading = jest.fn();
  t.downloadFile = jest.fn();
  t.cloud.downloadFile = jest.fn(async () => ({ statusCode: 200, tempFilePath: 'wxfile://tmp/a.xlsx' }));
  t.openDocument = jest.fn(async () => undefined);
  steps = [done];
  render(<LedgerExportPage />);
  await screen.findByText('宁波云支部');
  fireEvent.click(screen.getByText('导出 Excel'));
  await screen.findByText('下载 / 打开 Excel');
  process.env.TARO_ENV = 'weapp';
  try {
    fireEvent.click(screen.getByText('下载 / 打开 Excel'));
    await waitFor(() => expect(t.openDocument).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/a.xlsx', fileType: 'xlsx', showMenu: true }));
    expect(t.cloud.downloadFile).toHaveBeenCalledWith({ fileID: done.fileID });
    expect(t.downloadFile).not.toHaveBeenCalled();
  } finally {
    process.env.TARO_ENV = 'h5';
  }
});

it('picks the last job up on return and finishes it', async () => {
  storage.set(LAST_JOB_KEY, 'j1');
  cloud.on('ledger.exportStatus', () => progress({ processed: 2000, percent: 76 }));
  steps = [done];
  render(<LedgerExportPage />);
  expect(await screen.findByText('已生成')).toBeTruthy();
  expect(exportCalls()).toEqual([
    ['ledger.exportStatus', { jobId: 'j1' }],
    ['ledger.export', { jobId: 'j1' }],
  ]);
});

it('shows a refusal and a failed job as they are', async () => {
  cloud.on('ledger.export', () => {
    throw cloudError('AUTH.FORBIDDEN', '无权导出该范围的党员');
  });
  render(<LedgerExportPage />);
  await screen.findByText('宁波云支部');
  fireEvent.click(screen.getByText('导出 Excel'));
  expect(await screen.findByText('无权导出该范围的党员')).toBeTruthy();

  cloud.on('ledger.export', () => progress({ state: 'failed', error: '导出失败，请重新导出' }));
  fireEvent.click(screen.getByText('导出 Excel'));
  expect(await screen.findByText('生成失败')).toBeTruthy();
  expect(screen.getByText('导出失败，请重新导出')).toBeTruthy();
  expect(screen.queryByText('下载 / 打开 Excel')).toBeNull();
});

it('the ledger hands its current filters to the export page', async () => {
  render(<LedgerPage />);
  await screen.findByText('宁波云支部');
  fireEvent.click(screen.getByText('失联'));
  await waitFor(() => expect(cloud.calls.at(-1)?.payload).toMatchObject({ status: '失联' }));
  fireEvent.click(screen.getByText('导出 Excel'));
  expect(navigations).toEqual([`/admin/ledger-export/index?status=${encodeURIComponent('失联')}`]);
});
