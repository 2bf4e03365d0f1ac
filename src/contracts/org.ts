import { api, type ActionTable } from './table';
import type { Grant } from '../domain/auth/grant';
import type { TreeBranch, TreeGroup } from '../domain/org/tree-view.rules';
import {
  bootstrapInputSchema,
  createBranchInputSchema,
  createGroupInputSchema,
  grantRoleInputSchema,
  qrcodeInputSchema,
  treeInputSchema,
  type Branch,
  type Group,
} from '../domain/org/org.schema';

/** The county's organisations (支部, 村小组), its organisers' roles and the branch join codes. */
export const orgActions = {
  'admin.bootstrap': api(bootstrapInputSchema),
  'org.createBranch': api(createBranchInputSchema),
  'org.createGroup': api(createGroupInputSchema),
  'org.tree': api(treeInputSchema),
  'org.grantRole': api(grantRoleInputSchema),
  'branch.qrcode': api(qrcodeInputSchema),
} as const satisfies ActionTable;

/** The organisation as the caller may see it (src/domain/org/tree-view.rules.ts: counters only within his scope). */
export interface OrgTree {
  county: { name: string } | null;
  branches: TreeBranch[];
  groups: TreeGroup[];
}

export interface OrgOutputs {
  'admin.bootstrap': { county: { name: string }; grants: Grant[] };
  'org.createBranch': Branch;
  'org.createGroup': Group;
  'org.tree': OrgTree;
  'org.grantRole': { openid: string; grants: Grant[] };
  'branch.qrcode': { branchId: string; scene: string; page: string; image: string };
}
