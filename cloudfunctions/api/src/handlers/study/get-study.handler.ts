import type { ActionOutputs } from '@/contracts';
import { listScope } from '@/domain/auth/scope.rules';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { isCheckinOpen, targetsMember } from '@/domain/study/calendar.rules';
import { pushConcerns } from '@/domain/study/study-scope.rules';
import { foreignImageBlocks } from '@/domain/study/photo.rules';
import { canManagePush, imageOwnersOf } from '@/domain/study/push-status.rules';
import type { Ctx } from '@shared/dispatch/context';
import { tempUrls } from '@shared/platform/storage';
import { checkinId } from '../../repos/checkins.repo';
import { getPushWithCheckin } from '../../repos/studies.repo';
import { placementOf } from '@shared/auth/guards';
import { checkinViewWithUrls } from './study-views';

/**
 * One push with its body, for a member it targets (once published) or an organiser whose scope it
 * concerns; `mine` is the member's own check-in. The push and the check-in come in one request.
 */
export async function getStudyHandler(input: { pushId: string }, ctx: Ctx): Promise<ActionOutputs['study.get']> {
  const { caller, now } = ctx;
  const { push, mine } = await getPushWithCheckin(input.pushId, caller.memberId && checkinId(input.pushId, caller.memberId), { body: true });
  if (!push) throw new AppError(ErrorCodes.STUDY_NOT_FOUND, '学习推送不存在');
  const asOrganiser = pushConcerns(listScope(caller), push, caller.openid);
  if (!asOrganiser) {
    const targeted = push.publishAt <= now && targetsMember(push.audience, placementOf(ctx));
    if (!targeted) throw new AppError(ErrorCodes.STUDY_NOT_TARGETED, '该学习推送不面向您');
    if (push.withdrawnAt) throw new AppError(ErrorCodes.STUDY_WITHDRAWN, '该学习推送已撤回');
  }
  // Signs only the publisher's (and editors') own uploads, also for pushes stored before study.publish checked them.
  const foreign = new Set(foreignImageBlocks(push.body, imageOwnersOf(push)));
  const images = push.body.flatMap((b, i) => (b.type === 'image' && b.src.startsWith('cloud://') && !foreign.has(i) ? [b.src] : []));
  const [imageUrls, mineView] = await Promise.all([images.length ? tempUrls(images) : Promise.resolve(undefined), mine ? checkinViewWithUrls(mine) : null]);
  const { counters: _counters, publisherOpenid: _openid, editorOpenids: _editors, authorOpenid: _author, ...rest } = push;
  const open = !push.withdrawnAt && isCheckinOpen(push, now);
  return { push: imageUrls ? { ...rest, imageUrls } : rest, mine: mineView, open, ...(asOrganiser ? { manageable: canManagePush(caller, push) } : {}) };
}
