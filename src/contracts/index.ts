import type { z } from 'zod';
import {
  bootstrapInputSchema,
  createBranchInputSchema,
  createGroupInputSchema,
  grantRoleInputSchema,
  qrcodeInputSchema,
  treeInputSchema,
  type Branch,
  type BranchKind,
  type Group,
} from '../domain/org/org.schema';
import {
  joinInputSchema,
  joinPreviewInputSchema,
  memberGetInputSchema,
  memberListInputSchema,
  memberUpdateInputSchema,
  type Member,
  type MemberChange,
} from '../domain/member/member.schema';
import type { Grant } from '../domain/auth/grant';

/**
 * The one table of user-facing actions: which cloud function serves each and the schema its
 * payload must pass. Pages and functions both import it; the security suite iterates it.
 */
export const actions = {
  'admin.bootstrap': { fn: 'api', input: bootstrapInputSchema },
  'org.createBranch': { fn: 'api', input: createBranchInputSchema },
  'org.createGroup': { fn: 'api', input: createGroupInputSchema },
  'org.tree': { fn: 'api', input: treeInputSchema },
  'org.grantRole': { fn: 'api', input: grantRoleInputSchema },
  'branch.qrcode': { fn: 'api', input: qrcodeInputSchema },
  'join.preview': { fn: 'api', input: joinPreviewInputSchema },
  'member.join': { fn: 'api', input: joinInputSchema },
  'member.me': { fn: 'api', input: treeInputSchema },
  'member.update': { fn: 'api', input: memberUpdateInputSchema },
  'member.get': { fn: 'api', input: memberGetInputSchema },
  'member.list': { fn: 'api', input: memberListInputSchema },
} as const satisfies Record<string, { fn: 'api'; input: z.ZodType }>;

export type ActionName = keyof typeof actions;
export type ActionInput<A extends ActionName> = z.input<(typeof actions)[A]['input']>;

/** A member record as a caller receives it: masked fields when he does not manage the member. */
export type MemberView = Member & { masked: boolean; branchName?: string; groupName?: string };

export interface OrgTree {
  county: { name: string } | null;
  branches: (Omit<Branch, 'secretaryPhone'> & { secretaryPhone: string | null })[];
  groups: Group[];
}

export interface MeView {
  openid: string;
  name: string | null;
  grants: Grant[];
  member: MemberView | null;
  branch: Pick<Branch, '_id' | 'name' | 'city' | 'kind' | 'secretaryName'> | null;
  group: Pick<Group, '_id' | 'name' | 'township' | 'village'> | null;
  county: { name: string } | null;
}

export interface JoinPreview {
  branch: { _id: string; name: string; city: string; kind: BranchKind; secretaryName: string };
  groups: Pick<Group, '_id' | 'name' | 'township' | 'village'>[];
  alreadyJoined: boolean;
}

/** What each action answers in `data`. */
export interface ActionOutputs {
  'admin.bootstrap': { county: { name: string }; grants: Grant[] };
  'org.createBranch': Branch;
  'org.createGroup': Group;
  'org.tree': OrgTree;
  'org.grantRole': { openid: string; grants: Grant[] };
  'branch.qrcode': { branchId: string; scene: string; page: string; image: string };
  'join.preview': JoinPreview;
  'member.join': { member: MemberView; created: boolean };
  'member.me': MeView;
  'member.update': { member: MemberView; changed: string[] };
  'member.get': { member: MemberView; history: MemberChange[] };
  'member.list': { items: MemberView[]; nextCursor: string | null };
}

export type ActionOutput<A extends ActionName> = ActionOutputs[A];
