import type { z } from 'zod';
import { contactStatuses, organizerFieldsSchema, selfProfileSchema, type OrganizerFields, type SelfProfile } from '../member/member.schema';
import { issue, zodMessage, type ImportIssue, type SheetRow } from './sheet.rules';

/**
 * The ledger import reads the export's own columns (src/domain/ledger/ledger-columns.rules.ts), so
 * a county can fill the exported template or send its old ledger in that shape. 序号, 结对干部 and
 * 备注 are derived in the export and ignored here.
 */
const profileColumns = {
  姓名: 'name',
  性别: 'gender',
  出生日期: 'birthDate',
  入党时间: 'partyJoinDate',
  联系电话: 'phone',
  原党组织: 'originalOrg',
  '流入地(城市)': 'city',
  流出日期: 'outflowDate',
  工作单位: 'employer',
  从事行业: 'industry',
  活动证编号: 'activityCardNo',
  活动证有效期: 'activityCardExpiry',
} as const satisfies Record<string, keyof SelfProfile>;

export const requiredLedgerHeaders = ['姓名', '性别', '联系电话', '家乡党小组', '所在支部', '流入地(城市)'];

/** Every header read here is one the export writes (checked by a test, so the two cannot drift). */
export const readLedgerHeaders = (): string[] => [...Object.keys(profileColumns), '家乡党小组', '所在支部', '联系状态', '失联日期', '标签'];

/** A record to create from a valid row (placement resolved to ids). */
export type MemberDraft = SelfProfile & OrganizerFields;

export interface UnitRef {
  _id: string;
  name: string;
}
export interface GroupRef extends UnitRef {
  township: string;
  village: string;
}

/** The active units rows may name. A group is named by its name, its village, or township + village. */
export interface OrgLookup {
  branches: readonly UnitRef[];
  groups: readonly GroupRef[];
}

/** 2026/3/5 and 2026.03.05 as typed in Excel text cells → 2026-03-05 (the schema then checks the day exists). */
export function normaliseDay(text: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : text.trim();
}

const dayFields = new Set<keyof SelfProfile>(['birthDate', 'partyJoinDate', 'outflowDate', 'activityCardExpiry']);

function findGroup(text: string, org: OrgLookup): GroupRef | GroupRef[] | null {
  const t = text.replace(/\s+/g, '');
  const byName = org.groups.filter((g) => g.name === t || `${g.township}${g.village}` === t || `${g.township}${g.name}` === t);
  if (byName.length === 1) return byName[0];
  const byVillage = org.groups.filter((g) => g.village === t);
  if (byVillage.length === 1) return byVillage[0];
  return byName.length > 1 ? byName : byVillage.length > 1 ? byVillage : null;
}

/** One ledger row: the record it makes, or its problems (every problem of the row, each naming its column). */
export function checkLedgerRow(r: SheetRow, org: OrgLookup): { member: MemberDraft } | { issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const profile: Record<string, unknown> = {};
  for (const [header, field] of Object.entries(profileColumns)) {
    const raw = r.cells[header] ?? '';
    if (raw === '') continue;
    if (field === 'phone' && raw.includes('*')) {
      issues.push(issue(r.row, header, `${header}：手机号已打码（${raw}），请用县委组织部导出的完整台账`));
      continue;
    }
    const value = dayFields.has(field) ? normaliseDay(raw) : raw;
    const parsed = (selfProfileSchema.shape[field] as z.ZodType).safeParse(value);
    if (parsed.success) profile[field] = parsed.data;
    else if (field === 'gender') issues.push(issue(r.row, header, `${header}：应为“男”或“女”（“${raw}”）`));
    else issues.push(issue(r.row, header, `${header}：${zodMessage(parsed.error)}（“${raw}”）`));
  }
  for (const [header, field] of Object.entries(profileColumns)) {
    if (!(selfProfileSchema.shape[field] as z.ZodType).safeParse(undefined).success && (r.cells[header] ?? '') === '') issues.push(issue(r.row, header, `${header}：不能为空`));
  }

  const groupText = r.cells['家乡党小组'] ?? '';
  const group = groupText ? findGroup(groupText, org) : null;
  if (!groupText) issues.push(issue(r.row, '家乡党小组', '家乡党小组：不能为空'));
  else if (!group) issues.push(issue(r.row, '家乡党小组', `家乡党小组：找不到「${groupText}」，请先导入该村`));
  else if (Array.isArray(group)) issues.push(issue(r.row, '家乡党小组', `家乡党小组：「${groupText}」对应${group.length}个网上党小组，请写明乡镇和村`));

  const branchText = r.cells['所在支部'] ?? '';
  const branch = org.branches.find((b) => b.name === branchText.trim());
  if (!branchText) issues.push(issue(r.row, '所在支部', '所在支部：不能为空'));
  else if (!branch) issues.push(issue(r.row, '所在支部', `所在支部：找不到「${branchText}」，请先新建该支部`));

  const statusText = r.cells['联系状态'] || '正常';
  if (!(contactStatuses as readonly string[]).includes(statusText)) issues.push(issue(r.row, '联系状态', `联系状态：应为“正常”或“失联”（“${statusText}”）`));
  const lostText = r.cells['失联日期'] ?? '';
  const lost = organizerFieldsSchema.shape.lostContactAt.safeParse(lostText ? normaliseDay(lostText) : null);
  if (!lost.success) issues.push(issue(r.row, '失联日期', `失联日期：${zodMessage(lost.error)}（“${lostText}”）`));
  const tags = organizerFieldsSchema.shape.tags.safeParse((r.cells['标签'] ?? '').split(/[、,，;；\s]+/).filter(Boolean));
  if (!tags.success) issues.push(issue(r.row, '标签', `标签：${zodMessage(tags.error)}`));

  if (issues.length || !branch || !group || Array.isArray(group) || !lost.success || !tags.success) return { issues };
  const status = statusText as OrganizerFields['status'];
  return {
    member: {
      ...(profile as SelfProfile),
      status,
      lostContactAt: status === '失联' ? lost.data : null,
      tags: tags.data,
      branchId: branch._id,
      groupId: group._id,
    },
  };
}

/**
 * Duplicates by phone: a phone already on a member record (`existing`: phone → that member's name)
 * or on two rows of the file. Every row of a repeated phone is refused (which one is right is the
 * county's to say); answers the rows refused and why.
 */
export function phoneDuplicates(rows: readonly { row: number; phone: string }[], existing: ReadonlyMap<string, string>): ImportIssue[] {
  const byPhone = new Map<string, number[]>();
  for (const r of rows) byPhone.set(r.phone, [...(byPhone.get(r.phone) ?? []), r.row]);
  const out: ImportIssue[] = [];
  for (const r of rows) {
    const known = existing.get(r.phone);
    const same = (byPhone.get(r.phone) ?? []).filter((n) => n !== r.row);
    if (known !== undefined) out.push(issue(r.row, '联系电话', `联系电话：已有手机号相同的党员（${known}），不重复导入`));
    else if (same.length) out.push(issue(r.row, '联系电话', `联系电话：与第 ${same.join('、')} 行手机号相同，请核对后只保留一行`));
  }
  return out;
}

/** The ledger's rows checked: the records to create and every problem found. */
export function checkLedgerRows(rows: readonly SheetRow[], org: OrgLookup, existingPhones: ReadonlyMap<string, string>): { valid: { row: number; member: MemberDraft }[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const drafts: { row: number; member: MemberDraft }[] = [];
  for (const r of rows) {
    const checked = checkLedgerRow(r, org);
    if ('issues' in checked) issues.push(...checked.issues);
    else drafts.push({ row: r.row, member: checked.member });
  }
  const dup = phoneDuplicates(drafts.map((d) => ({ row: d.row, phone: d.member.phone })), existingPhones);
  const refused = new Set(dup.map((i) => i.row));
  return { valid: drafts.filter((d) => !refused.has(d.row)), issues: [...issues, ...dup] };
}
