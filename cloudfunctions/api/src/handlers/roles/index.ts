import type { roleActions } from '@/contracts/roles';
import type { HandlerTable } from '@shared/dispatch/handler';
import { acceptInvitationHandler } from './accept-invitation.handler';
import { cancelInvitationHandler } from './cancel-invitation.handler';
import { handoverSecretaryHandler } from './handover-secretary.handler';
import { inviteRoleHandler } from './invite-role.handler';
import { listRolesHandler } from './list-roles.handler';
import { previewInvitationHandler } from './preview-invitation.handler';
import { roleAuditHandler } from './role-audit.handler';
import { saveProfileHandler } from './save-profile.handler';

export const roleHandlers: HandlerTable<keyof typeof roleActions> = {
  'role.invite': inviteRoleHandler,
  'role.invitation': previewInvitationHandler,
  'role.accept': acceptInvitationHandler,
  'role.cancelInvitation': cancelInvitationHandler,
  'role.list': listRolesHandler,
  'role.handover': handoverSecretaryHandler,
  'role.audit': roleAuditHandler,
  'role.saveProfile': saveProfileHandler,
};
