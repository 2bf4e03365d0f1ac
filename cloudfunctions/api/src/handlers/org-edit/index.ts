import type { orgEditActions } from '@/contracts/org-edit';
import type { HandlerTable } from '@shared/dispatch/handler';
import { archiveBranchHandler } from './archive-branch.handler';
import { archiveGroupHandler } from './archive-group.handler';
import { updateBranchHandler } from './update-branch.handler';
import { updateGroupHandler } from './update-group.handler';

export const orgEditHandlers: HandlerTable<keyof typeof orgEditActions> = {
  'org.updateBranch': updateBranchHandler,
  'org.archiveBranch': archiveBranchHandler,
  'org.updateGroup': updateGroupHandler,
  'org.archiveGroup': archiveGroupHandler,
};
