import { archiveBranchInputSchema, archiveGroupInputSchema, updateBranchInputSchema, updateGroupInputSchema } from '../domain/org/org-edit.schema';
import type { Branch, Group } from '../domain/org/org.schema';
import type { ActionTable } from './table';

/** The county edits and archives branches and village groups (never deletes them). */
export const orgEditActions = {
  'org.updateBranch': { fn: 'api', input: updateBranchInputSchema },
  'org.archiveBranch': { fn: 'api', input: archiveBranchInputSchema },
  'org.updateGroup': { fn: 'api', input: updateGroupInputSchema },
  'org.archiveGroup': { fn: 'api', input: archiveGroupInputSchema },
} as const satisfies ActionTable;

export interface OrgEditOutputs {
  'org.updateBranch': Branch;
  'org.archiveBranch': Branch;
  'org.updateGroup': Group;
  'org.archiveGroup': Group;
}
