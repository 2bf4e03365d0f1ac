import type { ActionOutputs } from '@/contracts';
import { listScope } from '@/domain/auth/scope.rules';
import { forbidden } from '@/domain/shared/errors';
import { isCheckinOpen } from '@/domain/study/calendar.rules';
import type { z } from 'zod';
import type { studyListInputSchema } from '@/domain/study/study.schema';
import type { Ctx } from '@shared/dispatch/context';
import { checkinId, existingCheckinIds } from '../../repos/checkins.repo';
import { concerningUnits } from '@shared/repos/query';
import { queryPushes, targetingMember } from '../../repos/studies.repo';
import { placementOf } from '@shared/auth/guards';
import { decodeCursor, encodeCursor } from '../page';
import { summary } from './study-views';

export const DEFAULT_PAGE = 20;

/**
 * Members: the published pushes addressed to them (county, their branch, their group), newest
 * first, each marked done/open. Organisers who are not members (or who ask `manage: true`): every
 * push of their scope, scheduled ones included. Keyset paging on (publishAt, _id); one request for
 * the page and one for the page's check-ins.
 */
export async function listStudiesHandler(input: z.output<typeof studyListInputSchema>, ctx: Ctx): Promise<ActionOutputs['study.list']> {
  const { caller, now } = ctx;
  const limit = input.limit ?? DEFAULT_PAGE;
  const after = decodeCursor(input.cursor, 'cursor');
  const scope = listScope(caller);
  if (input.manage && !scope) throw forbidden('仅组织者可查看所辖范围的学习推送');

  let where: object | null;
  if (input.manage || (scope && !caller.memberId)) {
    where = scope!.all ? null : concerningUnits(scope!.branchIds, scope!.groupIds, caller.openid);
  } else {
    const placement = placementOf(ctx);
    if (!placement) return { items: [], nextCursor: null };
    where = targetingMember(placement, now);
  }

  const rows = await queryPushes(where, after && { publishAt: after.n, id: after.id }, limit + 1);
  const page = rows.slice(0, limit);
  const memberId = caller.memberId;
  const done = memberId ? await existingCheckinIds(page.map((p) => checkinId(p._id, memberId))) : new Set<string>();
  const last = page[page.length - 1];
  return {
    items: page.map((p) => ({ ...summary(p), done: memberId ? done.has(checkinId(p._id, memberId)) : false, open: isCheckinOpen(p, now) })),
    nextCursor: rows.length > limit ? encodeCursor(last.publishAt, last._id) : null,
  };
}
