import type { CheckinView, ManagedPush, StudyPushSummary } from '@/contracts';
import { pushStatus } from '@/domain/study/push-status.rules';
import type { StudyPush } from '@/domain/study/study.schema';
import { tempUrls } from '@shared/platform/storage';
import type { CheckinDoc } from '../../repos/studies.repo';

/** A push as lists show it: no body, no counters, no openids. */
export function summary(push: StudyPush): StudyPushSummary {
  const { body: _body, counters: _counters, publisherOpenid: _openid, editorOpenids: _editors, ...rest } = push;
  return rest;
}

/** A push in its manager's list: its status on `now` and how many members checked in (the push's own counter). */
export const managedView = (push: StudyPush, now: number): ManagedPush => ({ ...summary(push), status: pushStatus(push, now), checkins: push.counters?.total ?? 0 });

/** A stored check-in as its author or an organiser sees it. */
export function checkinView(doc: CheckinDoc, urls: Record<string, string>): CheckinView {
  const { openid: _openid, clientKeys: _keys, ...rest } = doc;
  return { ...rest, photoUrls: doc.photos.map((p) => urls[p]).filter(Boolean) };
}

export async function checkinViewWithUrls(doc: CheckinDoc): Promise<CheckinView> {
  return checkinView(doc, doc.photos.length ? await tempUrls(doc.photos) : {});
}
