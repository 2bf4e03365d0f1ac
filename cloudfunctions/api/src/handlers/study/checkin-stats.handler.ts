import type { ActionOutputs, CheckinStatsView } from '@/contracts';
import { listScope } from '@/domain/auth/scope.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { completionRows, statsView, unitsNeeded, type StatsView } from '@/domain/study/completion.rules';
import type { CheckinStatsInput, StudyPush } from '@/domain/study/study.schema';
import { pushConcerns } from '@/domain/study/study-scope.rules';
import type { Ctx } from '@shared/dispatch/context';
import type { Branch, Group } from '@/domain/org/org.schema';
import { countedUnits } from '@shared/repos/counters.repo';
import { concerningUnits } from '@shared/repos/query';
import { getPushHead, pushesOfMonth } from '../../repos/studies.repo';
import { statsDetail } from './checkin-stats-detail';

const invalid = (path: string, message: string) => new AppError(ErrorCodes.INPUT_INVALID, message, [{ path, message }]);

/**
 * Completion per branch and per village group, for one push or one month of published pushes,
 * from the counters each check-in moves on its push and the units' member counts: a fixed number
 * of requests however many check-ins exist. `detail` (one push, one unit) adds who has not
 * checked in and the reflections, a page at a time.
 */
export async function checkinStatsHandler(input: CheckinStatsInput, { caller, now }: Ctx): Promise<ActionOutputs['checkin.stats']> {
  if (input.branchId && input.groupId) throw invalid('groupId', '支部与网上党小组只能指定一个');
  if (input.detail && !input.pushId) throw invalid('detail', '明细只能按单次推送查看');
  if (input.detail && !input.branchId && !input.groupId) throw invalid('detail', '查看明细须指定支部或网上党小组');
  const scope = listScope(caller);
  const view = statsView(scope, input);
  if (!view) throw forbidden('无权查看该范围的学习统计');

  if (input.month) {
    const pushes = await pushesOfMonth(input.month, now, scope && !scope.all ? concerningUnits(scope.branchIds, scope.groupIds, caller.openid) : null);
    const rows = completionRows(pushes, await loadUnits(unitsNeeded(pushes, view)), view);
    return { push: null, month: { month: input.month, pushes: rows.pushes }, branches: rows.branches, groups: rows.groups };
  }

  const push = await getPushHead(input.pushId!);
  if (!push) throw new AppError(ErrorCodes.STUDY_NOT_FOUND, '学习推送不存在');
  if (!pushConcerns(scope, push, caller.openid)) throw forbidden('该学习推送不在您的管理范围内');
  const rows = completionRows([push], await loadUnits(unitsNeeded([push], view)), view);
  const out: CheckinStatsView = { push: head(push), month: null, branches: rows.branches, groups: rows.groups };
  if (!input.detail) return out;
  return { ...out, ...(await statsDetail(caller, push, input)) };
}

const head = (p: StudyPush) => ({ _id: p._id, title: p.title, issueNo: p.issueNo, kind: p.kind, dueDay: p.dueDay, publishAt: p.publishAt });

/** The units the rows need with their member counts: the whole collection, or these ids (one request each kind, none when empty). */
async function loadUnits(need: StatsView) {
  const [branches, groups] = await Promise.all([countedUnits<Branch>('branch', need.branches), countedUnits<Group>('group', need.groups)]);
  return { branches, groups };
}
