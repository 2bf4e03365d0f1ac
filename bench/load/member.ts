import type { LoadClient } from './client';
import { pick, pickWeighted, sleep, thinkTime, thinkUntil } from './random';
import { LOAD_COUNTY, memberOpenid, type SeededCounty } from './seed';

/** What the cloud acknowledged to one virtual member: the integrity check compares the data with it. */
export interface MemberLedger {
  openid: string;
  branch: number;
  groupId: string;
  memberId: string | null;
  /** pushId → the last acknowledged reflection and its client key. */
  checkins: Map<string, { text: string; key: string }>;
  signin: { occurrenceId: string; mode: 'online' | 'onsite' } | null;
}

export interface RunContext {
  client: LoadClient;
  county: SeededCounty;
  deadline: number;
  thinkMs: number;
  rnd: () => number;
}

const profile = (i: number, city: string) => ({
  name: `负载党员${String(i).padStart(4, '0')}`,
  gender: i % 2 ? '男' : '女',
  phone: `137${String(i).padStart(8, '0')}`,
  city,
  employer: i % 4 ? '电子厂' : '物流公司',
});

let keySeq = 0;
const newKey = (openid: string) => `${openid}-${(++keySeq).toString(36)}-${Date.now().toString(36)}`;
const reflection = (n: number) => `今天学习了推送内容，结合工作体会第${n}次：要把学到的用到岗位上。`;

/** The mix of a member's session after joining (weights, not shares). */
const MIX = { me: 1, list: 2, study: 3, mine: 1, current: 2, signin: 1.5 } as const;

/**
 * One member: joins with his branch's scene (one in ten taps twice, two requests at once), then
 * until the deadline does what a member does, each answer checked against what he was told before.
 */
export async function runMember(ctx: RunContext, i: number): Promise<MemberLedger> {
  const { client, county, deadline, rnd } = ctx;
  const branch = i % county.branches.length;
  const b = county.branches[branch];
  const me: MemberLedger = { openid: memberOpenid(i), branch, groupId: county.groupIds[i % county.groupIds.length], memberId: null, checkins: new Map(), signin: null };
  const think = () => thinkUntil(rnd, ctx.thinkMs, deadline);
  const payload = { scene: b.scene, groupId: me.groupId, ...profile(i, b.name.slice(0, 2)) };

  while (!me.memberId && Date.now() < deadline) {
    const taps = i % 10 === 0 ? 2 : 1;
    const answers = await Promise.all(Array.from({ length: taps }, () => client.call(me.openid, 'member.join', payload)));
    // Two records from one double tap would show in the integrity check (members ≠ LOAD_MEMBERS).
    me.memberId = answers.find((r) => r.ok)?.data.member._id ?? null;
    await think();
  }

  while (me.memberId && Date.now() < deadline) {
    const step = pickWeighted(rnd, MIX);
    if (step === 'me') {
      await client.call(me.openid, 'member.me', {}, { check: (d: any) => (d.member?._id === me.memberId ? null : `member.me answered ${d.member?._id}`) });
    } else if (step === 'list') {
      await client.call(me.openid, 'study.list', {}, { check: (d: any) => checkStudyList(me, county, d.items) });
    } else if (step === 'study') {
      await studyAndCheckIn(ctx, me, pick(rnd, county.pushIds));
    } else if (step === 'mine') {
      await client.call(me.openid, 'checkin.mine', {});
    } else if (step === 'current') {
      await client.call(me.openid, 'themeday.current', {}, { check: (d: any) => checkCurrent(me, b.occurrenceId, d) });
    } else {
      await signIn(ctx, me);
    }
    await think();
  }
  return me;
}

function checkStudyList(me: MemberLedger, county: SeededCounty, items: { _id: string; done: boolean }[]): string | null {
  for (const pushId of county.pushIds) {
    const item = items.find((p) => p._id === pushId);
    if (!item) return `study.list lacks push ${pushId}`;
    if (item.done !== me.checkins.has(pushId)) return `study.list says done=${item.done} for ${pushId}, acknowledged=${me.checkins.has(pushId)}`;
  }
  return null;
}

function checkCurrent(me: MemberLedger, occurrenceId: string, d: any): string | null {
  if (d.occurrence?.id !== occurrenceId || !d.open) return `themeday.current answered ${d.occurrence?.id} open=${d.open}`;
  if (Boolean(d.signin) !== Boolean(me.signin)) return `themeday.current signin=${JSON.stringify(d.signin)}, acknowledged=${JSON.stringify(me.signin)}`;
  return null;
}

/** Opens the push (his stored reflection must be the last one acknowledged), then submits: first, an edit, or a replay. */
async function studyAndCheckIn(ctx: RunContext, me: MemberLedger, pushId: string): Promise<void> {
  const { client, rnd } = ctx;
  const acked = me.checkins.get(pushId);
  const got = await client.call(me.openid, 'study.get', { pushId }, { check: (d: any) => ((d.mine?.text ?? null) === (acked?.text ?? null) ? null : `study.get shows ${JSON.stringify(d.mine?.text)}, acknowledged ${JSON.stringify(acked?.text)}`) });
  if (!got.ok) return;
  await sleep(thinkTime(rnd, ctx.thinkMs));
  if (acked && rnd() < 0.5) {
    // A replay (the offline queue sending again): answers the stored check-in, creates nothing.
    await client.call(me.openid, 'checkin.submit', { pushId, text: acked.text, clientKey: acked.key }, { check: (d: any) => (d.created || d.checkin.text !== acked.text ? `replay answered created=${d.created}` : null) });
    return;
  }
  const text = reflection((acked ? 1 : 0) + Math.floor(rnd() * 1000));
  const key = newKey(me.openid);
  const r = await client.call(me.openid, 'checkin.submit', { pushId, text, clientKey: key, minutes: 30 }, { check: (d: any) => (d.created === !acked ? null : `submit answered created=${d.created}, first=${!acked}`) });
  if (r.ok) me.checkins.set(pushId, { text, key });
}

/** The secretary's screen fetching the next on-site code (it changes every 30 s). */
async function renewSiteCode(ctx: RunContext, b: RunContext['county']['branches'][number]): Promise<void> {
  const { occurrence } = await ctx.client.data(LOAD_COUNTY, 'themeday.attendance', { occurrenceId: b.occurrenceId });
  b.siteCode = occurrence.siteCode;
  b.siteCodeRefreshAt = occurrence.siteCodeRefreshAt;
}

/** First sign-in (online or with the on-site code), or a replay that must be refused as already signed. */
async function signIn(ctx: RunContext, me: MemberLedger): Promise<void> {
  const { client, county, rnd } = ctx;
  const b = county.branches[me.branch];
  const mode = rnd() < 0.5 ? 'online' : 'onsite';
  if (mode === 'onsite' && Date.now() >= b.siteCodeRefreshAt) await renewSiteCode(ctx, b);
  const payload = mode === 'online' ? { mode, occurrenceId: b.occurrenceId } : { mode, code: b.siteCode };
  if (me.signin) {
    await client.call(me.openid, 'themeday.signin', payload, { expect: ['THEMEDAY.ALREADY_SIGNED'], check: () => 'a second sign-in was accepted' });
    return;
  }
  const r = await client.call(me.openid, 'themeday.signin', payload, { check: (d: any) => (d.occurrenceId === b.occurrenceId ? null : `signed in to ${d.occurrenceId}`) });
  if (r.ok) me.signin = { occurrenceId: b.occurrenceId, mode };
}
