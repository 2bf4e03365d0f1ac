import type { ActionOutputs, AttendanceRow } from '@/contracts';
import { hasRole } from '@/domain/auth/grant';
import { maskPhone } from '@/domain/member/mask.rules';
import type { Branch } from '@/domain/org/org.schema';
import type { Counted } from '@/domain/stats/counter.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { counterKey } from '@/domain/themeday/attendance-counters.rules';
import { occurrenceIn, parseOccurrenceId } from '@/domain/themeday/occurrence.rules';
import { siteCodeAt } from '@/domain/themeday/site-code.rules';
import { shareOf } from '@/domain/shared/share.rules';
import { attendanceScope, canManageThemeday } from '@/domain/themeday/themeday-scope.rules';
import type { ThemedayAttendanceInput } from '@/domain/themeday/themeday.schema';
import type { Ctx } from '@shared/dispatch/context';
import { hmacSha256 } from '../../platform/crypto';
import { getJoinSecret } from '@shared/repos/config.repo';
import { queryMembers } from '@shared/repos/members.repo';
import { countedUnit, countedUnits } from '@shared/repos/counters.repo';
import { getPlan, plansByIds, signinId, signinsByIds, type PlanDoc } from '../../repos/themeday.repo';
import { occurrenceView } from './themeday-views';

const DEFAULT_LIMIT = 50;

/** A branch's row from its member count and its plan's counters for the month: no sign-in is read. */
function row(branch: Counted<Branch>, plan: PlanDoc | undefined, month: string): AttendanceRow {
  const c = plan?.counters?.[counterKey(month)] ?? {};
  const signedIn = c.signedIn ?? 0;
  return { branchId: branch._id, name: branch.name, planned: !!plan, expected: branch.memberCount, signedIn, online: c.online ?? 0, onsite: c.onsite ?? 0, rate: shareOf(signedIn, branch.memberCount) };
}

/**
 * Attendance. Per occurrence (the branch's secretary, the county): its row, the on-site code, and on
 * request a page of absentees to follow up. Per month: one row per branch in the caller's scope.
 */
export async function themedayAttendanceHandler(input: ThemedayAttendanceInput, ctx: Ctx): Promise<ActionOutputs['themeday.attendance']> {
  const { caller } = ctx;
  if ('month' in input) {
    const scope = attendanceScope(caller);
    if (!scope) throw forbidden('仅支部书记或县委组织部可查看出勤');
    const branches = await countedUnits<Branch>('branch', scope.all ? 'all' : scope.branchIds);
    const plans = await plansByIds(branches.map((b) => b._id));
    const byId = new Map(plans.map((p) => [p._id, p]));
    return { occurrence: null, month: input.month, rows: branches.map((b) => row(b, byId.get(b._id), input.month)) };
  }

  const parsed = parseOccurrenceId(input.occurrenceId);
  if (!parsed) throw new AppError(ErrorCodes.THEMEDAY_NOT_FOUND, '主题党日不存在');
  if (!canManageThemeday(caller, parsed.branchId)) throw forbidden('只能查看本支部的出勤');
  const [branch, plan, secret] = await Promise.all([countedUnit<Branch>('branch', parsed.branchId), getPlan(parsed.branchId), getJoinSecret()]);
  if (!branch) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '支部不存在');
  if (!plan || !secret) throw new AppError(ErrorCodes.THEMEDAY_NO_PLAN, '本支部尚未设定主题党日');
  const o = occurrenceIn(parsed.branchId, plan.plan, parsed.month);
  const site = siteCodeAt(hmacSha256, secret, o.branchId, o.month, ctx.now);
  const out: ActionOutputs['themeday.attendance'] = {
    occurrence: { ...occurrenceView(o), siteCode: site.code, siteCodeRefreshAt: site.refreshAt },
    month: o.month,
    rows: [row(branch, plan, o.month)],
  };
  if (!input.absentees) return out;

  // A page scans `limit` members (newest first) and lists those without a sign-in, so it may hold fewer.
  const limit = input.limit ?? DEFAULT_LIMIT;
  const page = await queryMembers({ branchId: o.branchId, before: input.cursor, active: true }, limit + 1);
  const scanned = page.slice(0, limit);
  const signed = new Set((await signinsByIds(scanned.map((m) => signinId(o.id, m._id)))).map((s) => s.memberId));
  const unmasked = hasRole(caller, 'county') || caller.grants.some((g) => g.role === 'secretary' && g.branchId === o.branchId);
  out.absentees = scanned.filter((m) => !signed.has(m._id)).map((m) => ({ memberId: m._id, name: m.name, phone: unmasked ? m.phone : (maskPhone(m.phone) ?? '') }));
  out.absenteesNextCursor = page.length > limit ? scanned[scanned.length - 1]._id : null;
  return out;
}
