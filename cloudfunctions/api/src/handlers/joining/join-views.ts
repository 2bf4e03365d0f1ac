import type { JoinRequestView } from '@/contracts/joining';
import type { JoinRequest } from '@/domain/join/join-approval.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { hmacSha256 } from '../../platform/crypto';
import { getJoinSecret } from '../../repos/config.repo';
import { branchesByIds, groupsByIds } from '../../repos/org.repo';

/** A user's request id: derived from his openid (one request each) without showing it to the deciding side. */
export async function joinRequestId(openid: string): Promise<string> {
  const secret = await getJoinSecret();
  if (!secret) throw new AppError(ErrorCodes.INTERNAL, '系统尚未初始化');
  return `jr${hmacSha256(secret, `join-request:${openid}`).slice(0, 24)}`;
}

/** Requests with their branch and village names (two requests whatever their number). */
export async function joinRequestViews(requests: JoinRequest[]): Promise<JoinRequestView[]> {
  const [branches, groups] = await Promise.all([branchesByIds([...new Set(requests.map((r) => r.branchId))]), groupsByIds([...new Set(requests.map((r) => r.groupId))])]);
  const branchName = new Map(branches.map((b) => [b._id, b.name]));
  const groupName = new Map(groups.map((g) => [g._id, g.name]));
  return requests.map(({ openid: _openid, ...r }) => ({ ...r, branchName: branchName.get(r.branchId) ?? '', groupName: groupName.get(r.groupId) ?? '' }));
}
