/** The organiser console: the 台账 export (its jobs and files) and the 数据看板. */
import { ErrorCodes as E } from '../../../src/domain/shared/errors';
import type { TestCloud } from '../../functions/helpers/cloud';
import { exportToEnd } from '../../functions/helpers/ledger-export';
import { defineArea, refusedToAll } from '../case';
import { openids, type World } from '../world';

const F = E.AUTH_FORBIDDEN;

/** Branch A's secretary exports his ledger to the end: the finished job carries the target's row in full. */
async function seed(tc: TestCloud, w: World) {
  const { last: job } = await exportToEnd(tc, openids.secA, { branchId: w.A._id });
  if (job.state !== 'done') throw new Error(`seed export ended ${job.state}`);
  return { exportJobId: job.jobId as string };
}

type Fixtures = Awaited<ReturnType<typeof seed>>;

export default defineArea<Fixtures>({
  area: 'console',
  seed,
  cases: {
    // The 台账 is the home county's record: only those who list branch A export it; the inflow side
    // (双向共管) never exports, even members his agreement covers.
    'ledger.export': {
      as: 'secA',
      valid: (w) => ({ branchId: w.A._id, status: '正常' }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'the ledger of branch B', payload: (w) => ({ branchId: w.B._id }) }],
    },
    // A job and its file are its starter's alone (docs/decisions/ledger.md “Who”).
    'ledger.exportStatus': {
      as: 'secA',
      valid: (_w, f) => ({ jobId: f.exportJobId }),
      reads: true,
      outsiders: refusedToAll(F),
    },
    // Recomputing counters is the county's: organisers of a unit read them, they never reset them.
    'stats.reconcile': {
      as: 'county',
      valid: () => ({ hours: 1 }),
      outsiders: refusedToAll(F),
    },
    'stats.dashboard': {
      as: 'secA',
      valid: (w) => ({ branchId: w.A._id, month: w.month }),
      reads: true,
      outsiders: refusedToAll(F),
      // (Without a unit he gets his own branch's dashboard, by design: dashboard-scope.rules.)
      beyond: [{ why: 'the dashboard of branch B', payload: (w) => ({ branchId: w.B._id, month: w.month }) }],
    },
  },
});
