import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '@/domain/shared/app-error';
import { asAppError } from './error-message';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The paging part of a list action's payload: `{}` for the first page, then `{ cursor }`. */
export type PageParams = { cursor?: string };

/**
 * Cursor paging: a change of `key` (the query) starts over, `more` appends the next page. A page
 * answering for an older query is dropped, so fast typing never mixes two result sets. `load`
 * spreads the page params into its payload.
 */
export function usePaged<T>(load: (page: PageParams) => Promise<Page<T>>, key: string) {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const generation = useRef(0);

  const fetchPage = useCallback(
    async (after: string | null, gen: number) => {
      setLoading(true);
      try {
        const page = await load(after ? { cursor: after } : {});
        if (gen !== generation.current) return;
        setItems((prev) => (after ? [...prev, ...page.items] : page.items));
        setCursor(page.nextCursor);
        setError(null);
      } catch (err) {
        if (gen === generation.current) setError(asAppError(err));
      } finally {
        if (gen === generation.current) setLoading(false);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is the caller's statement of what `load` depends on
    [key],
  );

  const restart = useCallback(() => {
    const gen = ++generation.current;
    setCursor(null);
    void fetchPage(null, gen);
  }, [fetchPage]);

  useEffect(restart, [restart]);

  const more = () => {
    if (cursor && !loading) void fetchPage(cursor, generation.current);
  };

  return { items, hasMore: cursor !== null, loading, error, more, restart };
}
