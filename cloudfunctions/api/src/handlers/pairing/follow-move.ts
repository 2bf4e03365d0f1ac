import type { Member } from '@/domain/member/member.schema';
import type { DbHandle } from '@shared/platform/cloud';
import { getPairing, movePairing, removePairing } from '../../repos/pairings.repo';

/**
 * Keeps the member's pairing true to his placement inside a transfer's transaction: a new
 * village ends it (his cadre holds no grant there; the new village's cadre takes him on), a new
 * branch only moves it. No pairing: nothing to do (one read).
 */
export async function followMove(tx: DbHandle, memberId: string, patch: Partial<Member>): Promise<void> {
  const pairing = await getPairing(memberId, tx);
  if (!pairing) return;
  if (patch.groupId !== undefined && patch.groupId !== pairing.groupId) await removePairing(tx, memberId);
  else if (patch.branchId !== undefined) await movePairing(tx, memberId, patch.branchId);
}
