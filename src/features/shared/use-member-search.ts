import { call } from '@/services/cloud';
import { useRemote } from './use-remote';

/** Members of the caller's ledger matching `q` (name, employer or city; member.list keeps the search in his scope). */
export function useMemberSearch(q: string, limit: number) {
  const term = q.trim();
  return useRemote(async () => (term ? (await call('member.list', { q: term, limit })).items : []), [term, limit]);
}
