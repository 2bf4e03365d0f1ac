import { nameSchema, shortTextSchema } from '../shared/fields.schema';
import { issue, zodMessage, type ImportIssue, type SheetRow } from './sheet.rules';

/** The villages file: one row per village, its township, and optionally its group's name. */
export const villageHeaders = { township: '乡镇', village: '村', name: '党小组名称' } as const;
export const requiredVillageHeaders = [villageHeaders.township, villageHeaders.village];

export interface GroupDraft {
  township: string;
  village: string;
  name: string;
}

export const villageKey = (township: string, village: string) => `${township}\u0000${village}`;

/**
 * A row of the villages file, checked against itself and the groups already there (`existing`:
 * villageKey → group name). The same village twice in the file is refused on every occurrence:
 * which one the county meant is his to say.
 */
export function checkVillageRows(rows: readonly SheetRow[], existing: ReadonlySet<string>): { valid: { row: number; group: GroupDraft }[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const drafts: { row: number; group: GroupDraft }[] = [];
  for (const r of rows) {
    const bad: ImportIssue[] = [];
    const field = (header: string, schema: typeof nameSchema | typeof shortTextSchema): string => {
      const parsed = schema.safeParse(r.cells[header] ?? '');
      if (!parsed.success) bad.push(issue(r.row, header, `${header}：${zodMessage(parsed.error)}`));
      return parsed.success ? parsed.data : '';
    };
    const township = field(villageHeaders.township, nameSchema);
    const village = field(villageHeaders.village, nameSchema);
    const name = field(villageHeaders.name, shortTextSchema) || `${village}网上党小组`;
    if (!bad.length && existing.has(villageKey(township, village))) bad.push(issue(r.row, villageHeaders.village, `${township}${village}已有网上党小组，无需导入`));
    if (bad.length) issues.push(...bad);
    else drafts.push({ row: r.row, group: { township, village, name } });
  }
  const rowsOf = new Map<string, number[]>();
  for (const d of drafts) {
    const k = villageKey(d.group.township, d.group.village);
    rowsOf.set(k, [...(rowsOf.get(k) ?? []), d.row]);
  }
  const valid = drafts.filter((d) => {
    const same = rowsOf.get(villageKey(d.group.township, d.group.village)) ?? [];
    if (same.length < 2) return true;
    issues.push(issue(d.row, villageHeaders.village, `与第 ${same.filter((n) => n !== d.row).join('、')} 行是同一个村，请只保留一行`));
    return false;
  });
  return { valid, issues };
}
