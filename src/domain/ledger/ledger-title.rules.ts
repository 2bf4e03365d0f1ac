import type { ListConstraint } from '../auth/scope.rules';
import { minuteOf, SHANGHAI } from '../shared/day.rules';
import dayjs from 'dayjs';
import type { LedgerFilters } from './ledger.schema';

export interface UnitNames {
  branch: (id: string) => string | null;
  group: (id: string) => string | null;
}

/**
 * The scope a file covers, in words: the filters asked for and, when the caller is not
 * county-wide and named no branch or group of his own, the branches/groups that bound the rows.
 */
export function scopeLabel(filters: LedgerFilters, constraint: NonNullable<ListConstraint>, names: UnitNames): string {
  const parts: string[] = [];
  if (filters.branchId) parts.push(`支部：${names.branch(filters.branchId) ?? filters.branchId}`);
  if (filters.groupId) parts.push(`党小组：${names.group(filters.groupId) ?? filters.groupId}`);
  if (!constraint.unrestricted) {
    const units = [...constraint.branchIds.map((id) => names.branch(id) ?? id), ...constraint.groupIds.map((id) => names.group(id) ?? id)];
    parts.push(`管理范围：${units.join('、')}`);
  } else if (!filters.branchId && !filters.groupId) {
    parts.unshift('全县');
  }
  if (filters.agreementId) parts.push(`共管协议：${filters.agreementId}`);
  if (filters.city) parts.push(`城市：${filters.city}`);
  if (filters.status) parts.push(`联系状态：${filters.status}`);
  if (filters.tag) parts.push(`标签：${filters.tag}`);
  if (filters.q) parts.push(`关键词：${filters.q}`);
  return parts.join('；');
}

/** The title row: county, scope, export time (Shanghai) and the row count. */
export function ledgerTitle(countyName: string, scope: string, exportedAt: number, rows: number): string {
  return `${countyName}流动党员管理台账　范围：${scope}　导出时间：${minuteOf(exportedAt)}（北京时间）　共 ${rows} 人`;
}

/**
 * `exports/<openid>/<Shanghai timestamp>-<token>.xlsx`: the caller's own folder, sortable by time.
 * `token` is random (128 bits, made by the caller): the deployed storage rule lets any signed-in
 * user read a fileID he can name, and owner and time alone are guessable.
 */
export function exportFilePath(openid: string, at: number, token: string): string {
  return `exports/${openid}/${dayjs(at).tz(SHANGHAI).format('YYYYMMDD-HHmmss-SSS')}-${token}.xlsx`;
}

/** What the user's device saves the file as. */
export function exportFileName(countyName: string, at: number): string {
  return `${countyName}流动党员管理台账-${dayjs(at).tz(SHANGHAI).format('YYYYMMDD-HHmm')}.xlsx`;
}
