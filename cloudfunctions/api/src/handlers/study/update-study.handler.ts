import type { ActionOutputs } from '@/contracts';
import { canPushTo } from '@/domain/auth/scope.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { imageOwnersOf } from '@/domain/study/push-status.rules';
import type { StudyPush, StudyUpdateInput } from '@/domain/study/study.schema';
import type { Ctx } from '@shared/dispatch/context';
import { reannouncePush } from '../notify-todo';
import { getPushHead, updateScheduledPush } from '../../repos/studies.repo';
import { manageablePush } from './manageable-push';
import { checkedContent } from './push-content';
import { managedView } from './study-views';

const published = () => new AppError(ErrorCodes.STUDY_PUBLISHED, '该推送已发布，不能再修改；如需更正，请撤回后重新发布');

/**
 * Edits a scheduled push: the whole push again, held to what publishing holds it to, by someone
 * who manages it now and may publish to its new audience. Once live it is not edited (members may
 * have read and checked in against it): the condition is part of the one update, so an edit that
 * loses the race with its publish time changes nothing and says so. Nobody else writes a
 * scheduled push (no check-ins yet), so no transaction is needed.
 */
export async function updateStudyHandler(input: StudyUpdateInput, { caller, now }: Ctx): Promise<ActionOutputs['study.update']> {
  const push = await manageablePush(caller, input.pushId);
  if (push.withdrawnAt) throw new AppError(ErrorCodes.STUDY_WITHDRAWN, '该推送已撤回，不能再修改');
  if (push.publishAt <= now) throw published();
  if (!canPushTo(caller, input.audience)) throw forbidden('县委组织部可向全县推送，支部书记只能向本支部推送');
  const { pushId: _id, ...fields } = input;
  const content = await checkedContent(fields, now, [...imageOwnersOf(push), caller.openid], caller.openid);
  const editors = caller.openid === push.publisherOpenid ? push.editorOpenids : [...new Set([...(push.editorOpenids ?? []), caller.openid])];
  const patch: Partial<StudyPush> = { ...content, ...(editors ? { editorOpenids: editors } : {}), updatedAt: now };
  if (!(await updateScheduledPush(push._id, now, patch))) {
    const current = await getPushHead(push._id);
    if (current?.withdrawnAt) throw new AppError(ErrorCodes.STUDY_WITHDRAWN, '该推送已撤回，不能再修改');
    throw published();
  }
  if (content.publishAt !== push.publishAt) await reannouncePush({ _id: push._id, publishAt: content.publishAt }, now);
  return managedView({ ...push, ...patch } as StudyPush, now);
}
