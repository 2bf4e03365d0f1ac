import { useCallback, useEffect, useRef, useState } from 'react';
import { AppError } from '@/domain/shared/app-error';
import { asAppError } from './error-message';
import { useShowCount } from './use-show-count';

export interface Remote<T> {
  data: T | null;
  error: AppError | null;
  loading: boolean;
  reload: () => Promise<void>;
}

/**
 * Loads a page's data and reloads it each time the page shows again (coming back from an edit
 * page must not leave a stale view). Answers of an earlier load that arrive late are dropped.
 */
export function useRemote<T>(load: () => Promise<T>, deps: unknown[] = []): Remote<T> {
  const [state, setState] = useState<{ data: T | null; error: AppError | null; loading: boolean }>({ data: null, error: null, loading: true });
  const seq = useRef(0);
  const shows = useShowCount();

  const reload = useCallback(async () => {
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true }));
    try {
      const data = await load();
      if (mine === seq.current) setState({ data, error: null, loading: false });
    } catch (err) {
      if (mine === seq.current) setState((s) => ({ data: s.data, error: asAppError(err), loading: false }));
    }
  }, deps); // eslint-disable-line react-hooks/exhaustive-deps -- the caller names what `load` depends on, as with useEffect

  useEffect(() => {
    void reload();
  }, [reload, shows]);

  return { ...state, reload };
}
