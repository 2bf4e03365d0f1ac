/**
 * The theme-day reminder fan-out (cron-theme-day, POST /timer) over 300 members, SIGKILLed in the
 * middle of a tick, restarted on the same data folder and fired until done: the dead tick's lease
 * keeps the next ticks out until its time limit has passed, then every member with consent has
 * exactly one delivery record for the stage, nobody got two reminders, and
 * every send the outbox acknowledged before the kill is recorded (sent, or `failed / interrupted`
 * when the kill fell between the send and its record — the design never resends those).
 */
import { ChildCloud } from './helpers/child-cloud';
import { docs, readStore } from './helpers/disk-store';
import { planMeeting, type SeededCounty, seedCounty } from './helpers/child-seed';
import { joinMembers } from '../functions/helpers/cloud';

jest.setTimeout(300_000);

const N = 300;
/** Every 10th member never consented: never read, never sent to. */
const consents = (i: number) => i % 10 !== 0;
/** The local outbox has no rate limit: lift the function's own throttle so a tick takes seconds. */
const ENV = { THEMEDAY_SENDS_PER_SECOND: '150', THEMEDAY_DB_REQUESTS_PER_SECOND: '100000' };

const okSends = (outbox: any[]) => outbox.filter((e) => e.kind === 'subscribeMessage' && e.result.errcode === 0);

describe('reminder fan-out killed mid-tick', () => {
  const cc = new ChildCloud();
  let county: SeededCounty;

  beforeAll(async () => {
    await cc.start(ENV);
    county = await seedCounty(cc);
    await joinMembers(cc, county.scene, county.groupId, 0, N, 20);
    for (let i = 0; i < N; i++) if (consents(i)) await cc.data(`m_${i}`, 'themeday.subscribe', { results: { THEMEDAY_REMINDER: 'accept' } });
    await planMeeting(cc, county);
  });
  afterAll(() => cc.dispose());

  it('finishes after the restart with one record per member and no double send', async () => {
    const tick = cc.timer('cron-theme-day').catch(() => null); // dies with the process
    let before: any[] = [];
    for (const t0 = Date.now(); Date.now() - t0 < 60_000; ) {
      before = await cc.outbox();
      if (okSends(before).length >= 90) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await cc.kill();
    expect(await tick).toBeNull(); // the tick never answered: the kill landed inside it
    const sentBefore = okSends(before).map((e) => e.touser);
    expect(sentBefore.length).toBeGreaterThanOrEqual(90);
    expect(sentBefore.length).toBeLessThan(N);
    expect(new Set(sentBefore).size).toBe(sentBefore.length);

    await cc.start(ENV);
    // The killed tick still holds the lease until its time limit: ticks until then do nothing.
    let last: any = null;
    let busy = 0;
    for (const t0 = Date.now(); !last?.done && Date.now() - t0 < 150_000; ) {
      last = await cc.timer('cron-theme-day');
      if (last?.busy) {
        busy++;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
    expect(last).toMatchObject({ done: true });
    // How long the lease kept ticks out depends on the function's limit (3 s default, 60 s as configured).
    console.log(`fan-out kill: ${busy} tick(s) found the dead tick's lease`);
    const sentAfter = okSends(await cc.outbox()).map((e) => e.touser);
    await cc.stop();

    const s = readStore(cc.dataDir);
    const members = docs(s, 'members');
    const deliveries = docs(s, 'themedayDeliveries').filter((d) => d.occurrenceId === county.occurrenceId);
    const stages = new Set(deliveries.map((d) => d.stage));
    expect(stages.size).toBe(1);
    const i = (openid: string) => Number(openid.slice(2));
    const consenting = members.filter((m) => consents(i(m.openid)));
    expect(deliveries).toHaveLength(consenting.length);
    expect(new Set(deliveries.map((d) => d.memberId))).toEqual(new Set(consenting.map((m) => m._id)));
    expect(deliveries.filter((d) => d.state === 'pending')).toEqual([]);

    const byOpenid = new Map(deliveries.map((d) => [d.openid, d]));
    // Acknowledged before the kill: recorded as sent, or settled once after it as interrupted.
    for (const openid of sentBefore) {
      const d = byOpenid.get(openid)!;
      expect({ openid, state: d.state, reason: d.reason }).toEqual(d.state === 'sent' ? { openid, state: 'sent', reason: undefined } : { openid, state: 'failed', reason: 'interrupted' });
    }
    // Nobody twice, before and after the restart together.
    const everyOk = [...sentBefore, ...sentAfter];
    expect(new Set(everyOk).size).toBe(everyOk.length);
    // Sent after the restart ⇒ recorded sent; never consented ⇒ no record, never sent to.
    for (const openid of sentAfter) expect(byOpenid.get(openid)!.state).toBe('sent');
    for (const d of deliveries) expect(['sent', 'failed']).toContain(d.state);
    expect(everyOk.filter((o) => !consents(i(o)))).toEqual([]);
    // The run's cursor reached the end; one-time consents are never spent below zero.
    expect(docs(s, 'themedayFanouts').filter((f) => f.occurrenceId === county.occurrenceId).every((f) => f.done)).toBe(true);
    expect(docs(s, 'themedayConsents').filter((c) => c.available < 0)).toEqual([]);
  });
});
