import type { ActionOutputs } from '@/contracts';
import { dayOf } from '@/domain/shared/day.rules';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { isCheckinOpen, targetsMember } from '@/domain/study/calendar.rules';
import type { CheckinSubmitInput, StudyPush } from '@/domain/study/study.schema';
import { foundOne, type Ctx } from '@shared/dispatch/context';
import { db } from '@shared/platform/cloud';
import { isDuplicateKey } from '@shared/platform/db-errors';
import { removeFiles } from '@shared/platform/storage';
import { checkText } from '../../platform/content-security';
import { refuseUnclean } from '../clean-text';
import { checkinId, getCheckin, insertCheckin, patchCheckin } from '../../repos/checkins.repo';
import { countCheckin, getPushWithCheckin, type CheckinDoc } from '../../repos/studies.repo';
import { requireOwnPhotos, vetNewPhotos } from './checkin-photos';
import { ownMemberId, placementOf } from '@shared/auth/guards';
import { checkinViewWithUrls } from './study-views';

/** How many accepted client keys a check-in remembers (a replay of any of them writes nothing). */
const KEYS_KEPT = 20;

const knows = (doc: CheckinDoc, key: string) => doc.clientKey === key || (doc.clientKeys ?? []).includes(key);

/**
 * 学习心得打卡. Who, branch and group come from the caller only. One check-in per member and push
 * (`_id` = pushId_memberId): the first submit inserts it — the record is the idempotency key — and
 * then counts it on the push by an atomic increment, outside any transaction (every member of the
 * push writes that document; the reconciler mends the counters should the call die in between);
 * later submits edit it; a replayed clientKey answers the stored check-in untouched.
 * Every check (targeting, window, ownership, size, content security) runs before any write.
 */
export async function submitCheckinHandler(input: CheckinSubmitInput, ctx: Ctx): Promise<ActionOutputs['checkin.submit']> {
  const { caller, now } = ctx;
  const memberId = ownMemberId(caller, '再打卡');
  const id = checkinId(input.pushId, memberId);
  const { push, mine } = await pushAndMine(ctx, input.pushId, id);
  const placement = placementOf(ctx);
  if (!push) throw new AppError(ErrorCodes.STUDY_NOT_FOUND, '学习推送不存在');
  if (mine && knows(mine, input.clientKey)) return { checkin: await checkinViewWithUrls(mine), created: false };
  if (push.publishAt > now || !targetsMember(push.audience, placement)) throw new AppError(ErrorCodes.STUDY_NOT_TARGETED, '该学习推送不面向您');
  if (push.withdrawnAt) throw new AppError(ErrorCodes.STUDY_WITHDRAWN, '该学习推送已撤回，不能再打卡');
  if (!isCheckinOpen(push, now)) throw new AppError(ErrorCodes.CHECKIN_CLOSED, `打卡已于 ${push.dueDay} 截止`);

  const photos = [...new Set(input.photos ?? [])];
  requireOwnPhotos(photos, caller.openid);
  const heldPhotos = await vet(input.text, photos, mine, caller.openid);

  const edit = { text: input.text, photos, heldPhotos, minutes: input.minutes ?? null, clientKey: input.clientKey, updatedAt: now };
  if (mine) return { checkin: await checkinViewWithUrls(await resubmit(mine, edit)), created: false };

  const first: CheckinDoc = {
    _id: id,
    pushId: push._id,
    memberId,
    openid: caller.openid,
    branchId: placement!.branchId,
    groupId: placement!.groupId,
    ...edit,
    day: dayOf(now),
    submittedAt: now,
    clientKeys: [input.clientKey],
  };
  try {
    await insertCheckin(db, first);
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    // A concurrent first submit won the `_id` (and counts it): this one is a replay or an edit.
    const winner = await getCheckin(id);
    if (!winner) throw err;
    if (knows(winner, input.clientKey)) return { checkin: await checkinViewWithUrls(winner), created: false };
    return { checkin: await checkinViewWithUrls(await resubmit(winner, edit)), created: false };
  }
  await countCheckin(db, push._id, first.branchId, first.groupId);
  return { checkin: await checkinViewWithUrls(first), created: true };
}

/** The push and his check-in of it: as read with the caller (pushWithCheckinJoins), else one request of their own. */
async function pushAndMine(ctx: Ctx, pushId: string, id: string): Promise<{ push: StudyPush | null; mine: CheckinDoc | null }> {
  const push = foundOne<StudyPush>(ctx, 'push');
  const mine = foundOne<CheckinDoc>(ctx, 'mine');
  if (push === undefined || mine === undefined) return getPushWithCheckin(pushId, id, { body: false });
  return { push, mine: mine?._id === id ? mine : null };
}

/**
 * Text and new photos through content security (skipped for what the stored check-in already holds
 * and was judged). Answers the photos held for review: the check could not judge them now.
 */
async function vet(text: string, photos: string[], mine: CheckinDoc | null, openid: string): Promise<string[]> {
  const held = new Set(mine?.heldPhotos ?? []);
  const judged = new Set((mine?.photos ?? []).filter((p) => !held.has(p)));
  const [verdict, photoCheck] = await Promise.all([
    mine?.text === text ? Promise.resolve('pass' as const) : checkText(text, openid),
    vetNewPhotos(photos.filter((p) => !judged.has(p))),
  ]);
  refuseUnclean(verdict, '心得含有不适宜发布的内容，请修改后再提交');
  return photoCheck.held;
}

/**
 * An edit of an existing check-in: one update, counters untouched (it was counted when first made).
 * Photos the edit took out are deleted once it is stored: a member's pictures do not outlive the
 * check-in that showed them (only his own files can be on it: requireOwnPhotos).
 */
async function resubmit(doc: CheckinDoc, edit: Pick<CheckinDoc, 'text' | 'photos' | 'heldPhotos' | 'minutes' | 'clientKey' | 'updatedAt'>): Promise<CheckinDoc> {
  const clientKeys = [...(doc.clientKeys ?? [doc.clientKey]), edit.clientKey].slice(-KEYS_KEPT);
  await patchCheckin(doc._id, { ...edit, clientKeys });
  const kept = new Set(edit.photos);
  await removeFiles((doc.photos ?? []).filter((p) => !kept.has(p)), 'photos taken out of a check-in');
  return { ...doc, ...edit, clientKeys };
}
