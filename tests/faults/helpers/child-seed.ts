/**
 * The county every fault test starts from, made over HTTP as an organiser would: the 组织部
 * (county_1), one branch and village group with its join scene and a county-wide study push; then
 * (planMeeting) the branch's theme-day rule with a meeting on now (sign-in open, day-of reminder due).
 */
import type { ChildCloud } from './child-cloud';
import { ADMIN, bootstrapCounty, createBranch, createGroup, grantRoles, sceneOf } from '../../functions/helpers/cloud';
import { publish } from '../../functions/helpers/study';
import { planAroundNow } from '../../functions/helpers/themeday';

export interface SeededCounty { branchId: string; groupId: string; scene: string; pushId: string; month: string; occurrenceId: string }

export async function seedCounty(cc: ChildCloud): Promise<SeededCounty> {
  await bootstrapCounty(cc);
  const branch = await createBranch(cc, '杭州云支部', '杭州');
  const group = await createGroup(cc, '龙井村', '汤山镇');
  const scene = await sceneOf(cc, branch._id);
  await grantRoles(cc, {}, 'county_1');
  const push = await publish(cc, 'county_1', { title: '全县学习' });
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
