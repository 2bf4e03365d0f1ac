import { useCallback, useEffect, useRef, useState } from 'react';
import type { MemberView } from '@/contracts';
import type { MemberListInput } from '@/domain/member/member.schema';
import type { AppError } from '@/domain/shared/errors';
import { call } from '@/services/cloud';
import { asAppError } from '../shared/error-message';

export type LedgerFilters = Omit<MemberListInput, 'cursor' | 'limit'>;

const PAGE = 20;

/**
 * Cursor paging over the ledger: a filter change starts over, "more" appends the next page.
 * A page answering for an older filter is dropped, so fast typing never mixes two result sets.
 */
export function useLedger(filters: LedgerFilters) {
  const [items, setItems] = useState<MemberView[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const generation = useRef(0);
  const key = JSON.stringify(filters);

  const fetchPage = useCallback(
    async (after: string | null, gen: number) => {
      setLoading(true);
      try {
        const page = await call('member.list', { ...filters, limit: PAGE, ...(after ? { cursor: after } : {}) });
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
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );

  const restart = useCallback(() => {
    const gen = ++generation.current;
    setItems([]);
    setCursor(null);
    void fetchPage(null, gen);
  }, [fetchPage]);

  useEffect(restart, [restart]);

  const more = () => {
    if (cursor && !loading) void fetchPage(cursor, generation.current);
  };

  return { items, hasMore: cursor !== null, loading, error, more, restart };
}
