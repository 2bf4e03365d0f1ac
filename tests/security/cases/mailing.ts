/**
 * 学习资料寄送: branch A's batch to the target and his peer (the target's marked sent), and a
 * county batch to the target and branch B's member. Organisers reach only the rows of members they
 * manage; a member only his own parcel. The target's mailing address joins the world's secrets.
 */
import { ErrorCodes as E } from '../../../src/domain/shared/errors';
import { answersOwn, defineArea, refusedToAll } from '../case';
import { openids } from '../world';

const F = E.AUTH_FORBIDDEN;
const NJ = E.MEMBER_NOT_JOINED;
const NR = E.MAILING_NOT_RECIPIENT;
const ADDRESS = '浙江省杭州市西湖区文三路 88 号电子厂宿舍 5 栋';

export default defineArea({
  area: 'mailing',
  seed: async (tc, w) => {
    await tc.data(openids.target, 'member.update', { changes: { mailingAddress: ADDRESS } });
    const batch = await tc.data(openids.secA, 'mailing.create', { title: '《习近平谈治国理政》学习读本', memberIds: [w.memberIds.target, w.memberIds.peer] });
    await tc.data(openids.secA, 'mailing.markSent', { batchId: batch._id, memberIds: [w.memberIds.target] });
    const county = await tc.data(openids.county, 'mailing.create', { title: '全县学习资料', memberIds: [w.memberIds.target, w.memberIds.otherMember] });
    w.secrets.push(ADDRESS);
    return { batchId: batch._id as string, countyBatchId: county._id as string };
  },
  cases: {
    'mailing.create': {
      as: 'secA',
      valid: (w) => ({ title: '党章学习资料', memberIds: [w.memberIds.target] }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'his member and one of branch B, in one batch', payload: (w) => ({ title: '党章学习资料', memberIds: [w.memberIds.target, w.memberIds.otherMember] }) }],
    },
    'mailing.list': {
      as: 'secA',
      valid: () => ({}),
      reads: true,
      outsiders: {
        otherMember: F,
        otherSecretary: answersOwn('batches reaching branch B (the county\'s shows no address)'),
        outsideCadre: answersOwn('batches reaching G2'),
        outsideInflow: F,
        stranger: F,
      },
      beyond: [{ why: 'the batches of branch B', payload: (w) => ({ branchId: w.B._id }) }],
    },
    'mailing.get': {
      as: 'secA',
      valid: (_w, f) => ({ batchId: f.batchId }),
      reads: true,
      outsiders: refusedToAll(F),
    },
    'mailing.markSent': {
      as: 'secA',
      valid: (w, f) => ({ batchId: f.batchId, memberIds: [w.memberIds.peer] }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'his member and one of branch B on the county\'s batch', payload: (w, f) => ({ batchId: f.countyBatchId, memberIds: [w.memberIds.target, w.memberIds.otherMember] }) }],
    },
    'mailing.mine': {
      as: 'target',
      valid: () => ({}),
      reads: true,
      outsiders: {
        otherMember: answersOwn('his own parcels'),
        otherSecretary: NJ,
        outsideCadre: answersOwn('his own parcels'),
        outsideInflow: NJ,
        stranger: NJ,
      },
    },
    'mailing.confirm': {
      as: 'target',
      valid: (_w, f) => ({ batchId: f.batchId }),
      outsiders: { otherMember: NR, otherSecretary: NJ, outsideCadre: NR, outsideInflow: NJ, stranger: NJ },
    },
  },
});
