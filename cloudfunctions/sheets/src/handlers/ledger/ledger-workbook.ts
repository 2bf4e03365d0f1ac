import { PassThrough } from 'node:stream';
import { ledgerColumns } from '@/domain/ledger/ledger-columns.rules';
import type { PartRows } from './export-files';

type ExcelJs = typeof import('exceljs');
let excel: ExcelJs | null = null;
/** exceljs is large: load it on the first export, not at every cold start of the api function. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- an import would load it at module scope
const loadExcel = (): ExcelJs => (excel ??= require('exceljs') as ExcelJs);

const TITLE_ROW = 1;
const HEADER_ROW = 2;

/**
 * The 台账 workbook, streamed (rows are committed as they are written, not held as cell objects):
 * a merged title row, a bold header row frozen with the title, an auto-filter over the header and
 * fixed column widths. Cells are plain strings/numbers (inline, no shared-string table to build).
 */
export async function writeLedgerWorkbook(title: string, parts: AsyncIterable<PartRows>): Promise<Buffer> {
  const ExcelJS = loadExcel();
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = '云支部';
  const ws = wb.addWorksheet('流动党员管理台账', {
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const n = ledgerColumns.length;
  ws.columns = ledgerColumns.map((c) => ({ width: c.width }));
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: n } };
  ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, n);

  const titleRow = ws.getRow(TITLE_ROW);
  titleRow.getCell(1).value = title;
  titleRow.getCell(1).font = { bold: true, size: 14 };
  titleRow.getCell(1).alignment = { vertical: 'middle', horizontal: 'left' };
  titleRow.height = 28;
  titleRow.commit();

  const header = ws.getRow(HEADER_ROW);
  ledgerColumns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2DCDB' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();

  for await (const rows of parts) for (const row of rows) ws.addRow(row).commit();
  ws.commit();
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}
