/**
 * 关怀帮扶 and 走访慰问: the target's own case (filed by him, given by secA to cadreG1) and a visit to
 * his family. Only the member himself and those who cover him (county, secA, cadreG1) reach them.
 * Their texts join the world's secrets: a hardship and what a family was given are as private as
 * his phone, and a case shown to a non-manager carries neither his phone nor his openid (masked,
 * names only), so only its text would betray a leak.
 */
import { dayOf, yearOf } from '../../../src/domain/shared/day.rules';
import { ErrorCodes as E } from '../../../src/domain/shared/errors';
import { answersOwn, defineArea, refusedToAll } from '../case';
import { openids } from '../world';

const F = E.AUTH_FORBIDDEN;
const CASE_TEXT = '工地拖欠三个月工资，老板联系不上';
const VISIT_TEXT = '米油各一份，了解工资拖欠情况';

export default defineArea({
  area: 'care',
  seed: async (tc, w) => {
    const filed = await tc.data(openids.target, 'care.file', { kind: '欠薪维权', description: CASE_TEXT, contact: '电话' });
    const assigned = await tc.data(openids.secA, 'care.assign', { caseId: filed._id, assigneeOpenid: openids.cadreG1, version: filed.version, note: '请龙井村跟进' });
    await tc.data(openids.cadreG1, 'visit.log', { memberId: w.memberIds.target, day: dayOf(Date.now()), visitors: ['张村干'], given: VISIT_TEXT, amount: 200 });
    w.secrets.push(CASE_TEXT, VISIT_TEXT);
    return { caseId: filed._id as string, version: assigned.version as number };
  },
  cases: {
    'care.file': {
      // An organiser filing on the member's behalf: no outsider covers the target, so none may.
      as: 'secA',
      valid: (w) => ({ kind: '子女上学', description: '孩子随迁入学手续需要协助办理', contact: '微信', memberId: w.memberIds.target }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'for a member of branch B', payload: (w) => ({ kind: '子女上学', description: '孩子随迁入学手续需要协助办理', contact: '微信', memberId: w.memberIds.otherMember }) }],
    },
    'care.list': {
      // G1's queue: another branch's secretary may ask for it and gets only his own branch's members there.
      as: 'cadreG1',
      valid: (w) => ({ groupId: w.G1._id }),
      reads: true,
      outsiders: {
        otherMember: F,
        otherSecretary: answersOwn('a village filter outside his groups is narrowed to his own branch (constrainList): not the target'),
        outsideCadre: F,
        outsideInflow: F,
        stranger: F,
      },
    },
    'care.get': { as: 'target', valid: (_w, f) => ({ caseId: f.caseId }), reads: true, outsiders: refusedToAll(F) },
    'care.assign': {
      as: 'secA',
      valid: (_w, f) => ({ caseId: f.caseId, assigneeOpenid: openids.secA, version: f.version, note: '书记亲自跟进' }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'to the cadre of another village', code: E.CARE_ASSIGNEE_INVALID, payload: (_w, f) => ({ caseId: f.caseId, assigneeOpenid: openids.outsideCadre, version: f.version, note: '转交' }) }],
    },
    'care.transition': {
      as: 'cadreG1',
      valid: (_w, f) => ({ caseId: f.caseId, to: 'accepted', note: '已受理，联系劳动监察', version: f.version }),
      outsiders: refusedToAll(F),
    },
    'care.stats': {
      as: 'secA',
      valid: (w) => ({ year: yearOf(Date.now()), branchId: w.A._id }),
      reads: true,
      outsiders: refusedToAll(F),
      beyond: [{ why: 'the figures of branch B', payload: (w) => ({ year: yearOf(Date.now()), branchId: w.B._id }) }],
    },
    'visit.log': {
      as: 'cadreG1',
      valid: (w) => ({ memberId: w.memberIds.target, day: dayOf(Date.now()), visitors: ['张村干', '李同村'], given: '慰问金及春节慰问品', amount: 500.5 }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'a family of another village', payload: (w) => ({ memberId: w.memberIds.otherMember, day: dayOf(Date.now()), visitors: ['张村干'], given: '慰问品', amount: 100 }) }],
    },
    // A family's visits are for those who manage the member: not even the member himself.
    'visit.list': {
      as: 'secA',
      valid: (w) => ({ memberId: w.memberIds.target }),
      reads: true,
      outsiders: refusedToAll(F),
      beyond: [{ why: 'the visits of a family in branch B', payload: (w) => ({ memberId: w.memberIds.otherMember }) }],
    },
  },
});
