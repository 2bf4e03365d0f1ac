
/** One problem of one spreadsheet row (`row` as Excel numbers it); `field` is the column's header. */
export interface ImportIssue {
  row: number;
  field: string | null;
  message: string;
}

/** One spreadsheet row as text by column header (`row`: Excel's row number, as the county sees it). */
export interface SheetRow {
  row: number;
  cells: Record<string, string>;
}

/**
 * Finds the header row among the first rows (the export puts a title row above it) and answers the
 * data rows below it keyed by header, blank rows dropped. `required` headers must all be present.
 */
export function rowsUnderHeader(rows: readonly { row: number; values: string[] }[], required: readonly string[]): { rows: SheetRow[] } | { missing: string[] } {
  const norm = (s: string) => s.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
  const wanted = required.map(norm);
  const at = rows.slice(0, 5).findIndex((r) => wanted.every((h) => r.values.map(norm).includes(h)));
  if (at < 0) {
    const best = rows.slice(0, 5).map((r) => r.values.map(norm));
    const found = new Set(best.flat());
    return { missing: required.filter((h) => !found.has(norm(h))) };
  }
  const headers = rows[at].values.map(norm);
  const out: SheetRow[] = [];
  for (const r of rows.slice(at + 1)) {
    const cells: Record<string, string> = {};
    headers.forEach((h, i) => {
      if (h && !(h in cells)) cells[h] = (r.values[i] ?? '').trim();
    });
    if (Object.values(cells).some((v) => v !== '')) out.push({ row: r.row, cells });
  }
  return { rows: out };
}

export const issue = (row: number, field: string | null, message: string): ImportIssue => ({ row, field, message });

/** The first zod message of a failed parse, for a row's report. */
export const zodMessage = (err: { issues: { message: string }[] }): string => err.issues[0]?.message ?? '格式不正确';
