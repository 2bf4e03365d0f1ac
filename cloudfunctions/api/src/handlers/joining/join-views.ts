import type { JoinRequestView } from '@/contracts/joining';
import type { JoinRequest } from '@/domain/join/join-approval.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { hmacSha256 } from '../../platform/crypto';
import { getJoinSecret } from '@shared/repos/config.repo';
import { branchesByIds, groupsByIds } from '@shared/repos/org.repo';
import { getJoinRequest } from '../../repos/join-requests.repo';

const requestIdWith = (secret: string, openid: string) => `jr${hmacSha256(secret, `join-request:${openid}`).slice(0, 24)}`;

/** A user's request id: derived from his openid (one request each) without showing it to the deciding side. */
export async function joinRequestId(openid: string): Promise<string> {
  const secret = await getJoinSecret();
  if (!secret) throw new AppError(ErrorCodes.INTERNAL, '系统尚未初始化');
  return requestIdWith(secret, openid);
}

/** His join request, if any: none can exist before the join secret does (a county set up without bootstrap). */
export async function joinRequestOf(openid: string): Promise<JoinRequest | null> {
  const secret = await getJoinSecret();
  return secret ? getJoinRequest(requestIdWith(secret, openid)) : null;
}

/** Requests with their branch and village names (two requests whatever their number). */
export async function joinRequestViews(requests: JoinRequest[]): Promise<JoinRequestView[]> {
  const [branches, groups] = await Promise.all([branchesByIds([...new Set(requests.map((r) => r.branchId))]), groupsByIds([...new Set(requests.map((r) => r.groupId))])]);
  const branchName = new Map(branches.map((b) => [b._id, b.name]));
  const groupName = new Map(groups.map((g) => [g._id, g.name]));
  return requests.map(({ openid: _openid, ...r }) => ({ ...r, branchName: branchName.get(r.branchId) ?? '', groupName: groupName.get(r.groupId) ?? '' }));
}
