/**
 * Members moving: transfers (转接), join codes and join approval, the end of mobile status.
 * The seed leaves one of each thing a writing action acts on: peer's request to move to branch B
 * (decided by B's side, withdrawn by its asker or the county), newcomer's join to branch A waiting
 * for approval (branch A approves new joins), and cadreG1's mobile status ended (to reopen).
 */
import { ErrorCodes as E } from '../../../src/domain/shared/errors';
import type { TestCloud } from '../../functions/helpers/cloud';
import { allowed, answersOwn, defineArea, refusedToAll } from '../case';
import { openids, type World } from '../world';

const F = E.AUTH_FORBIDDEN;
const notJoined = E.MEMBER_NOT_JOINED;

async function seed(tc: TestCloud, w: World) {
  const transferId = (await tc.data(openids.peer, 'transfer.request', { scene: w.scenes.B })).transfer._id as string;
  await tc.data(openids.secA, 'branch.joinSettings', { branchId: w.A._id, approval: true });
  const requestId = (await tc.data(openids.newcomer, 'member.join', { scene: w.scenes.A, groupId: w.G1._id, name: '孙新人', gender: '男', phone: '13911110009', city: '杭州' })).request._id as string;
  await tc.data(openids.secA, 'member.endMobility', { memberId: w.memberIds.cadreG1, reason: '回村任职' });
  return { transferId, requestId };
}

export default defineArea({
  area: 'moves',
  seed,
  cases: {
    'transfer.request': {
      as: 'target',
      valid: (w) => ({ scene: w.scenes.B }),
      outsiders: {
        otherMember: E.TRANSFER_SAME_BRANCH,
        otherSecretary: notJoined,
        outsideCadre: E.TRANSFER_SAME_BRANCH,
        outsideInflow: notJoined,
        stranger: notJoined,
      },
      signed: { key: 'scene', code: E.JOIN_SCENE_INVALID },
    },
    'transfer.move': {
      as: 'secA',
      valid: (w) => ({ memberId: w.memberIds.target, toBranchId: w.B._id }),
      // outsideCadre is a village cadre: a village is no branch, he moves nobody (#14.4).
      outsiders: refusedToAll(F),
      beyond: [
        { why: 'a member of branch B into his own branch', payload: (w) => ({ memberId: w.memberIds.otherMember, toBranchId: w.A._id }) },
        { why: 'a member of branch B to another village', payload: (w) => ({ memberId: w.memberIds.otherMember, toBranchId: w.B._id, toGroupId: w.G1._id }) },
      ],
    },
    'transfer.decide': {
      as: 'county',
      valid: (_w, f) => ({ transferId: f.transferId, approve: true }),
      outsiders: {
        otherMember: F,
        otherSecretary: allowed("branch B's secretary is the receiving side of peer's request"),
        outsideCadre: F,
        outsideInflow: F,
        stranger: F,
      },
    },
    'transfer.cancel': {
      as: 'county',
      valid: (_w, f) => ({ transferId: f.transferId }),
      // The receiving side (otherSecretary) refuses; it does not withdraw.
      outsiders: refusedToAll(F),
    },
    'transfer.list': {
      as: 'secA',
      valid: () => ({ box: 'outgoing' }),
      reads: true,
      outsiders: {
        otherMember: F,
        otherSecretary: answersOwn("branch B's outgoing transfers (none)"),
        outsideCadre: F,
        outsideInflow: F,
        stranger: F,
      },
    },
    'branch.joinSettings': {
      as: 'secA',
      valid: (w) => ({ branchId: w.A._id, rotate: true }),
      outsiders: refusedToAll(F),
      beyond: [{ why: "branch B's code", payload: (w) => ({ branchId: w.B._id, revoked: true }) }],
    },
    'join.requests': {
      as: 'secA',
      valid: (w) => ({ branchId: w.A._id }),
      reads: true,
      outsiders: refusedToAll(F),
      beyond: [{ why: "branch B's requests", payload: (w) => ({ branchId: w.B._id }) }],
    },
    'join.decide': {
      as: 'secA',
      valid: (_w, f) => ({ requestId: f.requestId, approve: true }),
      outsiders: refusedToAll(F),
    },
    'member.endMobility': {
      as: 'secA',
      valid: (w) => ({ memberId: w.memberIds.target, reason: '返乡' }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'a member of branch B', payload: (w) => ({ memberId: w.memberIds.otherMember, reason: '返乡' }) }],
    },
    'member.reopenMobility': {
      as: 'secA',
      valid: (w) => ({ memberId: w.memberIds.cadreG1 }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'a member of branch B', payload: (w) => ({ memberId: w.memberIds.otherMember }) }],
    },
  },
});
