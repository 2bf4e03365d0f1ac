import type { Role } from '../org/org.schema';

/** How roles are named to users. */
export const roleLabels: Record<Role, string> = {
  member: '党员',
  cadre: '村干部',
  inflow: '流入地党组织',
  secretary: '支部书记',
  county: '县委组织部',
  sysadmin: '系统管理员',
};
