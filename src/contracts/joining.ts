import { api, type ActionTable } from './table';
import {
  joinDecideInputSchema,
  joinRequestsInputSchema,
  joinSettingsInputSchema,
  type JoinRequest,
  type JoinSettings,
} from '../domain/join/join-approval.schema';

/** Join codes that rotate and revoke per branch, and joins that wait for approval. */
export const joiningActions = {
  'branch.joinSettings': api(joinSettingsInputSchema),
  'join.requests': api(joinRequestsInputSchema),
  'join.decide': api(joinDecideInputSchema),
} as const satisfies ActionTable;

/** A join request as the deciding side sees it (no openid). */
export type JoinRequestView = Omit<JoinRequest, 'openid'> & { branchName: string; groupName: string };

export interface JoiningOutputs {
  'branch.joinSettings': { branchId: string } & JoinSettings;
  'join.requests': { items: JoinRequestView[]; nextCursor: string | null };
  /** `memberId`: the record an approval created. */
  'join.decide': { request: JoinRequestView; memberId: string | null };
}
