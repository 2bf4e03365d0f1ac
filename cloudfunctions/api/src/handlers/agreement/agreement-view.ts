import type { AgreementSummary } from '@/contracts/agreement';
import type { Agreement } from '@/domain/agreement/agreement.schema';
import type { Caller } from '@/domain/auth/grant';
import { hasRole } from '@/domain/auth/grant';
import { forbidden } from '@/domain/shared/errors';

export const summaryOf = ({ memberIds, createdBy: _clerk, ...rest }: Agreement): AgreementSummary => ({ ...rest, memberCount: memberIds.length });

/** Agreements are made and changed by the county 组织部 only: they hand members' data to another organisation. */
export function requireCounty(caller: Caller): void {
  if (!hasRole(caller, 'county')) throw forbidden('仅县委组织部可管理共管协议');
}
