import type { Caller } from '@/domain/auth/grant';
import { canAdministerOrg } from '@/domain/auth/scope.rules';
import { forbidden } from '@/domain/shared/errors';

export function requireOrgAdmin(caller: Caller): void {
  if (!canAdministerOrg(caller)) throw forbidden('仅县委组织部或系统管理员可操作');
}
