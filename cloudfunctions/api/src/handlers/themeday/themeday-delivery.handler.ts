import type { ActionOutputs } from '@/contracts';
import { viewForCaller } from '@/domain/member/mask.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { parseOccurrenceId } from '@/domain/themeday/occurrence.rules';
import type { ReminderStage } from '@/domain/themeday/reminder.rules';
import { canManageThemeday } from '@/domain/themeday/themeday-scope.rules';
import type { ThemedayDeliveryInput } from '@/domain/themeday/themeday.schema';
import type { Ctx } from '@shared/dispatch/context';
import { deliveryCounts, fanoutsByIds, notReachedPage } from '../../repos/deliveries.repo';
import { membersByIds } from '@shared/repos/members.repo';
import type { Branch } from '@/domain/org/org.schema';
import { countedUnit } from '@shared/repos/counters.repo';

const DEFAULT_LIMIT = 50;
const STAGES: ReminderStage[] = ['before', 'dayOf'];

/**
 * The secretary's view of an occurrence's reminders: per stage the fan-out's progress (cursor
 * document) and counts by state (one count() per state), and a page of members not reached
 * (refused / failed) with name, phone (viewForCaller) and reason, to follow up by hand. The
 * fan-out never reads members without consent (cron-theme-day README), so they have no record:
 * once a stage's run finished, `no_consent` is the branch's members less those it recorded.
 * Requests: caller; in parallel branch, cursor documents, 5 counts per stage, the page; the page's members.
 */
export async function themedayDeliveryHandler(input: ThemedayDeliveryInput, ctx: Ctx): Promise<ActionOutputs['themeday.delivery']> {
  const { caller } = ctx;
  const parsed = parseOccurrenceId(input.occurrenceId);
  if (!parsed) throw new AppError(ErrorCodes.THEMEDAY_NOT_FOUND, '主题党日不存在');
  if (!canManageThemeday(caller, parsed.branchId)) throw forbidden('只能查看本支部的提醒送达情况');
  const stages = input.stage ? [input.stage] : STAGES;
  const limit = input.limit ?? DEFAULT_LIMIT;
  const id = input.occurrenceId;
  const [branch, fanouts, counts, page] = await Promise.all([
    countedUnit<Branch>('branch', parsed.branchId),
    fanoutsByIds(stages.map((s) => `${id}_${s}`)),
    Promise.all(stages.map((s) => deliveryCounts(id, s))),
    notReachedPage(id, stages, input.cursor, limit),
  ]);
  if (!branch) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '支部不存在');
  const rows = page.slice(0, limit);
  const members = new Map((await membersByIds([...new Set(rows.map((r) => r.memberId))])).map((m) => [m._id, m]));
  return {
    occurrenceId: id,
    branchId: parsed.branchId,
    stages: stages.map((stage, i) => {
      const f = fanouts.find((x) => x._id === `${id}_${stage}`);
      const recorded = counts[i];
      const reached = recorded.sent + recorded.refused + recorded.failed + recorded.pending;
      const c = f?.done ? { ...recorded, no_consent: recorded.no_consent + Math.max(0, branch.memberCount - reached - recorded.no_consent) } : recorded;
      return {
        stage,
        started: !!f,
        finished: !!f?.done,
        startedAt: f?.startedAt ?? null,
        updatedAt: f?.updatedAt ?? null,
        processed: c.sent + c.no_consent + c.refused + c.failed + c.pending,
        expected: branch.memberCount,
        counts: c,
      };
    }),
    notReached: rows.map((r) => {
      const m = members.get(r.memberId);
      const phone = m ? viewForCaller(caller, m).phone : null;
      return { memberId: r.memberId, name: m?.name ?? '（已退出）', phone: phone ?? '', stage: r.stage, state: r.state, reason: r.reason ?? null };
    }),
    notReachedNextCursor: page.length > limit ? rows[rows.length - 1]._id : null,
  };
}
