import type { LocalCloud } from '../../../localcloud/server';
import type { SelfProfile } from '../../../src/domain/member/member.schema';
import { act } from './local-cloud';

/** Calls an action as `openid` and answers its data (a failure throws): `act` bound to one local cloud. */
export type Act = <T = any>(openid: string, action: string, payload?: unknown) => Promise<T>;

export const actOn = (lc: LocalCloud): Act => (openid, action, payload) => act(lc, openid, action, payload);

/** The sysadmin every e2e county is bootstrapped by. */
export const ADMIN = 'admin';

/** The member most flows start from: 王小明, working in 杭州. */
export const DEFAULT_PROFILE = { name: '王小明', gender: '男', phone: '13812345678', city: '杭州' } as const;

/** A role handed out in the seeded county; secretary and cadre are scoped to the seeded branch / group. */
export interface SeedGrant {
  openid: string;
  role: 'secretary' | 'cadre' | 'county';
}

export interface BranchSeedOptions {
  /** Joins through the branch's QR scene, into the seeded village group. */
  member?: { openid: string; profile?: Partial<SelfProfile> };
  grants?: SeedGrant[];
}

export interface BranchSeed {
  branch: { _id: string; name: string };
  group: { _id: string; name: string };
  /** The branch's join scene (what its QR code carries). */
  scene: string;
  /** The joined member's record id, when a member was asked for. */
  memberId: string | null;
}

/**
 * The county the e2e flows start from, set up through the real actions: 石阡县 bootstrapped by
 * ADMIN, 杭州云支部 and the 汤山镇 · 龙井村 village group, the branch's join scene, then optionally
 * one member joined by it and roles granted on that branch / group.
 */
export async function seedBranchWithMember(call: Act, opts: BranchSeedOptions = {}): Promise<BranchSeed> {
  await call(ADMIN, 'admin.bootstrap', { countyName: '石阡县', adminName: '张管理' });
  const branch = await call(ADMIN, 'org.createBranch', { kind: '云支部', name: '杭州云支部', city: '杭州', secretaryName: '李书记' });
  const group = await call(ADMIN, 'org.createGroup', { township: '汤山镇', village: '龙井村' });
  const { scene } = await call<{ scene: string }>(ADMIN, 'branch.qrcode', { branchId: branch._id });
  let memberId: string | null = null;
  if (opts.member) {
    const joined = await call(opts.member.openid, 'member.join', { scene, groupId: group._id, ...DEFAULT_PROFILE, ...opts.member.profile });
    memberId = joined.member._id;
  }
  for (const { openid, role } of opts.grants ?? []) {
    await call(ADMIN, 'org.grantRole', { openid, role, ...(role === 'secretary' ? { branchId: branch._id } : role === 'cadre' ? { groupId: group._id } : {}) });
  }
  return { branch, group, scene, memberId };
}
