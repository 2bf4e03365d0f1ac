/**
 * Study and check-in seeds. Pushes go through study.publish like a real organiser's; what the API
 * cannot make (a push whose window has already closed, check-ins on past days) is written straight
 * into the local cloud through the real wx-server-sdk, shaped as the function stores it.
 */
import { dayOf } from '../../../src/domain/shared/day.rules';
import { monthOf } from '../../../src/domain/study/calendar.rules';
import { localSdkDb as sdkDb } from '../../../localcloud/sdk-db';
import type { Seedable, TestCloud } from './cloud';
import { DAY } from './days';

export { DAY, sdkDb };

export const text = (n: number | string) => `第${n}次学习心得：认真学习，联系实际，在外务工也不忘党员身份。`;

let keys = 0;
/** A fresh client key per call, as the app makes one per check-in attempt. */
export const newKey = () => `k${Date.now().toString(36)}${(keys++).toString(36).padStart(4, '0')}`;

export function publish(tc: Seedable, by: string, over: Record<string, unknown> = {}) {
  return tc.data(by, 'study.publish', {
    title: '学习党的二十届四中全会精神',
    issueNo: 1,
    kind: '理论学习',
    body: [{ type: 'heading', text: '一、会议精神' }, { type: 'paragraph', text: '全会审议通过了……' }],
    audience: { scope: 'county' },
    dueDay: '2099-12-31',
    ...over,
  });
}

export function submit(tc: TestCloud, openid: string, pushId: string, over: Record<string, unknown> = {}) {
  return tc.call(openid, 'checkin.submit', { pushId, text: text(1), clientKey: newKey(), ...over });
}

/** A push published `daysAgo` days ago whose window closed `closedDaysAgo` days ago (≥ 1: closed today). */
export async function seedPastPush(id: string, audience: object, daysAgo: number, closedDaysAgo: number, now = Date.now()) {
  const publishAt = now - daysAgo * DAY;
  const push = {
    _id: id,
    title: `往期学习 ${id}`,
    issueNo: 99,
    kind: '党课',
    body: [{ type: 'paragraph', text: '往期内容' }],
    audience,
    publishAt,
    month: monthOf(publishAt),
    dueDay: dayOf(now - closedDaysAgo * DAY),
    publisherOpenid: 'seed',
    publisherName: '种子',
    createdAt: publishAt,
    counters: { total: 0, byBranch: {}, byGroup: {} },
  };
  await sdkDb().collection('studyPushes').add({ data: push });
  return push;
}

/** A check-in stored as the function stores one (without moving counters: for calendar/streak data). */
export async function seedCheckin(pushId: string, member: { _id: string; openid: string; branchId: string; groupId: string }, day: string, at: number) {
  await sdkDb().collection('checkins').add({
    data: {
      _id: `${pushId}_${member._id}`, pushId, memberId: member._id, openid: member.openid, branchId: member.branchId, groupId: member.groupId,
      text: text(day), photos: [], minutes: null, clientKey: `seed${at}`, clientKeys: [`seed${at}`], day, submittedAt: at, updatedAt: at,
    },
  });
}

export async function getDoc(collection: string, id: string): Promise<any> {
  const { data } = await sdkDb().collection(collection).doc(id).get();
  return Array.isArray(data) ? data[0] ?? null : data ?? null;
}
