/**
 * The local cloud dies (SIGKILL) while members join, check in and sign in over HTTP, at three
 * moments (after 10 %, 50 % and 80 % of a round's answers). After each restart on the same data
 * folder: every acknowledged (`ok: true`) join, check-in and sign-in is there, nothing is
 * duplicated, one reconciler run (cron-reconcile) leaves no counter disagreeing with its records,
 * and re-sending every request of the round completes each exactly once (a join the kill cut
 * before its users document is completed by its re-send).
 */
import { ChildCloud } from './helpers/child-cloud';
import { readStore, byId, docs } from './helpers/disk-store';
import { expectConsistent, expectCountersMatch, type Scope } from './helpers/invariants';
import { planMeeting, seedCounty } from './helpers/child-seed';
import { profile, type Result } from '../functions/helpers/cloud';
import { text } from '../functions/helpers/study';

jest.setTimeout(120_000);

const PER_ROUND = 30;
const KILL_AT = [0.1, 0.5, 0.8];
// After a restart nothing can be in flight: the reconciler need not wait for writes to settle.
const ENV = { RECONCILE_SETTLE_MS: '0' };

/** One client key per member's check-in: a re-send is the same attempt (the app's offline queue does the same). */
const keyOf = (i: number) => `fault-ck-${i}`;

type Step = { action: string; payload: unknown };
interface Chain { openid: string; steps: Step[]; acked: Array<Result | null> }

describe('SIGKILL mid-write: joins, check-ins, sign-ins', () => {
  const cc = new ChildCloud();
  let sc: Scope;
  let scene: string;
  const all: Chain[] = [];

  beforeAll(async () => {
    await cc.start(ENV);
    const county = await seedCounty(cc);
    await planMeeting(cc, county);
    ({ scene, ...sc } = county);
  });
  afterAll(() => cc.dispose());

  const chainsOf = (round: number): Chain[] =>
    Array.from({ length: PER_ROUND }, (_, k) => {
      const i = round * PER_ROUND + k;
      return {
        openid: `m_${i}`,
        acked: [],
        steps: [
          { action: 'member.join', payload: { scene, groupId: sc.groupId, ...profile(i) } },
          { action: 'checkin.submit', payload: { pushId: sc.pushId, text: text(i), clientKey: keyOf(i) } },
          { action: 'themeday.signin', payload: { mode: 'online', occurrenceId: sc.occurrenceId } },
        ],
      };
    });

  /** Runs every chain (its steps in order, chains concurrently); SIGKILL once `killAfter` answers are in. */
  async function runUntilKilled(chains: Chain[], killAfter: number) {
    let answers = 0;
    let killing: Promise<void> | null = null;
    await Promise.allSettled(
      chains.map(async (c) => {
        for (const step of c.steps) {
          const r = await cc.call(c.openid, step.action, step.payload); // throws once the process is gone
          c.acked.push(r);
          if (!r.ok) throw new Error(`${step.action} as ${c.openid}: ${r.error.code}`);
          if (++answers >= killAfter && !killing) killing = cc.kill();
        }
      }),
    );
    await (killing ?? cc.kill());
    return answers;
  }

  function expectAcknowledgedThere(chains: Chain[]) {
    const s = readStore(cc.dataDir);
    expectCountersMatch(s, sc);
    const members = new Map(docs(s, 'members').map((m) => [m.openid, m]));
    const checkins = byId(s, 'checkins');
    const signins = byId(s, 'themedaySignins');
    for (const c of chains) {
      const [join, checkin, signin] = c.acked;
      if (join?.ok) expect(members.get(c.openid)?._id).toBe(join.data.member._id);
      if (checkin?.ok) expect(checkins.get(checkin.data.checkin._id)?.clientKeys).toContain(keyOf(Number(c.openid.slice(2))));
      if (signin?.ok) expect(signins.get(`${sc.occurrenceId}_${members.get(c.openid)!._id}`)).toMatchObject({ mode: 'online', openid: c.openid });
    }
    return s;
  }

  it.each(KILL_AT.map((f, round) => [round, f]))('round %i: killed after %p of the answers, restarted, everything re-sent once', async (round, fraction) => {
    const chains = chainsOf(round);
    all.push(...chains);
    const total = chains.length * 3;
    const answered = await runUntilKilled(chains, Math.ceil(total * fraction));
    expect(answered).toBeGreaterThanOrEqual(Math.ceil(total * fraction));
    expect(answered).toBeLessThan(total); // the kill did land mid-run

    // Records cut before their counters leave drift: the reconciler's run after the restart mends it.
    await cc.start(ENV);
    expect((await cc.timer('cron-reconcile')).done).toBe(true);
    await cc.stop();
    const before = expectAcknowledgedThere(chains);
    const memberOf = new Map(docs(before, 'members').map((m) => [m.openid, m._id]));
    const checkins = byId(before, 'checkins');
    const signins = byId(before, 'themedaySignins');

    await cc.start(ENV);
    const resent = await Promise.all(
      chains.map(async (c) => {
        const out: Result[] = [];
        for (const step of c.steps) out.push(await cc.call(c.openid, step.action, step.payload));
        return out;
      }),
    );
    chains.forEach((c, k) => {
      const [join, checkin, signin] = resent[k];
      const had = memberOf.get(c.openid);
      expect(join).toMatchObject({ ok: true, data: { created: !had } });
      if (had) expect((join as any).data.member._id).toBe(had);
      const hadCheckin = had ? checkins.has(`${sc.pushId}_${had}`) : false;
      expect(checkin).toMatchObject({ ok: true, data: { created: !hadCheckin } });
      const hadSignin = had ? signins.has(`${sc.occurrenceId}_${had}`) : false;
      expect(signin).toMatchObject(hadSignin ? { ok: false, error: { code: 'THEMEDAY.ALREADY_SIGNED' } } : { ok: true });
    });
  });

  it('after the last restart: every member of every round joined, checked in and signed in exactly once', async () => {
    await cc.stop();
    const s = readStore(cc.dataDir);
    expectConsistent(s, sc);
    const openids = all.map((c) => c.openid).sort();
    expect(docs(s, 'members').map((m) => m.openid).sort()).toEqual(openids);
    expect(docs(s, 'checkins').filter((c) => c.pushId === sc.pushId).map((c) => c.openid).sort()).toEqual(openids);
    expect(docs(s, 'themedaySignins').filter((x) => x.occurrenceId === sc.occurrenceId).map((x) => x.openid).sort()).toEqual(openids);
  });
});
