import { AppError, ErrorCodes } from '@/domain/shared/errors';

type ExcelJs = typeof import('exceljs');
let excel: ExcelJs | null = null;
/** exceljs is large: loaded on the first import, not at every cold start of the api function. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- an import would load it at module scope (every cold start)
const loadExcel = (): ExcelJs => (excel ??= require('exceljs') as ExcelJs);

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A cell as the text the county sees: dates as YYYY-MM-DD (Excel stores them without a zone;
 * exceljs hands them over as UTC midnight), numbers without exponent (a phone typed as a number),
 * rich text joined, formulas by their cached result.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value).trim();
  const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
  if (Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('').trim();
  if (v.result !== undefined) return cellText(v.result);
  if (v.text !== undefined) return cellText(v.text);
  return '';
}

/** The first worksheet's rows as text (Excel's row numbers kept, for the report). */
export async function readWorkbookRows(bytes: Buffer, maxRows: number): Promise<{ row: number; values: string[] }[]> {
  const wb = new (loadExcel().Workbook)();
  try {
    await wb.xlsx.load(bytes as never);
  } catch {
    throw new AppError(ErrorCodes.IMPORT_FILE_INVALID, '无法读取该文件，请上传 Excel（.xlsx）文件');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError(ErrorCodes.IMPORT_FILE_INVALID, '文件中没有工作表');
  if (ws.actualRowCount > maxRows + 5) throw new AppError(ErrorCodes.IMPORT_FILE_INVALID, `一个文件最多 ${maxRows} 行，请分成几个文件导入`);
  const rows: { row: number; values: string[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      values[col - 1] = cellText(cell.value);
    });
    rows.push({ row: n, values: Array.from(values, (v) => v ?? '') });
  });
  return rows;
}
