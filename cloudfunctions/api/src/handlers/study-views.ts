import type { CheckinView, StudyPushSummary } from '@/contracts';
import type { Placement } from '@/domain/auth/grant';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { StudyPush } from '@/domain/study/study.schema';
import type { Ctx } from '../context';
import { tempUrls } from '../platform/storage';
import { getMember } from '../repos/members.repo';
import type { CheckinDoc } from '../repos/studies.repo';

/** A push as lists show it: no body, no counters, no publisher openid. */
export function summary(push: StudyPush): StudyPushSummary {
  const { body: _body, counters: _counters, publisherOpenid: _openid, ...rest } = push;
  return rest;
}

/** A stored check-in as its author or an organiser sees it. */
export function checkinView(doc: CheckinDoc, urls: Record<string, string>): CheckinView {
  const { openid: _openid, clientKeys: _keys, ...rest } = doc;
  return { ...rest, photoUrls: doc.photos.map((p) => urls[p]).filter(Boolean) };
}

export async function checkinViewWithUrls(doc: CheckinDoc): Promise<CheckinView> {
  return checkinView(doc, doc.photos.length ? await tempUrls(doc.photos) : {});
}

/**
 * Where the caller sits. Normally from his users document (no request); a member whose users
 * document predates placements costs one read of his record.
 */
export async function placementOf({ caller }: Ctx): Promise<Placement | null> {
  // A member whose mobile status ended is in no audience: no pushes, check-ins or meetings.
  if (caller.placement?.ended) return null;
  if (caller.placement || !caller.memberId) return caller.placement;
  const member = await getMember(caller.memberId);
  return member && !member.ended ? { branchId: member.branchId, groupId: member.groupId } : null;
}

/** Keyset cursors `<number>.<id>`: a sort value and the `_id` that breaks its ties. */
export const encodeCursor = (n: number, id: string) => `${n}.${id}`;

export function decodeCursor(cursor: string | undefined, field: string): { n: number; id: string } | null {
  if (!cursor) return null;
  const m = /^(\d{1,16})\.([A-Za-z0-9_-]{1,128})$/.exec(cursor);
  if (!m) throw new AppError(ErrorCodes.INPUT_INVALID, '分页参数不正确', [{ path: field, message: '分页参数不正确' }]);
  return { n: Number(m[1]), id: m[2] };
}
