import { archiveBranchInputSchema, archiveGroupInputSchema, updateBranchInputSchema, updateGroupInputSchema } from '../domain/org/org-edit.schema';
import type { Branch, Group } from '../domain/org/org.schema';
import { api, type ActionTable } from './table';

/** The county edits and archives branches and village groups (never deletes them). */
export const orgEditActions = {
  'org.updateBranch': api(updateBranchInputSchema),
  'org.archiveBranch': api(archiveBranchInputSchema),
  'org.updateGroup': api(updateGroupInputSchema),
  'org.archiveGroup': api(archiveGroupInputSchema),
} as const satisfies ActionTable;

export interface OrgEditOutputs {
  'org.updateBranch': Branch;
  'org.archiveBranch': Branch;
  'org.updateGroup': Group;
  'org.archiveGroup': Group;
}
