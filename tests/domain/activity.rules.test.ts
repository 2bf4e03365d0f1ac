import { activityCodeAt, activityIdOfCode, checkActivityCode } from '../../src/domain/activity/activity-code.rules';
import { activityStatsOf, cancelMoves, countersFromTotals, eventCounterIds, eventMoves, memberFigures, personCounterIds } from '../../src/domain/activity/activity-counters.rules';
import { activityKindList } from '../../src/domain/activity/activity-kinds';
import { canHoldFor, canRunActivity, followsActivity, isForMember } from '../../src/domain/activity/activity-scope.rules';
import { canRecordOutcome, isChangeable, isCreatableStart, isEnrolmentOpen, signinWindow } from '../../src/domain/activity/activity-window.rules';
import { capacityHolds, enrolmentGuard, isFull, seatsLeft } from '../../src/domain/activity/capacity.rules';
import { hoursRefusal, maxHours } from '../../src/domain/activity/hours.rules';
import { SITE_CODE_STEP_MS } from '../../src/domain/shared/rotating-code.rules';
import { checkSiteCode, siteCodeAt } from '../../src/domain/themeday/site-code.rules';
import { createHmac } from 'node:crypto';
import { noticeMessage } from '../../src/domain/todo/notice.rules';
import type { Caller } from '../../src/domain/auth/grant';

const hmac = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest('base64url');
const H = 3_600_000;
const T0 = Date.UTC(2026, 11, 7, 2, 0); // 10:00 Shanghai
const timed = { startAt: T0, endAt: T0 + 3 * H };

describe('activity window', () => {
  it('opens sign-in 30 minutes before the start and closes it at the end', () => {
    expect(signinWindow(timed, T0 - 31 * 60_000)).toBe('before');
    expect(signinWindow(timed, T0 - 30 * 60_000)).toBe('open');
    expect(signinWindow(timed, T0 + 3 * H - 1)).toBe('open');
    expect(signinWindow(timed, T0 + 3 * H)).toBe('after');
  });

  it('closes enrolment at the start, and takes none when the activity needs none', () => {
    expect(isEnrolmentOpen({ ...timed, enrolment: true }, T0 - 1)).toBe(true);
    expect(isEnrolmentOpen({ ...timed, enrolment: true }, T0)).toBe(false);
    expect(isEnrolmentOpen({ ...timed, enrolment: false }, T0 - H)).toBe(false);
  });

  it('takes no enrolment once cancelled, and is changeable (withdraw, edit, cancel) only before the start and not cancelled', () => {
    expect(isEnrolmentOpen({ ...timed, enrolment: true, cancelled: true }, T0 - H)).toBe(false);
    expect(isChangeable(timed, T0 - 1)).toBe(true);
    expect(isChangeable(timed, T0)).toBe(false);
    expect(isChangeable({ ...timed, cancelled: true }, T0 - H)).toBe(false);
    expect(isChangeable({ ...timed, cancelled: false }, T0 - H)).toBe(true);
  });

  it('records the outcome from the start on; creates from 90 days back to a year ahead', () => {
    expect(canRecordOutcome(timed, T0 - 1)).toBe(false);
    expect(canRecordOutcome(timed, T0)).toBe(true);
    expect(isCreatableStart(T0 - 90 * 24 * H, T0)).toBe(true);
    expect(isCreatableStart(T0 - 90 * 24 * H - 1, T0)).toBe(false);
    expect(isCreatableStart(T0 + 367 * 24 * H, T0)).toBe(false);
  });
});

describe('capacity', () => {
  it('counts seats left, full at capacity, unlimited without one', () => {
    expect(seatsLeft({ capacity: 3, enrolled: 1 })).toBe(2);
    expect(seatsLeft({ capacity: 3, enrolled: 5 })).toBe(0);
    expect(seatsLeft({ capacity: null, enrolled: 500 })).toBeNull();
    expect(isFull({ capacity: 3, enrolled: 3 })).toBe(true);
    expect(isFull({ capacity: 3, enrolled: 2 })).toBe(false);
    expect(isFull({ capacity: null, enrolled: 10_000 })).toBe(false);
  });

  it('guards a seat with the capacity read and enrolled below it; unlimited holds the capacity only', () => {
    expect(enrolmentGuard(4)).toEqual({ capacity: 4, below: 4 });
    expect(enrolmentGuard(null)).toEqual({ capacity: null, below: null });
  });

  it('lets an edited capacity fall to those enrolled, not below; no limit always holds', () => {
    expect(capacityHolds(3, 3)).toBe(true);
    expect(capacityHolds(2, 3)).toBe(false);
    expect(capacityHolds(null, 500)).toBe(true);
  });
});

describe('volunteer hours', () => {
  const vol = { kind: '志愿服务' as const, ...timed };
  it('takes half hours from 0 up to the activity\'s length rounded up to the half hour', () => {
    expect(hoursRefusal(vol, 2.5)).toBeNull();
    expect(hoursRefusal(vol, 0)).toBeNull();
    expect(hoursRefusal(vol, 3)).toBeNull();
    expect(hoursRefusal(vol, 3.5)).toBe('range');
    expect(hoursRefusal(vol, -0.5)).toBe('range');
    expect(hoursRefusal(vol, 1.25)).toBe('step');
    expect(hoursRefusal(vol, Number.NaN)).toBe('step');
    expect(maxHours({ startAt: T0, endAt: T0 + 100 * 60_000 })).toBe(2);
  });

  it('only for 志愿服务', () => {
    expect(hoursRefusal({ ...vol, kind: '红色教育' }, 1)).toBe('not_volunteer');
  });
});

describe('on-site code', () => {
  const S = 'secret';
  it('is accepted in its step and the next, expired after, and names its activity', () => {
    const { code, refreshAt } = activityCodeAt(hmac, S, 'act1', T0);
    expect(activityIdOfCode(code)).toBe('act1');
    expect(refreshAt).toBeGreaterThan(T0);
    expect(checkActivityCode(hmac, S, code, T0)).toEqual({ ok: true, activityId: 'act1' });
    expect(checkActivityCode(hmac, S, code, T0 + SITE_CODE_STEP_MS)).toEqual({ ok: true, activityId: 'act1' });
    expect(checkActivityCode(hmac, S, code, T0 + 2 * SITE_CODE_STEP_MS)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses another activity\'s id spliced in, another secret, a future step and the theme day\'s code', () => {
    const { code } = activityCodeAt(hmac, S, 'act1', T0);
    expect(checkActivityCode(hmac, S, code.replace('act1', 'act2'), T0)).toEqual({ ok: false, reason: 'invalid' });
    expect(checkActivityCode(hmac, 'other', code, T0)).toEqual({ ok: false, reason: 'invalid' });
    expect(checkActivityCode(hmac, S, activityCodeAt(hmac, S, 'act1', T0 + 2 * SITE_CODE_STEP_MS).code, T0)).toEqual({ ok: false, reason: 'invalid' });
    expect(checkActivityCode(hmac, S, siteCodeAt(hmac, S, 'act1', '2026-12', T0).code, T0)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('leaves the theme day\'s code as it was: the same signature over branch, month and step', () => {
    const step = Math.floor(T0 / SITE_CODE_STEP_MS);
    const sig = hmac(S, `themeday:b1:2026-12:${step}`).slice(0, 14);
    expect(siteCodeAt(hmac, S, 'b1', '2026-12', T0).code).toBe(`t2.202612.${step.toString(36)}.${sig}`);
    expect(checkSiteCode(hmac, S, 'b1', `t2.202612.${step.toString(36)}.${sig}`, T0)).toEqual({ ok: true, month: '2026-12' });
  });
});

describe('scope', () => {
  const caller = (grants: Caller['grants']): Caller => ({ openid: 'o', memberId: null, name: null, grants, placement: null });
  it('lets the county hold for any branches, a secretary for his own only, sysadmin and cadres for none', () => {
    expect(canHoldFor(caller([{ role: 'county' }]), ['a', 'b'])).toBe(true);
    expect(canHoldFor(caller([{ role: 'secretary', branchId: 'a' }]), ['a'])).toBe(true);
    expect(canHoldFor(caller([{ role: 'secretary', branchId: 'a' }]), ['a', 'b'])).toBe(false);
    expect(canHoldFor(caller([{ role: 'secretary', branchId: 'a' }]), [])).toBe(false);
    expect(canHoldFor(caller([{ role: 'sysadmin' }]), ['a'])).toBe(false);
    expect(canHoldFor(caller([{ role: 'cadre', groupId: 'g' }]), ['a'])).toBe(false);
    expect(canRunActivity(caller([{ role: 'secretary', branchId: 'b' }]), { branchIds: ['a', 'b'] })).toBe(false);
    // He follows the joint activity (its facts), without running it.
    expect(followsActivity(caller([{ role: 'secretary', branchId: 'b' }]), { branchIds: ['a', 'b'] })).toBe(true);
    expect(followsActivity(caller([{ role: 'secretary', branchId: 'c' }]), { branchIds: ['a', 'b'] })).toBe(false);
  });

  it('is for members of its branches whose mobile status runs', () => {
    expect(isForMember({ branchIds: ['a'] }, { branchId: 'a', groupId: 'g' })).toBe(true);
    expect(isForMember({ branchIds: ['a'] }, { branchId: 'a', groupId: 'g', ended: true })).toBe(false);
    expect(isForMember({ branchIds: ['a'] }, { branchId: 'b', groupId: 'g' })).toBe(false);
    expect(isForMember({ branchIds: ['a'] }, null)).toBe(false);
  });
});

describe('counters', () => {
  it('moves the county and each branch for an event; county, branch and group for a person', () => {
    expect(eventCounterIds(2026, ['a', 'b'])).toEqual(['2026_county', '2026_b_a', '2026_b_b']);
    expect(personCounterIds(2026, { branchId: 'a', groupId: 'g' })).toEqual(['2026_county', '2026_b_a', '2026_g_g']);
  });

  it('reads a stored document as figures per kind, hours from half hours, zeros for what is missing', () => {
    const s = activityStatsOf({ events: 2, people: 5, halfHours: 7, byKind: { volunteer: { events: 1, people: 3, halfHours: 7 } } });
    expect(s).toMatchObject({ events: 2, people: 5, hours: 3.5 });
    expect(s.byKind['志愿服务']).toEqual({ events: 1, people: 3, hours: 3.5 });
    expect(s.byKind['红色教育']).toEqual({ events: 0, people: 0, hours: 0 });
    expect(Object.keys(activityStatsOf(null).byKind)).toEqual(activityKindList);
  });

  it('recomputes what a unit should hold from its totals per kind', () => {
    const want = countersFromTotals([{ kind: '志愿服务', n: 2 }], [{ kind: '志愿服务', n: 3, hours: 4.5 }, { kind: '冬春训', n: 1, hours: 0 }]);
    expect(want).toMatchObject({ events: 2, people: 4, halfHours: 9, 'byKind.volunteer.events': 2, 'byKind.volunteer.halfHours': 9, 'byKind.training.people': 1, 'byKind.red.events': 0 });
  });

  it('counts a member\'s own sign-ins as events attended and hours', () => {
    const f = memberFigures([{ kind: '志愿服务', hours: 2 }, { kind: '志愿服务', hours: 1.5 }, { kind: '家乡行', hours: 0 }]);
    expect(f).toMatchObject({ events: 3, people: 3, hours: 3.5 });
    expect(f.byKind['志愿服务']).toEqual({ events: 2, people: 2, hours: 3.5 });
  });
});

describe('cancelling', () => {
  it('takes back exactly what creating moved', () => {
    const sum: Record<string, number> = {};
    for (const moves of [eventMoves('红色教育'), cancelMoves('红色教育')]) for (const [k, v] of Object.entries(moves)) sum[k] = (sum[k] ?? 0) + v;
    expect(Object.keys(sum).sort()).toEqual(['byKind.red.events', 'events']);
    expect(Object.values(sum)).toEqual([0, 0]);
  });

  it('tells an enrolled member in 20 characters, opening his activity page', () => {
    const m = noticeMessage('activityCancelled', '参观南湖红船纪念馆与嘉兴党史馆：台风预警，活动取消', T0);
    expect(m.page).toBe('pages/activities/index');
    expect(m.data.thing1.value).toBe('活动已取消');
    expect([...m.data.thing2.value]).toHaveLength(20);
  });
});
