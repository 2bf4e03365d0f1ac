import type { ActionOutputs } from '@/contracts';
import type { JoinMatchInput } from '@/domain/import/import.schema';
import { maskPhone } from '@/domain/member/mask.rules';
import type { Ctx } from '@shared/dispatch/context';
import { unclaimedWithPhone } from '../../repos/claims.repo';
import { getBranch, getGroup } from '@shared/repos/org.repo';
import { branchOfScene, verifiedScene } from '../member/scene';

/**
 * `join.match`: before joining, the join page asks whether the county imported his record. A match
 * needs the scanned branch, the phone and the name together; the answer shows only what he typed
 * (phone masked) plus his village and city, so probing it tells nothing he did not already know.
 * A record of another branch is named by that branch, so he scans the right code instead of
 * joining twice.
 */
export async function joinMatchHandler(input: JoinMatchInput, { caller }: Ctx): Promise<ActionOutputs['join.match']> {
  const branch = await branchOfScene(await verifiedScene(input.scene));
  if (caller.memberId) return { candidate: null, elsewhere: null, alreadyJoined: true };
  const same = (await unclaimedWithPhone(input.phone)).filter((m) => m.name === input.name);
  const here = same.find((m) => m.branchId === branch._id);
  if (here) {
    const group = await getGroup(here.groupId);
    return {
      candidate: { memberId: here._id, name: here.name, phone: maskPhone(here.phone) ?? '', city: here.city, groupName: group?.name ?? null },
      elsewhere: null,
      alreadyJoined: false,
    };
  }
  const other = same[0] ? await getBranch(same[0].branchId) : null;
  return { candidate: null, elsewhere: other ? other.name : null, alreadyJoined: false };
}
