/** Publishers managing what they published: study and job pushes listed, edited, withdrawn. */
import { ErrorCodes as E } from '../../../src/domain/shared/errors';
import type { TestCloud } from '../../functions/helpers/cloud';
import { publish } from '../../functions/helpers/study';
import { answersOwn, defineArea, refusedToAll } from '../case';
import { openids, type World } from '../world';

const F = E.AUTH_FORBIDDEN;
const DAY = 86_400_000;

/** A scheduled study push and a job push of branch A, and branch B's own, made through the real actions. */
async function seed(tc: TestCloud, w: World) {
  const later = Date.now() + 30 * DAY;
  const studyA = await publish(tc, openids.secA, { title: '待发：支部甲学习', issueNo: 21, audience: { scope: 'branches', branchIds: [w.A._id] }, publishAt: later });
  const studyB = await publish(tc, openids.otherSecretary, { title: '待发：支部乙学习', issueNo: 22, audience: { scope: 'branches', branchIds: [w.B._id] }, publishAt: later });
  const jobFields = { employer: '西湖龙井茶业有限公司', city: '杭州', pay: '5500元/月', contact: '0571-88886666', validUntil: '2099-12-31' };
  const jobA = await tc.data<any>(openids.secA, 'jobs.publish', { title: '采茶工', ...jobFields, audience: { scope: 'branches', branchIds: [w.A._id] } });
  const jobB = await tc.data<any>(openids.otherSecretary, 'jobs.publish', { title: '装卸工', ...jobFields, audience: { scope: 'branches', branchIds: [w.B._id] } });
  return { studyA: studyA._id as string, studyB: studyB._id as string, jobA: jobA._id as string, jobB: jobB._id as string };
}

type Fixtures = Awaited<ReturnType<typeof seed>>;

const studyEdit = (pushId: string, branchIds: string[]) => ({
  pushId, title: '待发：支部学习（修订）', issueNo: 21, kind: '理论学习', body: [{ type: 'paragraph', text: '修订后的正文' }],
  audience: { scope: 'branches', branchIds }, dueDay: '2099-12-31', publishAt: Date.now() + 30 * DAY,
});
const jobEdit = (jobId: string, branchIds: string[]) => ({
  jobId, title: '采茶工（修订）', employer: '西湖龙井茶业有限公司', city: '杭州', pay: '6000元/月', contact: '0571-88886666', validUntil: '2099-12-31',
  audience: { scope: 'branches', branchIds },
});

export default defineArea<Fixtures>({
  area: 'publishing',
  seed,
  cases: {
    'study.managed': {
      as: 'secA',
      valid: () => ({}),
      reads: true,
      outsiders: { otherMember: F, otherSecretary: answersOwn('the pushes aimed only at branch B'), outsideCadre: F, outsideInflow: F, stranger: F },
    },
    'study.update': {
      as: 'secA',
      valid: (w, f) => studyEdit(f.studyA, [w.A._id]),
      outsiders: refusedToAll(F),
      beyond: [
        { why: 'his push moved to branches A and B', payload: (w, f) => studyEdit(f.studyA, [w.A._id, w.B._id]) },
        { why: 'branch B’s push', payload: (w, f) => studyEdit(f.studyB, [w.A._id]) },
      ],
    },
    'study.withdraw': {
      as: 'secA',
      valid: (_w, f) => ({ pushId: f.studyA }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'branch B’s push', payload: (_w, f) => ({ pushId: f.studyB }) }],
    },
    'jobs.update': {
      as: 'secA',
      valid: (w, f) => jobEdit(f.jobA, [w.A._id]),
      outsiders: refusedToAll(F),
      beyond: [
        { why: 'his job push moved to branches A and B', payload: (w, f) => jobEdit(f.jobA, [w.A._id, w.B._id]) },
        { why: 'branch B’s job push', payload: (w, f) => jobEdit(f.jobB, [w.A._id]) },
      ],
    },
    'jobs.withdraw': {
      as: 'secA',
      valid: (_w, f) => ({ jobId: f.jobA }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'branch B’s job push', payload: (_w, f) => ({ jobId: f.jobB }) }],
    },
  },
});
