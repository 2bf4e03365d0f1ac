/**
 * 角色管理: invitations, role lists, handover, the audit log and organiser profiles. Granting and
 * reading roles is the county's and sysadmin's; an invitation is open to whoever holds its token
 * (it is signed, single use and expires), so tampered tokens are probed as the signed key.
 */
import { ErrorCodes as E } from '../../../src/domain/shared/errors';
import { allowed, answersOwn, defineArea, refusedToAll } from '../case';
import { openids } from '../world';

const F = E.AUTH_FORBIDDEN;
const anyHolder = 'whoever holds the signed invitation may read and accept it (single use, it expires)';

export default defineArea({
  area: 'roles',
  seed: async (tc, w) => {
    const inv = await tc.data(openids.county, 'role.invite', { role: 'cadre', groupId: w.G1._id });
    return { token: inv.token as string, invitationId: inv.invitationId as string };
  },
  cases: {
    'role.invite': {
      as: 'county',
      valid: (w) => ({ role: 'cadre', groupId: w.G1._id }),
      outsiders: refusedToAll(F),
    },
    'role.invitation': {
      as: 'newcomer',
      valid: (_w, f) => ({ token: f.token }),
      reads: true,
      outsiders: { otherMember: answersOwn(anyHolder), otherSecretary: answersOwn(anyHolder), outsideCadre: answersOwn(anyHolder), outsideInflow: answersOwn(anyHolder), stranger: answersOwn(anyHolder) },
      signed: { key: 'token', code: E.ROLE_INVITATION_INVALID },
    },
    'role.accept': {
      as: 'newcomer',
      valid: (_w, f) => ({ token: f.token, profile: { name: '陈驻村', phone: '13900002222', title: '驻村干部' } }),
      outsiders: { otherMember: allowed(anyHolder), otherSecretary: allowed(anyHolder), outsideCadre: allowed(anyHolder), outsideInflow: allowed(anyHolder), stranger: allowed(anyHolder) },
      signed: { key: 'token', code: E.ROLE_INVITATION_INVALID },
    },
    'role.cancelInvitation': {
      as: 'county',
      valid: (_w, f) => ({ invitationId: f.invitationId }),
      outsiders: refusedToAll(F),
    },
    'role.list': {
      as: 'county',
      valid: (w) => ({ unit: 'branch', branchId: w.A._id }),
      reads: true,
      outsiders: refusedToAll(F),
    },
    'role.handover': {
      as: 'county',
      valid: (w) => ({ branchId: w.A._id, memberId: w.memberIds.peer }),
      outsiders: refusedToAll(F),
    },
    'role.audit': {
      as: 'county',
      valid: () => ({}),
      reads: true,
      outsiders: refusedToAll(F),
    },
    'role.saveProfile': {
      as: 'county',
      valid: () => ({ name: '刘组织', phone: '13900006666', title: '县委组织部组织科' }),
      outsiders: {
        otherMember: F,
        otherSecretary: allowed('his own organiser profile'),
        outsideCadre: E.INPUT_INVALID,
        outsideInflow: allowed('his own organiser profile'),
        stranger: F,
      },
    },
  },
});
