/** Organisation, joining, member records, study pushes and check-ins, theme days. */
import { ErrorCodes as E } from '../../../src/domain/shared/errors';
import { allowed, answersOwn, defineArea, refusedToAll } from '../case';
import { openids } from '../world';

const F = E.AUTH_FORBIDDEN;
const notJoined = E.MEMBER_NOT_JOINED;
/** A join scene of branch B carrying branch A's signature, and the reverse. */
const splicedScenes = (w: { scenes: { A: string; B: string } }) => {
  const [, codeA, sigA] = w.scenes.A.split('.');
  const [, codeB, sigB] = w.scenes.B.split('.');
  return [`j1.${codeB}.${sigA}`, `j1.${codeA}.${sigB}`];
};

export default defineArea({
  area: 'foundation',
  cases: {
    'admin.bootstrap': {
      as: 'admin',
      valid: () => ({ countyName: '石阡县', adminName: '张管理' }),
      outsiders: refusedToAll(E.ADMIN_ALREADY_BOOTSTRAPPED),
      // The world is a bootstrapped county; a first bootstrap succeeding is tests/functions/org.test.ts.
      succeeds: { code: E.ADMIN_ALREADY_BOOTSTRAPPED, why: 'the county is bootstrapped once' },
    },
    'org.createBranch': {
      as: 'admin',
      valid: () => ({ kind: '云支部', name: '温州云支部', city: '温州', secretaryName: '周书记', secretaryPhone: '13900000009' }),
      outsiders: refusedToAll(F),
    },
    'org.createGroup': { as: 'admin', valid: () => ({ township: '汤山镇', village: '新塘村' }), outsiders: refusedToAll(F) },
    'org.tree': {
      as: 'target',
      valid: () => ({}),
      reads: true,
      outsiders: {
        otherMember: answersOwn('the county tree is public to members; secretaries’ phones masked'),
        otherSecretary: answersOwn('his own branch and the tree'),
        outsideCadre: answersOwn('his own group and the tree'),
        outsideInflow: answersOwn('names of branches only'),
        stranger: answersOwn('branch names are printed on the QR posters anyway'),
      },
    },
    'org.grantRole': {
      as: 'admin',
      valid: (w) => ({ memberId: w.memberIds.peer, role: 'cadre', groupId: w.G1._id }),
      outsiders: refusedToAll(F),
    },
    'branch.qrcode': {
      as: 'secA',
      valid: (w) => ({ branchId: w.A._id }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'the code of branch B', payload: (w) => ({ branchId: w.B._id }) }],
    },
    'join.preview': {
      as: 'newcomer',
      valid: (w) => ({ scene: w.scenes.A }),
      reads: true,
      outsiders: {
        otherMember: answersOwn('anyone holding the printed code may read its branch'),
        otherSecretary: answersOwn('as above'),
        outsideCadre: answersOwn('as above'),
        outsideInflow: answersOwn('as above'),
        stranger: answersOwn('as above'),
      },
      signed: { key: 'scene', code: E.JOIN_SCENE_INVALID, spliced: splicedScenes },
    },
    'member.join': {
      as: 'newcomer',
      valid: (w) => ({ scene: w.scenes.A, groupId: w.G1._id, name: '孙新人', gender: '男', phone: '13911110009', city: '杭州' }),
      outsiders: {
        otherMember: answersOwn('already a member: answered his own record, nothing written'),
        otherSecretary: allowed('not a member yet: anyone holding the code may join'),
        outsideCadre: answersOwn('already a member: answered his own record'),
        outsideInflow: allowed('not a member yet: anyone holding the code may join'),
        stranger: allowed('not a member yet: anyone holding the code may join'),
      },
      signed: { key: 'scene', code: E.JOIN_SCENE_INVALID, spliced: splicedScenes },
    },
    'member.me': {
      as: 'target',
      valid: () => ({}),
      reads: true,
      outsiders: {
        otherMember: answersOwn('his own record'),
        otherSecretary: answersOwn('his own grants'),
        outsideCadre: answersOwn('his own record'),
        outsideInflow: answersOwn('his own grants'),
        stranger: answersOwn('an empty record'),
      },
    },
    'member.update': {
      as: 'secA',
      valid: (w) => ({ memberId: w.memberIds.target, changes: { employer: '滨江物流' } }),
      outsiders: refusedToAll(F),
      beyond: [
        { why: 'a member of branch B', payload: (w) => ({ memberId: w.memberIds.otherMember, changes: { employer: '滨江物流' } }) },
        // Placement is not an editable field at all: moves are transfers (#14.4).
        { why: 'his own member moved into branch B', code: E.INPUT_INVALID, payload: (w) => ({ memberId: w.memberIds.target, changes: { branchId: w.B._id } }) },
      ],
    },
    'member.get': {
      as: 'secA',
      valid: (w) => ({ memberId: w.memberIds.target }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'a member of branch B', payload: (w) => ({ memberId: w.memberIds.otherMember }) }],
    },
    'member.list': {
      as: 'secA',
      valid: (w) => ({ branchId: w.A._id }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'the ledger of branch B', payload: (w) => ({ branchId: w.B._id }) }],
    },
    'study.publish': {
      as: 'secA',
      valid: (w) => ({ title: '学习新党章', issueNo: 2, kind: '理论学习', body: [{ type: 'paragraph', text: '党章全文学习' }], audience: { scope: 'branches', branchIds: [w.A._id] }, dueDay: '2099-12-31' }),
      outsiders: refusedToAll(F),
      beyond: [
        { why: 'branches A and B', payload: (w) => ({ title: '学习新党章', issueNo: 2, kind: '理论学习', body: [{ type: 'paragraph', text: '党章' }], audience: { scope: 'branches', branchIds: [w.A._id, w.B._id] }, dueDay: '2099-12-31' }) },
        { why: 'the whole county', payload: () => ({ title: '学习新党章', issueNo: 2, kind: '理论学习', body: [{ type: 'paragraph', text: '党章' }], audience: { scope: 'county' }, dueDay: '2099-12-31' }) },
      ],
    },
    'study.list': {
      as: 'target',
      valid: () => ({}),
      reads: true,
      outsiders: {
        otherMember: answersOwn('the pushes aimed at him'),
        otherSecretary: answersOwn('the pushes of his branch'),
        outsideCadre: answersOwn('the pushes aimed at him'),
        outsideInflow: answersOwn('none'),
        stranger: answersOwn('none'),
      },
    },
    'study.get': {
      as: 'target',
      valid: (w) => ({ pushId: w.pushA._id }),
      outsiders: refusedToAll(E.STUDY_NOT_TARGETED),
    },
    'checkin.submit': {
      as: 'target',
      valid: (w) => ({ pushId: w.pushA._id, text: '再学一遍，补充体会：立足岗位作贡献。', clientKey: 'security-target-2' }),
      outsiders: { otherMember: E.STUDY_NOT_TARGETED, otherSecretary: notJoined, outsideCadre: E.STUDY_NOT_TARGETED, outsideInflow: notJoined, stranger: notJoined },
      // Photos are checked (size, pixels, image check) only once they are known to be his own uploads.
      beyond: [
        {
          why: 'a photo another member uploaded',
          code: E.CHECKIN_PHOTO_INVALID,
          payload: (w) => ({ pushId: w.pushA._id, text: '再学一遍，补充体会：立足岗位作贡献。', clientKey: 'security-target-3', photos: [`cloud://local.bucket/uploads/${openids.peer}/2026-12/1-a.jpg`] }),
        },
      ],
    },
    'checkin.mine': {
      as: 'target',
      valid: () => ({}),
      reads: true,
      outsiders: { otherMember: answersOwn('his own check-ins'), otherSecretary: notJoined, outsideCadre: answersOwn('his own check-ins'), outsideInflow: notJoined, stranger: notJoined },
    },
    'checkin.stats': {
      as: 'secA',
      valid: (w) => ({ pushId: w.pushA._id, branchId: w.A._id, detail: true }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'the detail of branch B', payload: (w) => ({ pushId: w.pushA._id, branchId: w.B._id, detail: true }) }],
    },
    'themeday.plan': {
      as: 'secA',
      valid: (w) => ({ kind: 'additions', branchId: w.A._id, month: w.month, additions: { agenda: ['讨论返乡创业'] } }),
      outsiders: refusedToAll(F),
      beyond: [
        { why: 'additions for branch B', payload: (w) => ({ kind: 'additions', branchId: w.B._id, month: w.month, additions: { agenda: ['讨论'] } }) },
        { why: 'the county’s prompt sheet', payload: (w) => ({ kind: 'sheet', month: w.month, sheet: { theme: '主题', agenda: ['议程'] } }) },
      ],
    },
    'themeday.current': {
      as: 'target',
      valid: () => ({}),
      reads: true,
      // Branch B has no plan: its members hear so; non-members have no meeting at all.
      outsiders: { otherMember: E.THEMEDAY_NO_PLAN, otherSecretary: notJoined, outsideCadre: E.THEMEDAY_NO_PLAN, outsideInflow: notJoined, stranger: notJoined },
    },
    'themeday.subscribe': {
      as: 'target',
      valid: () => ({ results: { THEMEDAY_REMINDER: 'accept' } }),
      outsiders: { otherMember: allowed('his own consent'), otherSecretary: notJoined, outsideCadre: allowed('his own consent'), outsideInflow: notJoined, stranger: notJoined },
    },
    'themeday.signin': {
      as: 'peer',
      valid: (w) => ({ mode: 'onsite', code: w.siteCodeA }),
      outsiders: { otherMember: E.THEMEDAY_CODE_INVALID, otherSecretary: notJoined, outsideCadre: E.THEMEDAY_CODE_INVALID, outsideInflow: notJoined, stranger: notJoined },
      signed: { key: 'code', code: E.THEMEDAY_CODE_INVALID },
    },
    'themeday.attendance': {
      as: 'secA',
      valid: (w) => ({ occurrenceId: w.occurrenceA, absentees: true }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'the meeting of branch B', payload: (w) => ({ occurrenceId: `${w.B._id}_${w.month}`, absentees: true }) }],
    },
    'themeday.delivery': { as: 'secA', valid: (w) => ({ occurrenceId: w.occurrenceA }), outsiders: refusedToAll(F) },
    // The saved rule and additions a branch's forms start from: its secretary's and the county's.
    'themeday.setup': {
      as: 'secA',
      valid: (w) => ({ branchId: w.A._id }),
      reads: true,
      outsiders: refusedToAll(F),
      beyond: [{ why: 'the rule and additions of branch B', payload: (w) => ({ branchId: w.B._id }) }],
    },
  },
});
