import type { ActionOutputs } from '@/contracts';
import { isCountyWide } from '@/domain/auth/scope.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { nextOccurrence } from '@/domain/themeday/occurrence.rules';
import { canManageThemeday } from '@/domain/themeday/themeday-scope.rules';
import type { ThemedayPlanInput } from '@/domain/themeday/themeday.schema';
import type { Ctx } from '@shared/dispatch/context';
import { getBranch } from '@shared/repos/org.repo';
import { branchSheetId, savePlan, saveSheet } from '../../repos/themeday.repo';
import { occurrenceView } from './themeday-views';

/**
 * 主题党日计划: a branch's rule (its secretary or the county), the county's monthly 提示单 (county
 * only: every branch inherits it), and a branch's additions to one month's sheet.
 */
export async function planThemedayHandler(input: ThemedayPlanInput, ctx: Ctx): Promise<ActionOutputs['themeday.plan']> {
  const { caller, now } = ctx;
  if (input.kind === 'sheet') {
    if (!isCountyWide(caller)) throw forbidden('提示单由县委组织部发布');
    await saveSheet({ _id: input.month, kind: 'county', month: input.month, sheet: input.sheet, updatedAt: now, updatedBy: caller.openid });
    return { kind: 'sheet', month: input.month };
  }
  if (!canManageThemeday(caller, input.branchId)) throw forbidden('只能设置本支部的主题党日');
  if (!(await getBranch(input.branchId))) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '支部不存在');
  if (input.kind === 'additions') {
    const id = branchSheetId(input.branchId, input.month);
    await saveSheet({ _id: id, kind: 'branch', branchId: input.branchId, month: input.month, additions: input.additions, updatedAt: now, updatedBy: caller.openid });
    return { kind: 'additions', branchId: input.branchId, month: input.month };
  }
  await savePlan(input.branchId, input.plan, caller.openid, now);
  return { kind: 'rule', branchId: input.branchId, plan: input.plan, next: occurrenceView(nextOccurrence(input.branchId, input.plan, now)) };
}
