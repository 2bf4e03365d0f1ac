import type { RoleListInput } from '@/domain/roles/roles.schema';
import type { GrantableRole } from '@/domain/roles/roles.schema';

/** A 角色管理 unit: its list query, the roles granted on it and their scope fields. */
export interface RoleUnit {
  key: string;
  label: string;
  list: RoleListInput;
  roles: GrantableRole[];
  scope: { branchId?: string; groupId?: string };
}

export const countyUnit = (countyName: string): RoleUnit => ({ key: 'county', label: `${countyName}（县级）`, list: { unit: 'county' }, roles: ['county', 'sysadmin'], scope: {} });
export const branchUnit = (b: { _id: string; name: string }): RoleUnit => ({ key: b._id, label: b.name, list: { unit: 'branch', branchId: b._id }, roles: ['secretary'], scope: { branchId: b._id } });
export const groupUnit = (g: { _id: string }, label: string): RoleUnit => ({ key: g._id, label, list: { unit: 'group', groupId: g._id }, roles: ['cadre'], scope: { groupId: g._id } });
