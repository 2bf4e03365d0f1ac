import { useState } from 'react';
import type { ImportView } from '@/contracts/import';
import type { ImportKind } from '@/domain/import/import.schema';
import { call } from '@/services/cloud';
import { asAppError } from '../shared/error-message';

/**
 * One import on the page: the dry run of an uploaded file, then import.run called until the job is
 * done (each call writes one step of batches and answers progress). A failure stops the loop and
 * keeps the job, so "继续导入" picks it up where it stopped.
 */
export function useImport() {
  const [view, setView] = useState<ImportView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const guard = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(asAppError(err).message);
    } finally {
      setBusy(false);
    }
  };

  const check = (kind: ImportKind, fileID: string) =>
    guard(async () => {
      setView(null);
      setView(await call('import.check', { kind, fileID }));
    });

  const run = () =>
    guard(async () => {
      if (!view) return;
      let next = view;
      for (let i = 0; i < 200 && next.state !== 'done'; i++) {
        next = await call('import.run', { jobId: next.jobId });
        setView(next);
        // Another tab holds the job right now: wait for its step instead of asking again at once.
        if (next.busy) await new Promise((r) => setTimeout(r, 1500));
      }
    });

  return { view, busy, error, check, run, reset: () => setView(null) };
}
