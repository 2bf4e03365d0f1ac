import type { CareOutputs } from '@/contracts/care';
import type { Visit, VisitLogInput } from '@/domain/care/care.schema';
import { canLogVisit } from '@/domain/care/care-scope.rules';
import { counterIdsFor, toFen, visitMoves } from '@/domain/care/counters.rules';
import { visitDayProblem } from '@/domain/care/visit.rules';
import { personRef } from '@/domain/care/person.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { db } from '@shared/platform/cloud';
import { newId } from '@shared/platform/ids';
import { markFamilyVisited, moveCareCounters } from '../../repos/care-counters.repo';
import { getMember } from '@shared/repos/members.repo';
import { insertVisit } from '../../repos/visits.repo';
import { existingMember } from '@shared/auth/guards';
import { RISKY_CARE_TEXT } from './care-views';
import { requireCleanText } from '../clean-text';

/**
 * 走访慰问: an organiser who covers the member logs a visit to his family. The visit, the family's
 * first-visit-of-the-year mark and the counters (visits, amount, families) are one transaction.
 */
export async function logVisitHandler(input: VisitLogInput, ctx: Ctx): Promise<CareOutputs['visit.log']> {
  const { caller, now } = ctx;
  const member = existingMember(await getMember(input.memberId));
  if (!canLogVisit(caller, member)) throw forbidden('只能走访您负责的党员家庭');
  const problem = visitDayProblem(input.day, now);
  if (problem) throw new AppError(ErrorCodes.VISIT_DAY_INVALID, problem === 'future' ? '走访日期不能晚于今天' : '只能补记一年内的走访');
  await requireCleanText([input.given, ...input.visitors], caller.openid, RISKY_CARE_TEXT);

  const year = Number(input.day.slice(0, 4));
  const visit: Visit = {
    _id: newId(now),
    memberId: member._id,
    memberName: member.name,
    branchId: member.branchId,
    groupId: member.groupId,
    day: input.day,
    year,
    visitors: input.visitors,
    given: input.given,
    amountFen: input.amount ? toFen(input.amount) : null,
    by: personRef(caller),
    at: now,
  };
  // The visit is the record; the family's yearly mark (its `_id` makes the first visit win) and the
  // shared counters follow by plain writes and atomic increments, never inside a transaction.
  await insertVisit(db, visit);
  const firstOfYear = await markFamilyVisited(db, year, member._id, now);
  await moveCareCounters(db, counterIdsFor(year, member), year, visitMoves(visit.amountFen, firstOfYear), now);
  return { visit, firstOfYear };
}
