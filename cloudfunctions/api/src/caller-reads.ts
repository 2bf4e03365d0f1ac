import type { z } from 'zod';
import type { actions, ActionName } from '@/contracts';
import { claimedCode } from '@/domain/join/scene.rules';
import type { CallerRead, Join } from '@shared/repos/caller.repo';
import { unclaimedWithPhoneJoin } from './repos/claims.repo';
import { JOIN_SECRET_ROOT, joinSecretJoin } from '@shared/repos/config.repo';
import { branchByCodeJoin, groupJoin } from '@shared/repos/org.repo';
import { pushWithCheckinJoins } from './repos/studies.repo';
import { ownPlanJoin } from './repos/themeday.repo';

type Input<A extends ActionName> = z.output<(typeof actions)[A]['input']>;
type Plans = { [A in ActionName]?: (input: Input<A>, openid: string) => CallerRead };

/**
 * The documents an action reads together with its caller, in the one request that resolves him
 * (repos/caller.repo.ts): a member-facing write then costs that read, its record and its counters
 * (docs/write-paths.md, "Cost"). The handler takes them with foundOne / foundList / foundRoot.
 */
export const callerReads: Plans = {
  // Rooted at the join secret, which every join needs (his member record comes along, as on every read).
  'member.join': (input) => {
    const code = claimedCode(input.scene);
    const joins: Record<string, Join> = { group: groupJoin(input.groupId), imported: unclaimedWithPhoneJoin(input.phone) };
    if (code) joins.branch = branchByCodeJoin(code);
    return { root: JOIN_SECRET_ROOT, joins };
  },
  'checkin.submit': (input) => ({ joins: pushWithCheckinJoins(input.pushId) }),
  // On site, the code is checked with the join secret (cached per instance; read here at no cost).
  'themeday.signin': (input) => ({ joins: input.mode === 'onsite' ? { plan: ownPlanJoin, secret: joinSecretJoin } : ({ plan: ownPlanJoin } as Record<string, Join>) }),
};
