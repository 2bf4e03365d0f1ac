import type { CheckinView, StudyPushSummary } from '@/contracts';
import type { StudyPush } from '@/domain/study/study.schema';
import { tempUrls } from '@shared/platform/storage';
import type { CheckinDoc } from '../../repos/studies.repo';

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
