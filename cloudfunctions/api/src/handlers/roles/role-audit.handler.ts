import type { RoleOutputs } from '@/contracts/roles';
import { readsRoles } from '@/domain/roles/role-change.rules';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { agreementsByIds } from '../../repos/agreements.repo';
import { branchesByIds, groupsByIds } from '@shared/repos/org.repo';
import { auditPage } from '../../repos/roles.repo';
import { pageOf } from '../page';

/** The role audit log, newest first: the county 组织部 reads it (and sysadmin, whose own changes it shows the county). */
export async function roleAuditHandler(input: { cursor?: string; limit?: number }, { caller }: Ctx): Promise<RoleOutputs['role.audit']> {
  if (!readsRoles(caller)) throw forbidden('仅县委组织部或系统管理员可查看角色变更记录');
  const limit = input.limit ?? 30;
  const rows = await auditPage(limit + 1, input.cursor);
  const ids = (role: string) => [...new Set(rows.filter((r) => r.role === role && r.unitId).map((r) => r.unitId as string))];
  const [branches, groups, agreements] = await Promise.all([branchesByIds(ids('secretary')), groupsByIds(ids('cadre')), agreementsByIds(ids('inflow'))]);
  const names = new Map<string, string>([
    ...branches.map((b) => [b._id, b.name] as [string, string]),
    ...groups.map((g) => [g._id, `${g.village}（${g.township}）`] as [string, string]),
    ...agreements.map((a) => [a._id, a.name] as [string, string]),
  ]);
  return pageOf(rows, limit, (r) => {
    const unitId = r.unitId;
    return { _id: r._id, at: r.at, kind: r.kind, actorName: r.actorName, targetName: r.targetName, role: r.role, unitId, unitName: unitId ? (names.get(unitId) ?? null) : null };
  });
}
