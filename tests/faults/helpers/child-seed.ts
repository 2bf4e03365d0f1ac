/**
 * The county every fault test starts from, made over HTTP as an organiser would: the 组织部
 * (county_1), one branch and village group with its join scene and a county-wide study push; then
 * (planMeeting) the branch's theme-day rule with a meeting on now (sign-in open, day-of reminder due).
 */
import type { ChildCloud } from './child-cloud';
import { ADMIN, profile, type TestCloud } from '../../functions/helpers/cloud';
import { publish } from '../../functions/helpers/study';
import { planAroundNow } from '../../functions/helpers/themeday';

export interface SeededCounty { branchId: string; groupId: string; scene: string; pushId: string; month: string; occurrenceId: string }

export async function seedCounty(cc: ChildCloud): Promise<SeededCounty> {
  await cc.data(ADMIN, 'admin.bootstrap', { countyName: '石阡县', adminName: '张管理' });
  const branch = await cc.data(ADMIN, 'org.createBranch', { kind: '云支部', name: '杭州云支部', city: '杭州', secretaryName: '李书记', secretaryPhone: '13900000001' });
  const group = await cc.data(ADMIN, 'org.createGroup', { township: '汤山镇', village: '龙井村' });
  const scene = (await cc.data(ADMIN, 'branch.qrcode', { branchId: branch._id })).scene;
  await cc.data(ADMIN, 'org.grantRole', { openid: 'county_1', role: 'county' });
  // publish() only needs data(openid, action, payload), which the child cloud has too.
  const push = await publish(cc as unknown as TestCloud, 'county_1', { title: '全县学习' });
  const { month } = planAroundNow();
  return { branchId: branch._id, groupId: group._id, scene, pushId: push._id, month, occurrenceId: `${branch._id}_${month}` };
}

/**
 * The meeting goes on now. The child's own per-minute reminder timer runs from here on, so a test
 * that counts reminders plans only once its members are in (a run that finds the branch complete
 * marks the stage done, and later joiners are not reminded for it).
 */
export async function planMeeting(cc: ChildCloud, county: SeededCounty): Promise<void> {
  const { month, plan } = planAroundNow();
  if (month !== county.month) throw new Error('the month turned while seeding: run again');
  await cc.data(ADMIN, 'themeday.plan', { kind: 'rule', branchId: county.branchId, plan });
}

/** Members m_<from> … m_<from+n-1> join (then `after` runs for each), `parallel` at a time. */
export async function joinAll(cc: ChildCloud, county: SeededCounty, from: number, n: number, after?: (openid: string, i: number) => Promise<unknown>, parallel = 20): Promise<void> {
  for (let i = from; i < from + n; i += parallel) {
    await Promise.all(
      Array.from({ length: Math.min(parallel, from + n - i) }, async (_, k) => {
        const openid = `m_${i + k}`;
        await cc.data(openid, 'member.join', { scene: county.scene, groupId: county.groupId, ...profile(i + k) });
        await after?.(openid, i + k);
      }),
    );
  }
}
