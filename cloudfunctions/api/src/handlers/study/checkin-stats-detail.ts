import type { CheckinStatsView } from '@/contracts';
import type { Caller } from '@/domain/auth/grant';
import { viewForCaller } from '@/domain/member/mask.rules';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { CheckinStatsInput, StudyPush } from '@/domain/study/study.schema';
import { audienceTargets } from '@/domain/study/study-scope.rules';
import { tempUrls } from '@shared/platform/storage';
import { checkinId, checkinsOfUnit, existingCheckinIds, type CheckinCursor } from '../../repos/checkins.repo';
import { membersByIds, queryMembers } from '@shared/repos/members.repo';
import { groupsByIds } from '@shared/repos/org.repo';
import { decodeCursor, encodeCursor } from '../page';

export const DETAIL_PAGE = 50;

type Detail = Pick<CheckinStatsView, 'notDone' | 'reflections' | 'notDoneNextCursor' | 'reflectionsNextCursor'>;

/**
 * One unit of one push, a page of each list. Not done: the next `limit` members of the unit (by
 * `_id`, newest first) minus those with a check-in, found by their check-ins' ids (two requests,
 * plus their village names). Reflections: the unit's check-ins, newest first, with their authors'
 * names (two requests). Phones are masked as in the ledger (sysadmin sees them masked).
 */
export async function statsDetail(caller: Caller, push: StudyPush, input: CheckinStatsInput): Promise<Detail> {
  const unit: Unit = input.branchId ? { branchId: input.branchId } : { groupId: input.groupId! };
  const targeted = input.branchId ? audienceTargets(push.audience, 'branch', input.branchId) : audienceTargets(push.audience, 'group', input.groupId!);
  if (!targeted) return { notDone: [], reflections: [], notDoneNextCursor: null, reflectionsNextCursor: null };
  const limit = input.limit ?? DETAIL_PAGE;
  // Both cursors are checked before either list is read.
  const notDoneAfter = input.notDoneCursor || undefined;
  if (notDoneAfter && !/^[A-Za-z0-9_-]{1,64}$/.test(notDoneAfter)) throw new AppError(ErrorCodes.INPUT_INVALID, '分页参数不正确', [{ path: 'notDoneCursor', message: '分页参数不正确' }]);
  const reflectionsAfter = decodeCursor(input.reflectionsCursor, 'reflectionsCursor');
  const [notDone, reflections] = await Promise.all([
    notDonePage(caller, push._id, unit, notDoneAfter, limit),
    reflectionsPage(push._id, unit, reflectionsAfter && { submittedAt: reflectionsAfter.n, id: reflectionsAfter.id }, limit),
  ]);
  return { ...notDone, ...reflections };
}

type Unit = { branchId: string } | { groupId: string };

async function notDonePage(caller: Caller, pushId: string, unit: Unit, before: string | undefined, limit: number) {
  const rows = await queryMembers({ ...unit, before, active: true }, limit + 1);
  const scanned = rows.slice(0, limit);
  const done = await existingCheckinIds(scanned.map((m) => checkinId(pushId, m._id)));
  const missing = scanned.filter((m) => !done.has(checkinId(pushId, m._id)));
  const groups = new Map((await groupsByIds([...new Set(missing.map((m) => m.groupId))])).map((g) => [g._id, g.name]));
  return {
    notDone: missing.map((m) => ({ memberId: m._id, name: m.name, phone: viewForCaller(caller, m).phone ?? null, groupName: groups.get(m.groupId) ?? null })),
    notDoneNextCursor: rows.length > limit ? scanned[scanned.length - 1]._id : null,
  };
}

async function reflectionsPage(pushId: string, unit: Unit, after: CheckinCursor | null, limit: number) {
  const rows = await checkinsOfUnit(pushId, unit, after, limit + 1);
  const page = rows.slice(0, limit);
  // Photos held for review (the image check could not judge them) are shown to their author only.
  const shown = (c: (typeof page)[number]) => c.photos.filter((p) => !(c.heldPhotos ?? []).includes(p));
  const [authors, urls] = await Promise.all([membersByIds(page.map((c) => c.memberId)), tempUrls(page.flatMap(shown))]);
  const names = new Map(authors.map((m) => [m._id, m.name]));
  const last = page[page.length - 1];
  return {
    reflections: page.map((c) => ({
      memberId: c.memberId,
      name: names.get(c.memberId) ?? '',
      text: c.text,
      photoUrls: shown(c).map((p) => urls[p]).filter(Boolean),
      day: c.day,
      minutes: c.minutes,
    })),
    reflectionsNextCursor: rows.length > limit ? encodeCursor(last.submittedAt, last._id) : null,
  };
}
