import type { ActionOutputs } from '@/contracts';
import { isArchived } from '@/domain/org/org.schema';
import type { Ctx } from '@shared/dispatch/context';
import { listGroups } from '@shared/repos/org.repo';
import { branchOfScene, verifiedScene } from './scene';

/**
 * What the join page shows before the member commits: the branch and the villages to pick from. A
 * member of another branch is offered a transfer (申请转入) instead; one of this branch, nothing to do.
 */
export async function joinPreviewHandler(input: { scene: string }, { caller }: Ctx): Promise<ActionOutputs['join.preview']> {
  const scene = await verifiedScene(input.scene);
  const [branch, groups] = await Promise.all([branchOfScene(scene), listGroups()]);
  return {
    branch: { _id: branch._id, name: branch.name, city: branch.city, kind: branch.kind, secretaryName: branch.secretaryName },
    groups: groups.filter((g) => !isArchived(g)).map((g) => ({ _id: g._id, name: g.name, township: g.township, village: g.village })),
    alreadyJoined: caller.memberId !== null,
    ownBranch: caller.placement?.branchId === branch._id,
    approval: branch.joinApproval ?? false,
  };
}
