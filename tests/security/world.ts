/**
 * The county every security case runs in. The protected party is the *target* member (branch A,
 * village group G1, covered by agreement A); each outsider is someone with a real place in the
 * county, just not over him:
 *   otherMember    — a member of branch B in G2
 *   otherSecretary — the secretary of branch B
 *   outsideCadre   — the village cadre of G2 (himself a member of branch B)
 *   outsideInflow  — an inflow organiser under agreement B (which covers otherMember only)
 *   stranger       — signed in to WeChat, never joined
 * Legitimate callers: admin (sysadmin), county (组织部), secA, cadreG1, inflowA, target, peer (A/G1).
 */
import { ADMIN, seedTwoBranches, type TestCloud } from '../functions/helpers/cloud';
import { publish, sdkDb } from '../functions/helpers/study';
import { siteCodeAt } from '../../src/domain/themeday/site-code.rules';
import { hmacSha256 } from '../../cloudfunctions/api/src/platform/crypto';
import { planAroundNow } from '../functions/helpers/themeday';
import type { Outsider } from './case';

export const openids = {
  admin: ADMIN,
  county: 'county_clerk',
  secA: 'secretary_a',
  otherSecretary: 'secretary_b',
  cadreG1: 'cadre_g1',
  outsideCadre: 'cadre_g2',
  inflowA: 'inflow_a',
  outsideInflow: 'inflow_b',
  target: 'target_member',
  peer: 'peer_member',
  otherMember: 'other_member',
  stranger: 'stranger',
  /** Never joined either, but a legitimate joiner (the stranger's probes must not make him a member). */
  newcomer: 'newcomer',
} as const satisfies Record<Outsider, string> & Record<string, string>;

export type Persona = keyof typeof openids;

/** What no outsider may ever read: the target's phone, activity card number and openid. */
const TARGET_PROFILE = { name: '王目标', gender: '男', phone: '13912345678', city: '杭州', employer: '西湖电子厂', activityCardNo: 'HZ2026TARGET' } as const;

export async function seedWorld(tc: TestCloud) {
  const { A, B, G1, G2, sa, sb } = await seedTwoBranches(tc);

  const join = async (openid: string, scene: string, groupId: string, profile: Record<string, unknown>) =>
    (await tc.data(openid, 'member.join', { scene, groupId, ...profile })).member._id as string;
  const memberIds = {
    target: await join(openids.target, sa, G1._id, TARGET_PROFILE),
    peer: await join(openids.peer, sa, G1._id, { name: '李同村', gender: '女', phone: '13911110002', city: '杭州' }),
    cadreG1: await join(openids.cadreG1, sa, G1._id, { name: '张村干', gender: '男', phone: '13911110003', city: '杭州' }),
    otherMember: await join(openids.otherMember, sb, G2._id, { name: '赵外支', gender: '男', phone: '13911110004', city: '宁波' }),
    outsideCadre: await join(openids.outsideCadre, sb, G2._id, { name: '钱村干', gender: '女', phone: '13911110005', city: '宁波' }),
  };

  const grant = (openid: string, role: string, scope: Record<string, string> = {}) => tc.data(ADMIN, 'org.grantRole', { openid, role, ...scope });
  await grant(openids.county, 'county');
  await grant(openids.secA, 'secretary', { branchId: A._id });
  await grant(openids.otherSecretary, 'secretary', { branchId: B._id });
  await grant(openids.cadreG1, 'cadre', { groupId: G1._id });
  await grant(openids.outsideCadre, 'cadre', { groupId: G2._id });

  const agreement = async (name: string, memberId: string) =>
    (await tc.data(openids.county, 'agreement.create', { name, region: name.slice(0, 3), kind: '党建联盟', fields: ['city', 'employer', 'contacts'], memberIds: [memberId] }))._id as string;
  const agreementA = await agreement('杭州市西湖区流动党员党建联盟', memberIds.target);
  const agreementB = await agreement('宁波市流动党员服务中心', memberIds.otherMember);
  await tc.data(openids.county, 'org.grantRole', { openid: openids.inflowA, role: 'inflow', agreementId: agreementA });
  await tc.data(openids.county, 'org.grantRole', { openid: openids.outsideInflow, role: 'inflow', agreementId: agreementB });

  // Branch A's study push and this month's meeting, with the target checked in and signed in.
  const pushA = await publish(tc, openids.secA, { audience: { scope: 'branches', branchIds: [A._id] } });
  await tc.data(openids.target, 'checkin.submit', { pushId: pushA._id, text: '认真学习全会精神，结合务工实际谈体会。', clientKey: 'world-target-1' });
  const { month, plan } = planAroundNow();
  await tc.data(openids.secA, 'themeday.plan', { kind: 'rule', branchId: A._id, plan });
  const occurrenceA = `${A._id}_${month}`;
  await tc.data(openids.target, 'themeday.signin', { mode: 'online', occurrenceId: occurrenceA });
  // The on-site code changes every 30 s and the suite runs for minutes: every read is the code the
  // secretary's screen shows at that moment (signed as the function signs it).
  const joinSecret = (await sdkDb().collection('config').doc('join_secret').get()).data.value as string;

  return {
    A,
    B,
    G1,
    G2,
    scenes: { A: sa, B: sb },
    memberIds,
    agreements: { A: agreementA, B: agreementB },
    pushA,
    month,
    occurrenceA,
    get siteCodeA() {
      return siteCodeAt(hmacSha256, joinSecret, A._id, month, Date.now()).code;
    },
    /** Strings no outsider's answer may contain; an area's seed may add its own (a care case's details…). */
    secrets: [TARGET_PROFILE.phone, TARGET_PROFILE.activityCardNo, openids.target] as string[],
  };
}

export type World = Awaited<ReturnType<typeof seedWorld>>;
