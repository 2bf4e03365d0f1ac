import type { ActionOutputs } from '@/contracts';
import type { Ctx } from '../../context';
import { getCounty } from '../../repos/config.repo';
import { reviewsOpenRound } from '../../repos/evaluations.repo';
import { getMember } from '../../repos/members.repo';
import { getBranch, getGroup } from '../../repos/org.repo';

/** Who am I: grants, my record (null before joining), my branch, group and county, whether I review a round. */
export async function meHandler(_input: unknown, { caller }: Ctx): Promise<ActionOutputs['member.me']> {
  const [member, county, reviewing] = await Promise.all([caller.memberId ? getMember(caller.memberId) : null, getCounty(), reviewsOpenRound(caller.openid)]);
  const [branch, group] = member ? await Promise.all([getBranch(member.branchId), getGroup(member.groupId)]) : [null, null];
  return {
    openid: caller.openid,
    name: caller.name,
    grants: caller.grants,
    member: member ? { ...member, masked: false, branchName: branch?.name, groupName: group?.name } : null,
    branch: branch ? { _id: branch._id, name: branch.name, city: branch.city, kind: branch.kind, secretaryName: branch.secretaryName } : null,
    group: group ? { _id: group._id, name: group.name, township: group.township, village: group.village } : null,
    county: county ? { name: county.name } : null,
    reviewing,
  };
}
