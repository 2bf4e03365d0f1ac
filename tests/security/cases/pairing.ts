/**
 * 1+N pairing, contact logs, the contact-gap monitor and two-way co-management agreements.
 * The seed pairs the target with cadreG1 (by secA) and logs one contact with him (its note and
 * difficulties join the world's secrets), so the writes probed here would undo or add to real
 * records; otherMember is paired with outsideCadre, so their own answers have something to show.
 */
import { ErrorCodes as E } from '../../../src/domain/shared/errors';
import type { TestCloud } from '../../functions/helpers/cloud';
import { today } from '../../functions/helpers/days';
import { contact } from '../../functions/helpers/pairing';
import { answersOwn, defineArea, refusedToAll } from '../case';
import { openids, type World } from '../world';

const F = E.AUTH_FORBIDDEN;

/** What the target told his cadre: for those who manage him (and agreement A's side), no outsider. */
const CONTACT_NOTE = '电话联系，王目标说厂里近期可能裁员';
const DIFFICULTIES = '女儿在杭州入学缺学位';

async function seed(tc: TestCloud, w: World) {
  await tc.data(openids.secA, 'pairing.assign', { memberIds: [w.memberIds.target], cadreOpenid: openids.cadreG1 });
  await tc.data(openids.cadreG1, 'contact.log', contact(w.memberIds.target, today(), { note: CONTACT_NOTE, situation: { work: '电子厂质检', difficulties: DIFFICULTIES, wishToReturn: 'yes' } }));
  (w.secrets as string[]).push(CONTACT_NOTE, DIFFICULTIES);
  // A cadre takes on a member of his own village himself.
  await tc.data(openids.outsideCadre, 'pairing.assign', { memberIds: [w.memberIds.otherMember], cadreOpenid: openids.outsideCadre });
  return { day: today() };
}

export default defineArea({
  area: 'pairing',
  seed,
  cases: {
    'pairing.assign': {
      as: 'secA',
      valid: (w) => ({ memberIds: [w.memberIds.target], cadreOpenid: openids.cadreG1 }),
      // outsideCadre could name only himself, and holds no grant for G1.
      outsiders: refusedToAll(F),
      beyond: [
        { why: 'his member and one of branch B, in one call', payload: (w) => ({ memberIds: [w.memberIds.target, w.memberIds.otherMember], cadreOpenid: openids.cadreG1 }) },
        { why: 'his member to the cadre of another village', payload: (w) => ({ memberIds: [w.memberIds.target], cadreOpenid: openids.outsideCadre }) },
      ],
    },
    'pairing.unassign': {
      as: 'secA',
      valid: (w) => ({ memberIds: [w.memberIds.target] }),
      // outsideCadre is not the target's responsible cadre.
      outsiders: refusedToAll(F),
      beyond: [{ why: 'his member and one of branch B, in one call', payload: (w) => ({ memberIds: [w.memberIds.target, w.memberIds.otherMember] }) }],
    },
    'pairing.mine': {
      as: 'cadreG1',
      valid: () => ({}),
      reads: true,
      outsiders: {
        otherMember: answersOwn('his own responsible cadre'),
        otherSecretary: answersOwn('no cadre grant, not a member: empty lists and the gap settings'),
        outsideCadre: answersOwn('the members paired with him (otherMember), in his own village'),
        outsideInflow: answersOwn('empty lists and the gap settings'),
        stranger: answersOwn('empty lists and the gap settings'),
      },
    },
    'pairing.cadres': {
      as: 'secA',
      valid: (w) => ({ groupId: w.G1._id }),
      reads: true,
      outsiders: {
        otherMember: F,
        // A branch's members come from any village: every secretary pairs them with their village's cadres.
        otherSecretary: answersOwn("G1's cadres (names and openids of organisers), to pair branch B's members from G1"),
        outsideCadre: F,
        outsideInflow: F,
        stranger: F,
      },
    },
    'contact.log': {
      as: 'cadreG1',
      valid: (w, f) => contact(w.memberIds.target, f.day, { channel: 'visit', note: '上门走访，了解返乡意愿' }),
      // outsideInflow's agreement B covers otherMember only.
      outsiders: refusedToAll(F),
      beyond: [{ why: 'a member of another village', payload: (w, f) => contact(w.memberIds.otherMember, f.day) }],
    },
    'contact.list': {
      as: 'secA',
      valid: (w) => ({ memberId: w.memberIds.target, limit: 20 }),
      reads: true,
      outsiders: refusedToAll(F),
      beyond: [{ why: 'the contacts of a member of branch B', payload: (w) => ({ memberId: w.memberIds.otherMember, limit: 20 }) }],
    },
    'contact.gaps': {
      as: 'secA',
      valid: (w, f) => ({ branchId: w.A._id, groupId: w.G1._id, asOf: f.day }),
      reads: true,
      // A branch filter outside his own branches is refused even to a cadre or secretary elsewhere.
      outsiders: refusedToAll(F),
      beyond: [{ why: 'the gaps of branch B', payload: (w, f) => ({ branchId: w.B._id, asOf: f.day }) }],
    },
    'agreement.create': {
      as: 'county',
      valid: (w) => ({ name: '杭州市滨江区流动党员服务站', region: '杭州市', kind: '市际协作', fields: ['city', 'phone', 'contacts'], memberIds: [w.memberIds.target], note: '试点一年' }),
      outsiders: refusedToAll(F),
    },
    'agreement.list': {
      as: 'inflowA',
      valid: (w) => ({ agreementId: w.agreements.A }),
      reads: true,
      // Only the county and agreement A's own organisers; outsideInflow works under B only.
      outsiders: refusedToAll(F),
      beyond: [{ why: 'agreement B', payload: (w) => ({ agreementId: w.agreements.B }) }],
    },
    'agreement.update': {
      as: 'county',
      // Handing the target's phone to the inflow side and covering the peer too.
      valid: (w) => ({ agreementId: w.agreements.A, fields: ['city', 'employer', 'phone', 'contacts'], addMemberIds: [w.memberIds.peer], active: true }),
      outsiders: refusedToAll(F),
    },
  },
});
