import type { Grant } from '@/domain/auth/grant';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { getAgreement } from '../../repos/agreements.repo';
import { getBranch, getGroup } from '@shared/repos/org.repo';

/** The unit a grant names must exist (a typo must not become a role over nothing). */
export async function requireUnit(grant: Grant): Promise<void> {
  if (grant.role === 'secretary' && !(await getBranch(grant.branchId))) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '支部不存在');
  if (grant.role === 'cadre' && !(await getGroup(grant.groupId))) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '网上党小组不存在');
  if (grant.role === 'inflow' && !(await getAgreement(grant.agreementId))) throw new AppError(ErrorCodes.AGREEMENT_NOT_FOUND, '共管协议不存在');
}

/** How a unit is named to people: the branch, the village (镇), the agreement; null for county-wide roles. */
export async function unitNameOf(grant: Grant): Promise<string | null> {
  if (grant.role === 'secretary') return (await getBranch(grant.branchId))?.name ?? null;
  if (grant.role === 'cadre') {
    const g = await getGroup(grant.groupId);
    return g ? `${g.village}（${g.township}）` : null;
  }
  if (grant.role === 'inflow') return (await getAgreement(grant.agreementId))?.name ?? null;
  return null;
}
