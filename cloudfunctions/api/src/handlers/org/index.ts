import type { orgActions } from '@/contracts/org';
import type { HandlerTable } from '@shared/dispatch/handler';
import { bootstrapHandler } from './bootstrap.handler';
import { branchQrcodeHandler } from './branch-qrcode.handler';
import { createBranchHandler } from './create-branch.handler';
import { createGroupHandler } from './create-group.handler';
import { grantRoleHandler } from './grant-role.handler';
import { orgTreeHandler } from './org-tree.handler';

export const orgHandlers: HandlerTable<keyof typeof orgActions> = {
  'admin.bootstrap': bootstrapHandler,
  'org.createBranch': createBranchHandler,
  'org.createGroup': createGroupHandler,
  'org.tree': orgTreeHandler,
  'org.grantRole': grantRoleHandler,
  'branch.qrcode': branchQrcodeHandler,
};
