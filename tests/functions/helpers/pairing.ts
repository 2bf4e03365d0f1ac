/**
 * Pairing and co-management seeds: the county of seedTwoBranches with members in both villages,
 * a cadre per village, both secretaries and a county clerk; contacts as a cadre logs them.
 */
import { grantRoles, joinMembers, seedTwoBranches, type TestCloud } from './cloud';

export const CADRE_1 = 'cadre_1'; // 龙井村 (G1)
export const CADRE_2 = 'cadre_2'; // 虎跑村 (G2)
export const SEC_A = 'sec_a';
export const SEC_B = 'sec_b';
export const COUNTY = 'county_1';

/**
 * m_0..m_5 join branch A in G1, m_6..m_8 branch A in G2, m_9..m_10 branch B in G1.
 * Returns the org units and each member's id by openid.
 */
export async function seedPairingCounty(tc: TestCloud) {
  const org = await seedTwoBranches(tc);
  const joined = [
    ...(await joinMembers(tc, org.sa, org.G1._id, 0, 6)),
    ...(await joinMembers(tc, org.sa, org.G2._id, 6, 3)),
    ...(await joinMembers(tc, org.sb, org.G1._id, 9, 2)),
  ];
  const ids: Record<string, string> = {};
  joined.forEach((j, i) => (ids[`m_${i}`] = j.member._id));
  // Cadres are members of their village too; their names come from their records.
  await tc.data(CADRE_1, 'member.join', { scene: org.sa, groupId: org.G1._id, name: '王村干', gender: '男', phone: '13700000001', city: '杭州' });
  await tc.data(CADRE_2, 'member.join', { scene: org.sa, groupId: org.G2._id, name: '赵村干', gender: '男', phone: '13700000002', city: '杭州' });
  await grantRoles(tc, org, CADRE_1, CADRE_2, SEC_A, SEC_B, COUNTY);
  return { ...org, ids };
}

export const contact = (memberId: string, day: string, over: Record<string, unknown> = {}) => ({
  memberId,
  day,
  channel: 'phone',
  note: '电话了解近况，工作稳定',
  situation: { work: '电子厂流水线', difficulties: '无', wishToReturn: 'undecided' },
  ...over,
});
