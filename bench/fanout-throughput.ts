import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalCloud } from '../localcloud/server';
import { addAll, sdkDb } from './bench-cloud';
import { planAroundNow } from './load/themeday-window';
import { fanoutLeadMs } from '../src/domain/themeday/reminder.rules';
import { timeBudget } from '../cloudfunctions/shared/platform/time-budget';
import { retryOnce } from './bench-sections';

/** The function's defaults (cron-theme-day/src/index.ts, README "Quota"), used for the real-world durations. */
const CONFIGURED_SENDS_PER_SECOND = 20;
const CONFIGURED_DB_REQUESTS_PER_SECOND = 10;
/** The documented timeout for cron-theme-day (docs/deploy.md), and the every-minute timer. */
const TIMEOUT_MS = 60_000;
const TICK_EVERY_MS = 60_000;

/**
 * The real duration of a run: an every-minute timer, each tick working until its budget's deadline
 * (timeBudget: the 60 s limit less its margin). Two bounds, the slower one wins: the send rate, and
 * the database budget spending the measured requests per member.
 */
export function realWorldDuration(members: number, requestsPerMember: number, sendsPerSecond = CONFIGURED_SENDS_PER_SECOND, dbRequestsPerSecond = CONFIGURED_DB_REQUESTS_PER_SECOND) {
  const tickSendMs = timeBudget({ time_limit_in_ms: TIMEOUT_MS }, 0).deadline;
  const perTick = Math.floor((sendsPerSecond * tickSendMs) / 1000);
  const ticks = Math.ceil(members / perTick);
  const sendSeconds = (ticks - 1) * (TICK_EVERY_MS / 1000) + (members - (ticks - 1) * perTick) / sendsPerSecond;
  const dbSeconds = (members * requestsPerMember) / dbRequestsPerSecond;
  const round = (seconds: number) => Math.round((seconds / 60) * 10) / 10;
  return {
    sendsPerSecond,
    dbRequestsPerSecond,
    atSendRate: { ticks, minutes: round(sendSeconds) },
    atDbBudget: { minutes: round(dbSeconds) },
    leadMinutes: round(fanoutLeadMs(members, { sendsPerSecond, tickSendMs, tickEveryMs: TICK_EVERY_MS }) / 1000),
  };
}

/**
 * cron-theme-day over one branch of `members` members, each with one consent, no faults: members
 * processed per second and database requests per member on OUR side. The function's throttle and
 * request budget are lifted (THEMEDAY_SENDS_PER_SECOND, THEMEDAY_DB_REQUESTS_PER_SECOND = 1e6) and
 * the local outbox answers instantly, so the figure excludes WeChat's send latency and rate; the
 * real durations at the configured 20 sends/s and 10 requests/s are computed from the measured requests.
 * Members and consents are written straight into the local cloud in batches.
 */
export async function measureFanoutThroughput(root: string, members: number) {
  process.env.THEMEDAY_SENDS_PER_SECOND = '1000000';
  process.env.THEMEDAY_DB_REQUESTS_PER_SECOND = '1000000';
  // On tmpfs when there is one: the local cloud fsyncs its journal per write, which would dominate the figure.
  const dataDir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'yzb-bench-fanout-'));
  const lc = await startLocalCloud({ port: 0, dataDir, functionsDir: join(root, 'cloudfunctions'), timers: false });
  try {
    const db = sdkDb();
    const call = async (openid: string, action: string, payload: unknown) => {
      const res = (await lc.invoke('api', { action, payload }, { openid })) as { ok: boolean; data?: any; error?: unknown };
      if (!res.ok) throw new Error(`${action}: ${JSON.stringify(res.error)}`);
      return res.data;
    };
    // Every caller read is rooted at config/county (without it each costs two requests).
    await db.collection('config').add({ data: { _id: 'county', name: '基准县', createdAt: 0, createdBy: 'fanout_admin' } });
    await db.collection('users').add({ data: { _id: 'fanout_admin', name: '管理员', grants: [{ role: 'sysadmin' }], createdAt: Date.now(), updatedAt: Date.now() } });
    const branch = await call('fanout_admin', 'org.createBranch', { kind: '云支部', name: '温州云支部', city: '温州', secretaryName: '赵书记' });
    // The meeting started 5 minutes ago (or starts in 10 just after midnight): its day-of reminder is due
    // now. Planned as for a two-hour run: a 180-minute meeting.
    const { month, plan } = planAroundNow(Date.now(), 2 * 60 * 60);
    await call('fanout_admin', 'themeday.plan', { kind: 'rule', branchId: branch._id, plan });
    const pad = (i: number) => String(i).padStart(7, '0');
    const seeded = Array.from({ length: members }, (_, i) => ({ _id: `fm${pad(i)}`, openid: `bench_f_${i}`, name: `成员${i}`, phone: `137${String(10000000 + i).slice(-8)}`, status: '正常', branchId: branch._id, groupId: 'g', joinedAt: 0, updatedAt: 0 }));
    await addAll(db, 'members', seeded);
    // Every member consented: the most requests the walk can make per member.
    await addAll(db, 'themedayConsents', seeded.map((m) => ({ _id: `${m.openid}_THEMEDAY_REMINDER`, openid: m.openid, memberId: m._id, branchId: branch._id, templateId: 'THEMEDAY_REMINDER', available: 1, accepted: 1, updatedAt: 0 })));
    await db.collection('unitCounters').doc(`branch:${branch._id}`).update({ data: { memberCount: members } });

    lc.stats.reset();
    const t0 = Date.now();
    let processed = 0;
    let sent = 0;
    let invocations = 0;
    for (let done = false; !done && invocations < 1000; invocations++) {
      const r = (await retryOnce('cron-theme-day tick', () => lc.invoke('cron-theme-day', {}))) as { done: boolean; processed: number; sent: number };
      processed += r.processed;
      sent += r.sent;
      done = r.done;
    }
    const seconds = (Date.now() - t0) / 1000;
    const requests = lc.stats.dbRequests;
    if (processed !== members || sent !== members) throw new Error(`fan-out bench: processed ${processed}, sent ${sent} of ${members}`);
    // The delivery view over the finished run (sysadmin): its cost must not grow with the run.
    lc.stats.reset();
    const view = await call('fanout_admin', 'themeday.delivery', { occurrenceId: `${branch._id}_${month}`, stage: 'dayOf' });
    const deliveryViewRequests = lc.stats.dbRequests;
    if (view.stages[0].counts.sent !== members) throw new Error(`delivery view: ${JSON.stringify(view.stages[0])}`);
    const perMember = requests / members;
    return {
      members,
      consenting: members,
      throttle: 'lifted (THEMEDAY_SENDS_PER_SECOND and THEMEDAY_DB_REQUESTS_PER_SECOND=1000000); local outbox answers instantly',
      invocations,
      seconds: Math.round(seconds * 10) / 10,
      membersPerSecond: Math.round(members / seconds),
      dbRequests: requests,
      dbRequestsPerMember: Math.round(perMember * 1000) / 1000,
      deliveryViewRequests,
      realWorld: realWorldDuration(members, perMember),
    };
  } finally {
    await lc.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
