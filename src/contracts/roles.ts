import type { ActionTable } from './table';
import {
  invitationAcceptInputSchema,
  invitationCancelInputSchema,
  invitationPreviewInputSchema,
  organiserProfileInputSchema,
  roleAuditInputSchema,
  roleInviteInputSchema,
  roleListInputSchema,
  secretaryHandoverInputSchema,
  type AuditKind,
  type GrantableRole,
  type RoleHolding,
} from '../domain/roles/roles.schema';
import type { InvitationState } from '../domain/roles/invitation.rules';
import type { Grant } from '../domain/auth/grant';

/** 角色管理: roles by invitation, their lifecycle and audit. */
export const roleActions = {
  'role.invite': { fn: 'api', input: roleInviteInputSchema },
  'role.invitation': { fn: 'api', input: invitationPreviewInputSchema },
  'role.accept': { fn: 'api', input: invitationAcceptInputSchema },
  'role.cancelInvitation': { fn: 'api', input: invitationCancelInputSchema },
  'role.list': { fn: 'api', input: roleListInputSchema },
  'role.handover': { fn: 'api', input: secretaryHandoverInputSchema },
  'role.audit': { fn: 'api', input: roleAuditInputSchema },
  'role.saveProfile': { fn: 'api', input: organiserProfileInputSchema },
} as const satisfies ActionTable;

/** An organiser as every page shows him (people.repo resolves openid → person once for all). */
export interface Person {
  openid: string;
  name: string | null;
  /** Masked unless the caller may see organisers' phones (docs/who-sees-what.md). */
  phone: string | null;
  title: string | null;
  isMember: boolean;
}

export interface RoleHolderView extends Person {
  role: GrantableRole;
  unitId: string | null;
  /** Null for grants made before holdings were kept. */
  since: number | null;
  grantedByName: string | null;
  via: RoleHolding['via'] | null;
}

export interface InvitationView {
  _id: string;
  role: GrantableRole;
  unitId: string | null;
  createdByName: string | null;
  createdAt: number;
  expiresAt: number;
  state: InvitationState;
}

export interface RoleAuditView {
  _id: string;
  at: number;
  kind: AuditKind;
  actorName: string | null;
  targetName: string | null;
  role: GrantableRole;
  unitId: string | null;
  unitName: string | null;
}

export interface RoleOutputs {
  'role.invite': { invitationId: string; token: string; page: string; expiresAt: number };
  'role.invitation': {
    role: GrantableRole;
    unitName: string | null;
    invitedByName: string | null;
    expiresAt: number;
    state: InvitationState;
    /** Not a member: he fills the organiser profile (姓名、手机号、单位/职务) to accept. */
    needsProfile: boolean;
    /** Already holds this grant. */
    held: boolean;
  };
  'role.accept': { grants: Grant[] };
  'role.cancelInvitation': { cancelled: true };
  'role.list': { unitName: string; holders: RoleHolderView[]; invitations: InvitationView[] };
  'role.handover': { secretaryName: string; secretaryPhone: string | null; ended: number };
  'role.audit': { items: RoleAuditView[]; nextCursor: string | null };
  'role.saveProfile': Person;
}
