import type { ImportView } from '../domain/import/import-job.rules';
import { importCheckInputSchema, importJobInputSchema, joinMatchInputSchema, memberClaimInputSchema } from '../domain/import/import.schema';
import type { MemberView } from './member';
import { api, sheets, type ActionTable } from './table';

/** Bulk import of villages and the ledger (.xlsx: dry run, then import in steps; served by `sheets`), and members claiming imported records (`api`: no workbook). */
export const importActions = {
  'import.check': sheets(importCheckInputSchema),
  'import.run': sheets(importJobInputSchema),
  'import.status': sheets(importJobInputSchema),
  'join.match': api(joinMatchInputSchema),
  'member.claim': api(memberClaimInputSchema),
} as const satisfies ActionTable;

export type { ImportView } from '../domain/import/import-job.rules';

/** An imported record that matches the phone and name typed on the join page (phone masked). */
export interface ClaimCandidate {
  memberId: string;
  name: string;
  phone: string;
  city: string;
  groupName: string | null;
}

export interface ImportOutputs {
  'import.check': ImportView;
  'import.run': ImportView;
  'import.status': ImportView;
  /** `elsewhere`: the name of the branch holding his imported record when it is not the scanned one. */
  'join.match': { candidate: ClaimCandidate | null; elsewhere: string | null; alreadyJoined: boolean };
  'member.claim': { member: MemberView; claimed: boolean };
}
