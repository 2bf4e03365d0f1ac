import { dayOf } from '../../src/domain/shared/day.rules';
import type { LoadClient } from './client';
import { planAroundNow } from './themeday-window';

export const LOAD_ADMIN = 'load_admin';
export const LOAD_COUNTY = 'load_county';
export const secretaryOf = (branch: number) => `load_sec_${branch}`;
export const memberOpenid = (i: number) => `load_m_${String(i).padStart(4, '0')}`;

const CITIES = ['杭州', '宁波', '苏州', '上海'];
const VILLAGES = ['龙井村', '虎跑村', '梅家坞村', '茅家埠村', '翁家山村'];
const PUSHES = ['学习贯彻全会精神', '党章学习第一讲', '流动党员怎样过好组织生活'];

export interface SeededCounty {
  branches: { _id: string; name: string; scene: string; occurrenceId: string; siteCode: string; siteCodeRefreshAt: number }[];
  groupIds: string[];
  pushIds: string[];
  month: string;
  /** Organisers polling during the run: the county 组织部 and two branch secretaries. */
  organisers: { openid: string; branchId: string | null }[];
}

/**
 * Seeds over HTTP exactly as an organiser would: the county, 4 branches in 4 cities and 5 village
 * groups, 3 county-wide study pushes open for a week, and every branch's theme day meeting running
 * now (with the month's 提示单) so members can sign in online or with the on-site code.
 */
export async function seedCounty(client: LoadClient, now: number, runSeconds: number): Promise<SeededCounty> {
  await client.data(LOAD_ADMIN, 'admin.bootstrap', { countyName: '负载测试县', adminName: '管理员' });
  await client.data(LOAD_ADMIN, 'org.grantRole', { openid: LOAD_COUNTY, role: 'county' });
  const { month, plan } = planAroundNow(now, runSeconds);
  await client.data(LOAD_COUNTY, 'themeday.plan', { kind: 'sheet', month, sheet: { theme: '学习贯彻全会精神', agenda: ['重温入党誓词', '集中学习'] } });

  const branches: SeededCounty['branches'] = [];
  for (const city of CITIES) {
    const b = await client.data(LOAD_ADMIN, 'org.createBranch', { kind: '云支部', name: `${city}流动党员云支部`, city, secretaryName: `${city}书记` });
    const { scene } = await client.data(LOAD_ADMIN, 'branch.qrcode', { branchId: b._id });
    const saved = await client.data(LOAD_COUNTY, 'themeday.plan', { kind: 'rule', branchId: b._id, plan });
    const { occurrence } = await client.data(LOAD_COUNTY, 'themeday.attendance', { occurrenceId: saved.next.id });
    branches.push({ _id: b._id, name: b.name, scene, occurrenceId: occurrence.id, siteCode: occurrence.siteCode, siteCodeRefreshAt: occurrence.siteCodeRefreshAt });
  }
  const groupIds: string[] = [];
  for (const village of VILLAGES) groupIds.push((await client.data(LOAD_ADMIN, 'org.createGroup', { township: '城关镇', village }))._id);

  const dueDay = dayOf(now + 7 * 86_400_000);
  const pushIds: string[] = [];
  for (const [i, title] of PUSHES.entries()) {
    const body = [{ type: 'paragraph', text: `${title}：请结合本职工作谈体会。` }];
    pushIds.push((await client.data(LOAD_COUNTY, 'study.publish', { title, issueNo: i + 1, kind: '理论学习', body, audience: { scope: 'county' }, dueDay }))._id);
  }

  const organisers: SeededCounty['organisers'] = [{ openid: LOAD_COUNTY, branchId: null }];
  for (const b of [0, 1]) {
    await client.data(LOAD_ADMIN, 'org.grantRole', { openid: secretaryOf(b), role: 'secretary', branchId: branches[b]._id });
    organisers.push({ openid: secretaryOf(b), branchId: branches[b]._id });
  }
  return { branches, groupIds, pushIds, month, organisers };
}
