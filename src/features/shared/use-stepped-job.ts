import { useEffect, useRef, useState } from 'react';
import type { AppError } from '@/domain/shared/app-error';
import type { SteppedJobState } from '@/domain/shared/stepped-job.schema';
import { asAppError } from './error-message';

/** What every stepped job answers (the ledger export's and the posters' progress have it). */
export interface StepProgress {
  jobId: string;
  state: SteppedJobState;
  /** Another call is working on the job: this answer only reports, so ask again after a pause. */
  busy: boolean;
}

/** When another call holds the job, ask again after this pause instead of at once. */
export const BUSY_RETRY_MS = 1500;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Drives a job the backend builds in steps: each `advance(jobId)` runs one step within the
 * function's time limit and answers the progress, so the page keeps calling until the job is done
 * or failed, showing each answer (and handing it to `onProgress`, e.g. to remember the job).
 * Leaving the page stops the calls (the job waits on the server).
 */
export function useSteppedJob<P extends StepProgress>(advance: (jobId: string) => Promise<P>, onProgress?: (p: P) => void) {
  const [progress, setProgress] = useState<P | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [running, setRunning] = useState(false);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  /** Starts (or resumes) with `first`'s answer; `onEnd` gets the last progress once the job is no longer running. */
  const drive = async (first: () => Promise<P>, onEnd?: (last: P) => Promise<void> | void) => {
    if (running) return;
    setRunning(true);
    setError(null);
    try {
      let p = await first();
      while (alive.current) {
        setProgress(p);
        onProgress?.(p);
        if (p.state !== 'running') break;
        if (p.busy) await pause(BUSY_RETRY_MS);
        p = await advance(p.jobId);
      }
      if (alive.current && p.state !== 'running') await onEnd?.(p);
    } catch (err) {
      if (alive.current) setError(asAppError(err));
    } finally {
      if (alive.current) setRunning(false);
    }
  };

  /** A new job: the last one's progress is cleared while the first call runs. */
  const start = (first: () => Promise<P>, onEnd?: (last: P) => Promise<void> | void) => {
    if (running) return Promise.resolve();
    setProgress(null);
    return drive(first, onEnd);
  };

  /** Continues the shown job after a failed call (a network error, a refused step). */
  const retry = () => (progress ? drive(() => advance(progress.jobId)) : Promise.resolve());

  return { progress, error, running, start, drive, retry };
}
