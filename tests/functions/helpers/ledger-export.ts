/** Reads an exported 台账 back with exceljs: from its temporary link like the app, or from a downloaded file. */
import ExcelJS from 'exceljs';
import { ledgerHeaders } from '../../../src/domain/ledger/ledger-columns.rules';
import type { TestCloud } from './cloud';

/** The index of a ledger column by its header. */
export const col = (header: string): number => ledgerHeaders().indexOf(header);

export interface ReadLedger {
  /** The name of the (first) worksheet. */
  sheetName: string;
  title: string;
  headers: string[];
  /** Data rows (below the header), cell values as strings/numbers. */
  rows: (string | number)[][];
  views: Partial<ExcelJS.WorksheetView>[];
  autoFilter: unknown;
  widths: (number | undefined)[];
}

/** Follows the temporary link like the app does and parses the workbook. */
export async function readLedger(url: string): Promise<ReadLedger> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} → ${res.status}`);
  return parseLedger(Buffer.from(await res.arrayBuffer()));
}

export async function parseLedger(xlsx: Buffer): Promise<ReadLedger> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as never);
  const ws = wb.worksheets[0];
  const width = ws.getRow(2).cellCount;
  // Empty strings come back as missing cells: read every column of the header's width.
  const cells = (r: number) => Array.from({ length: width }, (_, c) => (ws.getRow(r).getCell(c + 1).value ?? '') as string | number);
  const rows: (string | number)[][] = [];
  for (let r = 3; r <= ws.rowCount; r++) rows.push(cells(r));
  return {
    sheetName: ws.name,
    title: String(ws.getCell(1, 1).value),
    headers: cells(2) as string[],
    rows,
    views: ws.views,
    autoFilter: ws.autoFilter,
    widths: Array.from({ length: width }, (_, c) => ws.getColumn(c + 1).width),
  };
}

/** Polls `ledger.export` with the job id until it is no longer running (each call advances it). */
export async function exportToEnd(tc: TestCloud, openid: string, filters: Record<string, unknown> = {}) {
  const steps: any[] = [await tc.data(openid, 'ledger.export', filters)];
  while (steps[steps.length - 1].state === 'running') {
    if (steps.length > 50) throw new Error('export did not finish in 50 steps');
    steps.push(await tc.data(openid, 'ledger.export', { jobId: steps[0].jobId }));
  }
  return { steps, last: steps[steps.length - 1] };
}

/** Every file in the local bucket under exports/. */
export const exportFiles = (tc: TestCloud): string[] =>
  tc.lc.storage
    .list()
    .map((f) => f.cloudPath)
    .filter((p) => p.startsWith('exports/'))
    .sort();
