import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { ExportProgress } from '@/contracts/ledger';
import type { LedgerFilters } from '@/domain/ledger/ledger.schema';
import type { AppError } from '@/domain/shared/app-error';
import { call } from '@/services/cloud';
import { asAppError } from '../shared/error-message';

/** The last job, so coming back to the page shows (and finishes) it. */
export const LAST_JOB_KEY = 'ledgerExportJob';
/** When another call is working on the job, ask again after this pause instead of at once. */
export const BUSY_RETRY_MS = 1500;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Drives an export: each `ledger.export { jobId }` advances the job by one step within the
 * function's time limit, so the page keeps calling until the job is done or failed and shows the
 * progress of each answer. Leaving the page stops the calls; the job waits and resumes on return.
 */
export function useLedgerExport() {
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [running, setRunning] = useState(false);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const drive = async (first: () => Promise<ExportProgress>) => {
    if (running) return;
    setRunning(true);
    setError(null);
    try {
      let p = await first();
      while (alive.current) {
        setProgress(p);
        Taro.setStorageSync(LAST_JOB_KEY, p.jobId);
        if (p.state !== 'running') break;
        if (p.busy) await pause(BUSY_RETRY_MS);
        p = await call('ledger.export', { jobId: p.jobId });
      }
    } catch (err) {
      if (alive.current) setError(asAppError(err));
    } finally {
      if (alive.current) setRunning(false);
    }
  };

  const start = (filters: LedgerFilters) => {
    setProgress(null);
    return drive(() => call('ledger.export', filters));
  };

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

  const retry = () => (progress ? drive(() => call('ledger.export', { jobId: progress.jobId })) : Promise.resolve());

  return { progress, error, running, start, resumeLast, retry };
}
