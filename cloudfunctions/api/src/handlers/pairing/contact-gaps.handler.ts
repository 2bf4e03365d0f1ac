import type { ActionOutputs } from '@/contracts';
import { gapReport, gapRowOf, type GapMember } from '@/domain/pairing/gap-report.rules';
import type { ContactGapsInput } from '@/domain/pairing/pairing.schema';
import { dayOf } from '@/domain/shared/day.rules';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { lastContactDays } from '../../repos/contacts.repo';
import { memberQueryFor, scanMembers } from '@shared/repos/members.repo';
import { pairingsOf } from '../../repos/pairings.repo';
import { requireListConstraint } from '@shared/auth/guards';
import { loadGapSettings } from './load-gap-settings';

const GAP_FIELDS = { _id: true, name: true, branchId: true, groupId: true, status: true, joinedAt: true, outflowDate: true } as const;

/**
 * The contact-gap monitor for the caller's scope (the ledger's scope rule), as of today or an
 * earlier day: reads the scope's members (projected), their pairings, and the last contact of the
 * unpaired ones, then applies the pure gap rules.
 */
export async function contactGapsHandler(input: ContactGapsInput, { caller, now }: Ctx): Promise<ActionOutputs['contact.gaps']> {
  const constraint = requireListConstraint(caller, input, '无权查看该范围的联系情况');
  const today = dayOf(now);
  const asOf = input.asOf ?? today;
  if (asOf > today) throw new AppError(ErrorCodes.INPUT_INVALID, '核查日期不能晚于今天', [{ path: 'asOf', message: '核查日期不能晚于今天' }]);

  const [members, settings] = await Promise.all([
    scanMembers<GapMember>({ ...memberQueryFor({ branchId: input.branchId, groupId: input.groupId }, constraint), active: true }, GAP_FIELDS),
    loadGapSettings(),
  ]);
  const pairings = new Map((await pairingsOf(members.map((m) => m._id))).map((p) => [p.memberId, p]));
  const unpairedLast = await lastContactDays(members.filter((m) => !pairings.has(m._id)).map((m) => m._id));
  const rows = members.map((m) => gapRowOf(m, pairings.get(m._id), unpairedLast.get(m._id)?.day ?? null, asOf, settings));
  return gapReport(rows, asOf, settings);
}
