import type { ActionOutputs } from '@/contracts';
import type { Ctx } from '@shared/dispatch/context';
import { getPushHead, withdrawPush } from '../../repos/studies.repo';
import { manageablePush } from './manageable-push';
import { managedView } from './study-views';

/**
 * Withdraws a push (docs/decisions/study.md, "Withdrawing a push"): members no longer list, open or
 * check in to it and their to-dos drop it; the check-ins made stay, and so do the push's counters,
 * which the reconciler keeps mending from those check-ins. A scheduled push withdrawn never goes
 * live. Withdrawing twice answers the push as it is: a retried tap is not an error.
 */
export async function withdrawStudyHandler(input: { pushId: string }, { caller, now }: Ctx): Promise<ActionOutputs['study.withdraw']> {
  const push = await manageablePush(caller, input.pushId);
  if (push.withdrawnAt) return managedView(push, now);
  await withdrawPush(push._id, now);
  return managedView((await getPushHead(push._id)) ?? push, now);
}
