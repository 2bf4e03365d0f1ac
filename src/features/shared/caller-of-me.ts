import type { MeView, OrgTree } from '@/contracts';
import type { Caller } from '@/domain/auth/grant';
import { isCountyWide, runsBranch } from '@/domain/auth/scope.rules';
import { call } from '@/services/cloud';

/**
 * The signed-in user as the shared scope rules expect him, so pages hide what the functions would
 * refuse using the very same rules. (Hiding is courtesy; the functions still enforce.)
 */
export const callerOfMe = (me: MeView): Caller => ({
  openid: me.openid,
  memberId: me.member?._id ?? null,
  name: me.name,
  grants: me.grants,
  placement: me.member ? { branchId: me.member.branchId, groupId: me.member.groupId } : null,
});

/** The signed-in user: his record, grants and what he reviews. */
export const loadMe = () => call('member.me');

/** The county's committees, branches and village groups. */
export const loadOrgTree = () => call('org.tree');

/** A page's own data and the signed-in user as a Caller, requested together. */
export async function withCaller<T>(load: Promise<T>): Promise<[T, Caller]> {
  const [data, me] = await Promise.all([load, loadMe()]);
  return [data, callerOfMe(me)];
}

/** The org tree and the signed-in user as a Caller: what organiser pages load first. */
export async function loadOrgContext(): Promise<{ tree: OrgTree; caller: Caller }> {
  const [tree, caller] = await withCaller(loadOrgTree());
  return { tree, caller };
}

export const isOrganizer = (me: MeView): boolean => me.grants.length > 0;

/**
 * What a publishing page (study, jobs, projects, theme day) loads: the whole tree, the tree cut to
 * the branches the caller runs (where he may publish), whether he speaks for the county, and his
 * openid (his images upload under uploads/<openid>/).
 */
export async function loadPublishContext(): Promise<{ tree: OrgTree; own: OrgTree; countyWide: boolean; openid: string }> {
  const { tree, caller } = await loadOrgContext();
  return { tree, own: { ...tree, branches: tree.branches.filter((b) => runsBranch(caller, b._id)) }, countyWide: isCountyWide(caller), openid: caller.openid };
}
