import { deliveryKey, dueStage, fanoutLeadMs, stageTimes } from '../../src/domain/themeday/reminder.rules';
import { occurrenceIn } from '../../src/domain/themeday/occurrence.rules';
import { checkSiteCode, SITE_CODE_STEP_MS, siteCodeAt } from '../../src/domain/themeday/site-code.rules';
import { createHmac } from 'node:crypto';

const at = (iso: string) => Date.parse(iso);
// March 1st 2028 09:00 Shanghai: three days before crosses Feb 29 of a leap year.
const o = occurrenceIn('b1', { rule: { kind: 'dayOfMonth', day: 1 }, time: '09:00', durationMinutes: 120 }, '2028-03');

describe('reminder stages', () => {
  it('puts "before" N days earlier at 08:00 Shanghai (00:00 UTC), across Feb 29', () => {
    expect(stageTimes(o)).toEqual({ before: at('2028-02-27T00:00:00Z'), dayOf: at('2028-03-01T00:00:00Z') });
    expect(stageTimes(o, { daysBefore: 1, morning: '07:30' }).before).toBe(at('2028-02-28T23:30:00Z'));
  });

  it('is due by stage, the latest only, and never after the end', () => {
    expect(dueStage(o, at('2028-02-26T23:59:59Z'))).toBeNull();
    expect(dueStage(o, at('2028-02-27T00:00:00Z'))).toBe('before');
    expect(dueStage(o, at('2028-02-29T12:00:00Z'))).toBe('before');
    expect(dueStage(o, at('2028-03-01T00:00:00Z'))).toBe('dayOf');
    expect(dueStage(o, o.end - 1)).toBe('dayOf');
    expect(dueStage(o, o.end)).toBeNull();
  });

  it('sends the day-of reminder at the start at the latest (an early meeting)', () => {
    const early = occurrenceIn('b1', { rule: { kind: 'dayOfMonth', day: 1 }, time: '07:00', durationMinutes: 60 }, '2028-03');
    expect(stageTimes(early).dayOf).toBe(early.start);
  });

  it('can disable the early stage', () => {
    expect(stageTimes(o, { daysBefore: 0, morning: '08:00' }).before).toBeNull();
    expect(dueStage(o, at('2028-02-28T00:00:00Z'), { daysBefore: 0, morning: '08:00' })).toBeNull();
  });

  it('keys deliveries by occurrence, stage and member', () => {
    expect(deliveryKey(o.id, 'before', 'm1')).toBe('b1_2028-03_before_m1');
    expect(deliveryKey(o.id, 'dayOf', 'm1')).not.toBe(deliveryKey(o.id, 'before', 'm1'));
  });
});

describe('on-site codes', () => {
  const hmac = (s: string, d: string) => createHmac('sha256', s).update(d).digest('base64url');
  const now = Date.UTC(2026, 10, 10, 12, 0, 7); // 7 s into a 30 s step
  const { code, refreshAt } = siteCodeAt(hmac, 'secret', 'branchA', '2026-11', now);

  it('fits a QR scene, is good for its branch now and says when the next one is due', () => {
    expect(code.length).toBeLessThanOrEqual(32);
    expect(checkSiteCode(hmac, 'secret', 'branchA', code, now)).toEqual({ ok: true, month: '2026-11' });
    expect(refreshAt - now).toBe(SITE_CODE_STEP_MS - 7_000);
  });
  it('changes every 30 s', () => {
    expect(siteCodeAt(hmac, 'secret', 'branchA', '2026-11', now + 22_999).code).toBe(code);
    expect(siteCodeAt(hmac, 'secret', 'branchA', '2026-11', now + 23_000).code).not.toBe(code);
  });
  it('accepts the previous step (clock skew, a scan at the turn), not an older one', () => {
    expect(checkSiteCode(hmac, 'secret', 'branchA', code, now + SITE_CODE_STEP_MS)).toEqual({ ok: true, month: '2026-11' });
    expect(checkSiteCode(hmac, 'secret', 'branchA', code, now + 2 * SITE_CODE_STEP_MS)).toEqual({ ok: false, reason: 'expired' });
    expect(checkSiteCode(hmac, 'secret', 'branchA', code, now + 24 * 3600_000)).toEqual({ ok: false, reason: 'expired' });
  });
  it('refuses another branch, a changed month or step, a forged signature, another secret, a future step', () => {
    const invalid = { ok: false, reason: 'invalid' };
    const [, ym, step] = code.split('.');
    const later = (parseInt(step, 36) - 5).toString(36);
    expect(checkSiteCode(hmac, 'secret', 'branchB', code, now)).toEqual(invalid);
    expect(checkSiteCode(hmac, 'secret', 'branchA', code.replace(ym, '202612'), now)).toEqual(invalid);
    expect(checkSiteCode(hmac, 'secret', 'branchA', code.replace(`.${step}.`, `.${later}.`), now)).toEqual(invalid);
    expect(checkSiteCode(hmac, 'secret', 'branchA', code.replace(`.${step}.`, `.0${step}.`), now)).toEqual(invalid);
    expect(checkSiteCode(hmac, 'secret', 'branchA', code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A'), now)).toEqual(invalid);
    expect(checkSiteCode(hmac, 'other', 'branchA', code, now)).toEqual(invalid);
    expect(checkSiteCode(hmac, 'secret', 'branchA', code, now - SITE_CODE_STEP_MS)).toEqual(invalid);
    expect(checkSiteCode(hmac, 'secret', 'branchA', 'garbage', now)).toEqual(invalid);
  });
  it('calls a month-long code of the old kind out of use', () => {
    expect(checkSiteCode(hmac, 'secret', 'branchA', 't1.202611.AAAAAAAAAAAAAAAA', now)).toEqual({ ok: false, reason: 'expired' });
  });
});

describe('day-of lead time', () => {
  // 20 sends/s for 51 s per tick (a 60 s limit less its margin), a tick a minute: 1,020 members per tick.
  const pace = { sendsPerSecond: 20, tickSendMs: 51_000, tickEveryMs: 60_000 };

  it('is the ticks the branch needs plus one of slack', () => {
    expect(fanoutLeadMs(0, pace)).toBe(60_000);
    expect(fanoutLeadMs(1_020, pace)).toBe(2 * 60_000);
    expect(fanoutLeadMs(1_021, pace)).toBe(3 * 60_000);
    expect(fanoutLeadMs(100_000, pace)).toBe(100 * 60_000);
  });

  it('moves the day-of reminder before the morning only when the branch is too big for it', () => {
    // The meeting starts at 09:00, the morning reminder is at 08:00: an hour is enough for 50 ticks.
    expect(stageTimes(o, undefined, undefined, fanoutLeadMs(50_000, pace)).dayOf).toBe(at('2028-03-01T00:00:00Z'));
    // 100,000 members take 100 minutes: the run starts at 07:20, 100 minutes before the start.
    const lead = fanoutLeadMs(100_000, pace);
    expect(stageTimes(o, undefined, undefined, lead).dayOf).toBe(o.start - lead);
    expect(dueStage(o, o.start - lead - 1, undefined, undefined, lead)).toBe('before');
    expect(dueStage(o, o.start - lead, undefined, undefined, lead)).toBe('dayOf');
  });
});
