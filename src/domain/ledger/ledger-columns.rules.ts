import type { Member } from '../member/member.schema';
import { daysUntil } from '../shared/day.rules';

/** What one ledger row is made from: the record as the caller may see it, plus names looked up. */
export interface LedgerSource {
  /** Already passed through viewForCaller: phone and card number masked when he does not manage the member. */
  member: Pick<Member, 'name' | 'gender' | 'phone' | 'city' | 'status' | 'tags'> &
    Partial<Pick<Member, 'birthDate' | 'partyJoinDate' | 'originalOrg' | 'employer' | 'industry' | 'outflowDate' | 'activityCardNo' | 'activityCardExpiry' | 'lostContactAt'>> & { phone: string | null; activityCardNo?: string | null };
  branchName: string | null;
  groupName: string | null;
  /** The paired village cadre (pairings/<memberId>.cadreName), when there is one. */
  cadreName: string | null;
}

export interface LedgerColumn {
  header: string;
  /** Width in Excel character units, sized for the longest usual value. */
  width: number;
  value: (row: LedgerSource, ctx: { index: number; now: number }) => string | number;
}

/** An activity card within this many days of its expiry is flagged in 备注. */
export const CARD_EXPIRY_WARNING_DAYS = 30;

/** 备注: what an organiser must act on, derived (the record has no free remark field). */
export function remarkOf(m: LedgerSource['member'], now: number): string {
  const notes: string[] = [];
  if (m.activityCardExpiry) {
    const left = daysUntil(m.activityCardExpiry, now);
    if (left < 0) notes.push('活动证已过期');
    else if (left === 0) notes.push('活动证今天到期');
    else if (left <= CARD_EXPIRY_WARNING_DAYS) notes.push(`活动证${left}天后到期`);
  }
  if (!m.activityCardNo) notes.push('未办活动证');
  return notes.join('；');
}

const text = (v: string | null | undefined) => v ?? '';

/**
 * The 流动党员管理台账 columns in the order the organization department files them. The record
 * holds no 身份证号 (data minimisation: the app never asks for it), so the ID-like column is the
 * 流动党员活动证 number, masked like the phone for callers who do not manage the member.
 */
export const ledgerColumns: readonly LedgerColumn[] = [
  { header: '序号', width: 7, value: (_, { index }) => index },
  { header: '姓名', width: 10, value: (r) => r.member.name },
  { header: '性别', width: 6, value: (r) => r.member.gender },
  { header: '出生日期', width: 12, value: (r) => text(r.member.birthDate) },
  { header: '入党时间', width: 12, value: (r) => text(r.member.partyJoinDate) },
  { header: '联系电话', width: 14, value: (r) => text(r.member.phone) },
  { header: '原党组织', width: 20, value: (r) => text(r.member.originalOrg) },
  { header: '家乡党小组', width: 18, value: (r) => text(r.groupName) },
  { header: '所在支部', width: 18, value: (r) => text(r.branchName) },
  { header: '流出日期', width: 12, value: (r) => text(r.member.outflowDate) },
  { header: '流入地(城市)', width: 12, value: (r) => r.member.city },
  { header: '工作单位', width: 22, value: (r) => text(r.member.employer) },
  { header: '从事行业', width: 12, value: (r) => text(r.member.industry) },
  { header: '活动证编号', width: 18, value: (r) => text(r.member.activityCardNo) },
  { header: '活动证有效期', width: 12, value: (r) => text(r.member.activityCardExpiry) },
  { header: '联系状态', width: 10, value: (r) => r.member.status },
  { header: '失联日期', width: 12, value: (r) => (r.member.status === '失联' ? text(r.member.lostContactAt) : '') },
  { header: '标签', width: 16, value: (r) => (r.member.tags ?? []).join('、') },
  { header: '结对干部', width: 10, value: (r) => text(r.cadreName) },
  { header: '备注', width: 20, value: (r, { now }) => remarkOf(r.member, now) },
];

export const ledgerHeaders = (): string[] => ledgerColumns.map((c) => c.header);

/** One spreadsheet row; `index` is the 1-based 序号 across the whole file. */
export function ledgerRow(source: LedgerSource, index: number, now: number): (string | number)[] {
  return ledgerColumns.map((c) => c.value(source, { index, now }));
}
