import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalCloud } from '../localcloud/server';
import { dayOf } from '../src/domain/shared/day.rules';
import { addAll, sdkDb, caller, requestsOf } from './bench-cloud';

/** Time-sortable ids shaped like the function's own (platform/ids.ts). */
const idAt = (ms: number, seq: number) => ms.toString(16).padStart(12, '0') + (seq & 0xffff).toString(16).padStart(4, '0') + randomBytes(4).toString('hex');

const reflection = (i: number) => `第${i}次学习心得：认真学习，联系实际，在外务工也不忘党员身份。`;

/**
 * checkin.submit and checkin.stats for one branch of `members` members in two village groups with
 * `pushes` pushes addressed to the branch, at two check-in volumes. Members, users documents and
 * check-ins are written straight into the local cloud in batches (as the functions would have
 * written them, counters included); pushes and the measured calls go through the api.
 */
export async function measureStudyRequests(root: string, members = 5000, pushes = 50) {
  const dataDir = mkdtempSync(join(tmpdir(), 'yzb-bench-study-'));
  const lc = await startLocalCloud({ port: 0, dataDir, functionsDir: join(root, 'cloudfunctions'), timers: false });
  try {
    const call = caller(lc);
    const db = sdkDb();
    const _ = db.command;
    // The api bundle is loaded once per process and keeps the county it saw in module scope (the
    // join figures bootstrapped another local cloud), so the county and administrator are seeded
    // directly (every caller read is rooted at config/county: without it each costs two requests).
    await db.collection('config').add({ data: { _id: 'county', name: '基准县', createdAt: 0, createdBy: 'admin' } });
    await db.collection('users').add({ data: { _id: 'admin', name: '管理员', grants: [{ role: 'sysadmin' }], createdAt: Date.now(), updatedAt: Date.now() } });
    const branch = await call('admin', 'org.createBranch', { kind: '云支部', name: '杭州云支部', city: '杭州', secretaryName: '王书记' });
    const groups = [await call('admin', 'org.createGroup', { township: '城关镇', village: '东村' }), await call('admin', 'org.createGroup', { township: '城关镇', village: '西村' })];
    await call('admin', 'org.grantRole', { openid: 'secretary', role: 'secretary', branchId: branch._id });

    const t0 = Date.now() - 30 * 86_400_000;
    const seeded = Array.from({ length: members }, (_, i) => {
      const group = groups[i % 2];
      return {
        _id: idAt(t0 + i, i), openid: `bench_s_${i}`, name: `成员${i}`, gender: i % 2 ? '男' : '女', phone: `139${String(10000000 + i).slice(-8)}`,
        city: '杭州', status: '正常', lostContactAt: null, tags: [], branchId: branch._id, groupId: group._id, joinedAt: t0 + i, updatedAt: t0 + i,
      };
    });
    await addAll(db, 'members', seeded);
    await db.collection('unitCounters').doc(`branch:${branch._id}`).update({ data: { memberCount: members } });
    for (const [k, g] of groups.entries()) await db.collection('unitCounters').doc(`group:${g._id}`).update({ data: { memberCount: Math.ceil((members - k) / 2) } });

    const pushIds: string[] = [];
    for (let p = 0; p < pushes; p++) {
      const push = await call('secretary', 'study.publish', {
        title: `第${p + 1}期学习`, issueNo: p + 1, kind: '理论学习', body: [{ type: 'paragraph', text: '学习内容' }],
        audience: { scope: 'branches', branchIds: [branch._id] }, dueDay: '2099-12-31',
      });
      pushIds.push(push._id);
    }

    /** Check-ins of members [from, to) to push `p`, counters moved as the transaction would. */
    const seedCheckins = async (p: number, from: number, to: number) => {
      const now = Date.now();
      const docs = seeded.slice(from, to).map((m, k) => ({
        _id: `${pushIds[p]}_${m._id}`, pushId: pushIds[p], memberId: m._id, openid: m.openid, branchId: m.branchId, groupId: m.groupId,
        text: reflection(k), photos: [], minutes: 30, day: dayOf(now), clientKey: `seed${p}x${k}`, clientKeys: [`seed${p}x${k}`], submittedAt: now - k, updatedAt: now - k,
      }));
      await addAll(db, 'checkins', docs);
      const byGroup: Record<string, number> = {};
      for (const d of docs) byGroup[d.groupId] = (byGroup[d.groupId] ?? 0) + 1;
      await db.collection('studyPushes').doc(pushIds[p]).update({
        data: { 'counters.total': _.inc(docs.length), [`counters.byBranch.${branch._id}`]: _.inc(docs.length), ...Object.fromEntries(Object.entries(byGroup).map(([g, n]) => [`counters.byGroup.${g}`, _.inc(n)])) },
      });
      return docs.length;
    };

    let seededCheckins = 0;
    const measure = async (label: string) => {
      const target = pushIds[pushes - 1];
      const submitter = `bench_s_${members - 1}`;
      const key = `bench${label}${Date.now().toString(36)}`;
      // the member who submits has not checked in to `target` yet (seeds stop short of him)
      const first = await requestsOf(lc, () => call(submitter, 'checkin.submit', { pushId: target, text: reflection(1), clientKey: key }));
      const resubmit = await requestsOf(lc, () => call(submitter, 'checkin.submit', { pushId: target, text: reflection(2), clientKey: `${key}b` }));
      const replay = await requestsOf(lc, () => call(submitter, 'checkin.submit', { pushId: target, text: reflection(1), clientKey: key }));
      await db.collection('checkins').doc(`${target}_${seeded[members - 1]._id}`).remove(); // measured again at the next volume
      await db.collection('studyPushes').doc(target).update({ data: { 'counters.total': _.inc(-1), [`counters.byBranch.${branch._id}`]: _.inc(-1), [`counters.byGroup.${seeded[members - 1].groupId}`]: _.inc(-1) } });
      const month = (await call('secretary', 'study.get', { pushId: target })).push.month;
      return {
        label,
        checkins: seededCheckins,
        submit: { first, resubmit, replay },
        statsPerPush: await requestsOf(lc, () => call('secretary', 'checkin.stats', { pushId: pushIds[0] })),
        statsPerMonth: await requestsOf(lc, () => call('secretary', 'checkin.stats', { month })),
        statsDetail: await requestsOf(lc, () => call('secretary', 'checkin.stats', { pushId: pushIds[0], branchId: branch._id, detail: true })),
        studyList: await requestsOf(lc, () => call(submitter, 'study.list', {})),
      };
    };

    // Low volume: 100 check-ins on each of 10 pushes. High: every member on 10 pushes (the first
    // one included), i.e. 5,000 check-ins on the push measured per push.
    for (let p = 0; p < 10; p++) seededCheckins += await seedCheckins(p, 0, 100);
    const low = await measure('low');
    for (let p = 0; p < 10; p++) seededCheckins += await seedCheckins(p, 100, members - 1);
    const high = await measure('high');
    return { members, pushes, low, high };
  } finally {
    await lc.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
