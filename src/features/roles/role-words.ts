import type { AuditKind, RoleHolding } from '@/domain/roles/roles.schema';

export const viaLabels: Record<RoleHolding['via'], string> = { pick: '直接授予', invitation: '邀请接受', handover: '书记交接', bootstrap: '初始化' };

export const auditLabels: Record<AuditKind, string> = { grant: '授予', revoke: '撤销', invite: '发出邀请', accept: '接受邀请', cancel: '撤回邀请', handover: '书记交接' };
