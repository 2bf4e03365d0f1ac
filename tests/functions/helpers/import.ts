/**
 * Import seeds: .xlsx files built with exceljs in the export's own shape (a title row, then the
 * 台账 header row), uploaded as the H5 app does, and an import run to its end.
 */
import { ledgerHeaders } from '../../../src/domain/ledger/ledger-columns.rules';
import type { TestCloud } from './cloud';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- exceljs is CommonJS with a default-less export
const ExcelJS = require('exceljs') as typeof import('exceljs');

export const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One 台账 row by header; headers left out stay empty. */
export type LedgerRow = Partial<Record<string, string | number | Date>>;

export async function workbook(title: string | null, headers: string[], rows: LedgerRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  if (title) ws.addRow([title]);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const ledgerXlsx = (rows: LedgerRow[]) => workbook('石阡县流动党员管理台账', ledgerHeaders(), rows);
export const villagesXlsx = (rows: { 乡镇: string; 村: string; 党小组名称?: string }[]) => workbook(null, ['乡镇', '村', '党小组名称'], rows);

/** A valid 台账 row `i` (phone 137xxxxxxxx, distinct from the joined members' 138…). */
export const ledgerRow = (i: number, over: LedgerRow = {}): LedgerRow => ({
  序号: i,
  姓名: `导入${String(i).padStart(4, '0')}`,
  性别: i % 2 ? '男' : '女',
  出生日期: '1985-03-0' + ((i % 9) + 1),
  联系电话: `137${String(i).padStart(8, '0')}`,
  家乡党小组: '龙井村网上党小组',
  所在支部: '杭州云支部',
  '流入地(城市)': i % 4 === 0 ? '宁波' : '杭州',
  工作单位: '电子厂',
  联系状态: i % 25 === 0 ? '失联' : '正常',
  ...over,
});

/** Uploads as the H5 app does, into the caller's own imports folder; answers the fileID. */
export async function uploadSheet(tc: TestCloud, openid: string, bytes: Buffer, name = `${Date.now()}.xlsx`): Promise<string> {
  const cloudPath = `uploads/${openid}/imports/${name}`;
  const res = await fetch(`${tc.lc.url}/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'x-dev-openid': openid, 'content-type': SHEET_TYPE },
    body: new Uint8Array(bytes),
  });
  const json = (await res.json()) as { fileID?: string };
  if (!json.fileID) throw new Error(`upload of ${cloudPath} failed: ${res.status} ${JSON.stringify(json)}`);
  return json.fileID;
}

/** Calls import.run until the job is done (each call writes one step). */
export async function importToEnd(tc: TestCloud, openid: string, jobId: string): Promise<any> {
  for (let i = 0; i < 100; i++) {
    const view = await tc.data(openid, 'import.run', { jobId });
    if (view.state === 'done') return view;
  }
  throw new Error('import did not finish in 100 steps');
}
