import type { Caller } from '@/domain/auth/grant';
import { hasRole } from '@/domain/auth/grant';
import type { ImportJob, ImportKind } from '@/domain/import/import.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { getImport } from '../../repos/imports.repo';
import { requireOrgAdmin } from '@shared/auth/guards';

/**
 * Villages are organisation: the county-wide roles import them, as they create groups. The ledger
 * holds members' personal data in full: only the 组织部 (role county) imports it; sysadmin, who sees
 * masked data, does not.
 */
export function requireImporter(caller: Caller, kind: ImportKind): void {
  if (kind === 'groups') return requireOrgAdmin(caller);
  if (!hasRole(caller, 'county')) throw forbidden('仅县委组织部可导入党员台账');
}

/** A job is its checker's, and only while he may still import its kind. */
export async function ownImport(jobId: string, caller: Caller): Promise<ImportJob> {
  const job = await getImport(jobId);
  if (!job) throw new AppError(ErrorCodes.IMPORT_NOT_FOUND, '导入任务不存在');
  if (job.openid !== caller.openid) throw forbidden('只能查看自己的导入任务');
  requireImporter(caller, job.kind);
  return job;
}
