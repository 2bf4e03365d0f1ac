import Taro from '@tarojs/taro';
import type { ExportProgress } from '@/contracts/ledger';
import type { LedgerFilters } from '@/domain/ledger/ledger.schema';
import { call } from '@/services/cloud';
import { useSteppedJob } from '../shared/use-stepped-job';

/** The last job, so coming back to the page shows (and finishes) it. */
export const LAST_JOB_KEY = 'ledgerExportJob';

const advance = (jobId: string) => call('ledger.export', { jobId });
const remember = (p: ExportProgress) => Taro.setStorageSync(LAST_JOB_KEY, p.jobId);

/**
 * Drives an export: each `ledger.export { jobId }` advances the job by one step within the
 * function's time limit (shared/use-stepped-job.ts). Leaving the page stops the calls; the job
 * waits and resumes on return.
 */
export function useLedgerExport() {
  const { progress, error, running, start: startJob, drive, retry } = useSteppedJob<ExportProgress>(advance, remember);

  const start = (filters: LedgerFilters) => startJob(() => call('ledger.export', filters));

  /** Picks the last job up again: shows it, and continues it when it is still running. */
  const resumeLast = async () => {
    const jobId = Taro.getStorageSync(LAST_JOB_KEY) as string;
    if (!jobId) return;
    try {
      const p = await call('ledger.exportStatus', { jobId });
      await drive(async () => p);
    } catch {
      // Gone or no longer ours to see: forget it quietly.
      Taro.setStorageSync(LAST_JOB_KEY, '');
    }
  };

  return { progress, error, running, start, resumeLast, retry };
}
