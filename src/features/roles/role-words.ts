import type { AuditKind, RoleHolding } from '@/domain/roles/roles.schema';
import { SHANGHAI } from '@/domain/shared/day.rules';

/** Shanghai date and time (to the minute) of a role event or an invitation's expiry. */
export const whenText = (ms: number): string =>
  new Date(ms).toLocaleString('zh-CN', { timeZone: SHANGHAI, hour12: false, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });

export const viaLabels: Record<RoleHolding['via'], string> = { pick: '直接授予', invitation: '邀请接受', handover: '书记交接', bootstrap: '初始化' };

export const auditLabels: Record<AuditKind, string> = { grant: '授予', revoke: '撤销', invite: '发出邀请', accept: '接受邀请', cancel: '撤回邀请', handover: '书记交接' };
