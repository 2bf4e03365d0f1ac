import { api, type ActionTable } from './table';
import type { Grant } from '../domain/auth/grant';
import {
  joinInputSchema,
  joinPreviewInputSchema,
  memberGetInputSchema,
  memberListInputSchema,
  memberUpdateInputSchema,
  type Member,
  type MemberChange,
} from '../domain/member/member.schema';
import { treeInputSchema, type Branch, type BranchKind, type Group } from '../domain/org/org.schema';
import type { JoinRequestView } from './joining';
import type { TransferView } from './transfer';

/** Joining a branch by its code, and the member records (党员档案). */
export const memberActions = {
  'join.preview': api(joinPreviewInputSchema),
  'member.join': api(joinInputSchema),
  'member.me': api(treeInputSchema),
  'member.update': api(memberUpdateInputSchema),
  'member.get': api(memberGetInputSchema),
  'member.list': api(memberListInputSchema),
} as const satisfies ActionTable;

/** A member record as a caller receives it: masked fields when he does not manage the member. */
export type MemberView = Member & { masked: boolean; branchName?: string; groupName?: string };

export interface MeView {
  openid: string;
  name: string | null;
  grants: Grant[];
  member: MemberView | null;
  branch: Pick<Branch, '_id' | 'name' | 'city' | 'kind' | 'secretaryName'> | null;
  group: Pick<Group, '_id' | 'name' | 'township' | 'village'> | null;
  county: { name: string } | null;
  /** An open 述职评议 round names him a reviewer (his way to the scoring page when he holds no organiser role). */
  reviewing: boolean;
  /** Not joined yet: his join waiting for the branch's approval (待审核), or its refusal. */
  joinRequest: JoinRequestView | null;
  /** His transfer (转接) waiting for the receiving side. */
  pendingTransfer: TransferView | null;
}

export interface JoinPreview {
  branch: { _id: string; name: string; city: string; kind: BranchKind; secretaryName: string };
  groups: Pick<Group, '_id' | 'name' | 'township' | 'village'>[];
  alreadyJoined: boolean;
  /** A joined member of another branch is offered a transfer (申请转入) instead of a join. */
  ownBranch: boolean;
  /** The branch approves new joins: a join waits as a request. */
  approval: boolean;
}

/** A join answers the record, or — when the branch approves new joins — the waiting request (待审核). */
export type JoinOutcome = { member: MemberView; created: boolean; request?: undefined } | { member: null; created: false; request: JoinRequestView };

export interface MemberOutputs {
  'join.preview': JoinPreview;
  'member.join': JoinOutcome;
  'member.me': MeView;
  'member.update': { member: MemberView; changed: string[] };
  /** The inflow side's history names authors without their openids (inflowHistory). */
  'member.get': { member: MemberView; history: (Omit<MemberChange, 'byOpenid'> & { byOpenid?: string })[] };
  'member.list': { items: MemberView[]; nextCursor: string | null };
}
