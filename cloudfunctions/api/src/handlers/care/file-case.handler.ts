import type { CareOutputs } from '@/contracts/care';
import type { CareCase, CareFileInput } from '@/domain/care/care.schema';
import { canFileFor } from '@/domain/care/care-scope.rules';
import { filingStep } from '@/domain/care/case.rules';
import { personRef } from '@/domain/care/person.rules';
import { counterIdsFor, filedMoves } from '@/domain/care/counters.rules';
import { yearOf } from '@/domain/shared/day.rules';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { db } from '@shared/platform/cloud';
import { newId } from '@shared/platform/ids';
import { moveCareCounters } from '../../repos/care-counters.repo';
import { insertCase } from '../../repos/cases.repo';
import { getMember } from '@shared/repos/members.repo';
import { existingMember, ownMemberId } from '@shared/auth/guards';
import { caseView, RISKY_CARE_TEXT } from './care-views';
import { requireCleanText } from '../clean-text';

/**
 * 困难求助: a member files for himself, or an organiser who covers him files on his behalf. The
 * case counts (filed, its kind, state filed) for the year and the member's units in the same
 * transaction that inserts it.
 */
export async function fileCaseHandler(input: CareFileInput, ctx: Ctx): Promise<CareOutputs['care.file']> {
  const { caller, now } = ctx;
  const member = existingMember(await getMember(input.memberId ?? ownMemberId(caller, '再求助')));
  if (!canFileFor(caller, member)) throw forbidden('只能为您负责的党员代为求助');
  await requireCleanText([input.description], caller.openid, RISKY_CARE_TEXT);

  const year = yearOf(now);
  const by = personRef(caller);
  const c: CareCase = {
    _id: newId(now),
    memberId: member._id,
    memberName: member.name,
    branchId: member.branchId,
    groupId: member.groupId,
    year,
    kind: input.kind,
    description: input.description,
    contact: input.contact ?? null,
    state: 'filed',
    version: 1,
    assignee: null,
    filedBy: by,
    filedAt: now,
    updatedAt: now,
    timeline: [filingStep(by, now)],
  };
  await insertCase(db, c);
  await moveCareCounters(db, counterIdsFor(year, c), year, filedMoves(c.kind), now);
  return caseView(caller, c, member);
}
