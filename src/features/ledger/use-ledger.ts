import type { MemberListInput } from '@/domain/member/member.schema';
import { call } from '@/services/cloud';
import { usePaged } from '../shared/use-paged';

export type LedgerFilters = Omit<MemberListInput, 'cursor' | 'limit'>;

const PAGE = 20;

/** The ledger's pages for the current filters. */
export function useLedger(filters: LedgerFilters) {
  return usePaged((page) => call('member.list', { ...filters, limit: PAGE, ...page }), JSON.stringify(filters));
}
