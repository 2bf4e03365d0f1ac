import type { Caller } from '@/domain/auth/grant';
import { exportAccessKey } from '@/domain/ledger/export-job.rules';
import type { ExportJob } from '@/domain/ledger/ledger.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { getJob } from '../../repos/exports.repo';

/** A job is its starter's alone, and only while he holds the rights it started under: nobody else may continue it or see its file. */
export async function ownJob(jobId: string, caller: Caller): Promise<ExportJob> {
  const job = await getJob(jobId);
  if (!job) throw new AppError(ErrorCodes.LEDGER_EXPORT_NOT_FOUND, '导出任务不存在');
  if (job.openid !== caller.openid) throw forbidden('只能查看自己的导出任务');
  // The file holds the rows (unmasked where he managed them) his rights then allowed.
  if (job.accessKey !== exportAccessKey(caller)) throw forbidden('您的管理权限已变更，请重新导出');
  return job;
}
