/**
 * Write paths insert the member's own record, then move the shared counters by increments outside
 * any transaction. Here the local cloud dies (SIGKILL) exactly between the two: the record is on
 * disk, its counter never moved. After the restart the drift is there, and one run of the
 * reconciler (the cron-reconcile timer, and stats.reconcile for the county) closes it and reports
 * it; the replayed call answers the stored record without counting it twice.
 */
import { ChildCloud } from './helpers/child-cloud';
import { readStore, byId, docs } from './helpers/disk-store';
import { expectConsistent, expectCountersMatch, type Scope } from './helpers/invariants';
import { planMeeting, seedCounty } from './helpers/child-seed';
import { profile } from '../functions/helpers/cloud';
import { text } from '../functions/helpers/study';
import { postJson } from '../e2e/helpers/process';

jest.setTimeout(180_000);

// After a restart nothing can be in flight: the reconciler need not wait for writes to settle.
const ENV = { RECONCILE_SETTLE_MS: '0' };

describe('SIGKILL between a record and its counters: the reconciler closes the gap', () => {
  const cc = new ChildCloud();
  let sc: Scope;
  let scene: string;

  beforeAll(async () => {
    await cc.start(ENV);
    const county = await seedCounty(cc);
    await planMeeting(cc, county);
    ({ scene, ...sc } = county);
    // Two members in first, counted normally.
    for (const i of [0, 1]) await cc.data(`m_${i}`, 'member.join', { scene, groupId: sc.groupId, ...profile(i) });
  });
  afterAll(() => cc.dispose());

  /** Arms the crash after the next insert into `coll`, makes the call (it dies unanswered), restarts. */
  async function dieAfterInsert(coll: string, openid: string, action: string, payload: unknown) {
    await postJson(cc.url, '/dev/faults', { crashAfterInsertInto: coll });
    await expect(cc.call(openid, action, payload)).rejects.toThrow();
    await cc.kill();
    await cc.start(ENV);
  }

  it.each([
    ['members', 'member.join', (i: number) => ({ scene, groupId: sc.groupId, ...profile(i) })],
    ['checkins', 'checkin.submit', (i: number) => ({ pushId: sc.pushId, text: text(i), clientKey: `drift-ck-${i}` })],
    ['themedaySignins', 'themeday.signin', () => ({ mode: 'online', occurrenceId: sc.occurrenceId })],
  ] as const)('an insert into %s without its counters (%s): drift found, mended, reported', async (coll, action, payload) => {
    const i = 9;
    if (action !== 'member.join') await cc.data(`m_${i}`, 'member.join', { scene, groupId: sc.groupId, ...profile(i) }).catch(() => undefined);
    await dieAfterInsert(coll, `m_${i}`, action, payload(i));

    await cc.stop();
    const drifted = readStore(cc.dataDir);
    expect(() => expectCountersMatch(drifted, sc)).toThrow(); // the record is there, its counter is short
    await cc.start(ENV);

    const run = await cc.timer('cron-reconcile');
    expect(run.done).toBe(true);
    expect(run.mended.length).toBeGreaterThan(0);
    await cc.stop();
    expectCountersMatch(readStore(cc.dataDir), sc);
    await cc.start(ENV);

    // The replay (the member scanning again) completes what the crash cut: his users document too. answers the stored record and counts nothing twice.
    const again = await cc.call(`m_${i}`, action, payload(i));
    if (action === 'themeday.signin') expect(again).toMatchObject({ ok: false, error: { code: 'THEMEDAY.ALREADY_SIGNED' } });
    else expect(again).toMatchObject({ ok: true, data: { created: false } });
    await cc.stop();
    expectConsistent(readStore(cc.dataDir), sc);
    await cc.start(ENV);
  });

  it('a mobility change cut before its ended counters: drift found, mended, reported', async () => {
    await cc.data('m_0', 'member.join', { scene, groupId: sc.groupId, ...profile(0) }); // already in: answers his record
    // The transaction (record, history, users document) commits; the process dies before the counters move.
    await dieAfterInsert('member_changes', 'm_0', 'member.endMobility', { reason: '返乡创业', note: '回村办合作社' });
    await cc.stop();
    const drifted = readStore(cc.dataDir);
    expect(docs(drifted, 'members').find((m) => m.openid === 'm_0')).toMatchObject({ ended: true });
    expect(() => expectCountersMatch(drifted, sc)).toThrow();
    await cc.start(ENV);

    const run = await cc.timer('cron-reconcile');
    expect(run.mended).toEqual(expect.arrayContaining([
      { doc: `unitCounters/branch:${sc.branchId}`, field: 'endedCount', was: 0, now: 1 },
      { doc: `unitCounters/branch:${sc.branchId}`, field: 'endedByReason.startup', was: 0, now: 1 },
      { doc: `unitCounters/group:${sc.groupId}`, field: 'memberCount', was: 3, now: 2 },
    ]));
    await cc.stop();
    expectConsistent(readStore(cc.dataDir), sc);
    await cc.start(ENV);
  });

  it('the county runs the same work on demand (stats.reconcile) and finds nothing left to mend', async () => {
    const r = await cc.data('county_1', 'stats.reconcile', { hours: 1 });
    expect(r).toMatchObject({ hours: 1, mended: [] });
    expect(r.checked).toBeGreaterThan(0);
    await cc.stop();
    const s = readStore(cc.dataDir);
    expect(docs(s, 'members')).toHaveLength(3);
    expect(byId(s, 'unitCounters').get(`branch:${sc.branchId}`)).toMatchObject({ memberCount: 2, endedCount: 1 });
  });
});
