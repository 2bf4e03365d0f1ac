import type { ActionOutputs } from '@/contracts';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { minuteOf } from '@/domain/shared/day.rules';
import { isSigninOpen, nextOccurrence, occurrenceIn, parseOccurrenceId } from '@/domain/themeday/occurrence.rules';
import { checkSiteCode } from '@/domain/themeday/site-code.rules';
import type { ThemedaySigninInput } from '@/domain/themeday/themeday.schema';
import { foundOne, type Ctx } from '@shared/dispatch/context';
import { db } from '@shared/platform/cloud';
import { isDuplicateKey } from '@shared/platform/db-errors';
import { hmacSha256 } from '../../platform/crypto';
import { getJoinSecret, rememberJoinSecret, type SecretDoc } from '@shared/repos/config.repo';
import { countSignin, getPlan, getSignin, insertSignin, signinId, type PlanDoc, type SigninDoc } from '../../repos/themeday.repo';
import { joinedPlacement } from '@shared/auth/guards';

/**
 * 主题党日签到: on site (the code on the secretary's screen, which changes every 30 s) or online (the
 * member's own branch's current meeting, from the reminder's page; recorded as online, and refused
 * when the branch turned it off). Both only inside the window. One per member per meeting: the
 * sign-in's id is the guard (a duplicate insert means "already signed"); the plan's counters move
 * after it by an atomic increment, outside any transaction (the whole branch signs in at once;
 * the reconciler mends the counters should the call die in between).
 */
export async function signinThemedayHandler(input: ThemedaySigninInput, ctx: Ctx): Promise<ActionOutputs['themeday.signin']> {
  const { caller, now } = ctx;
  const { memberId, placement } = joinedPlacement(ctx);
  const { branchId } = placement;

  let month: string;
  if (input.mode === 'onsite') {
    const secret = rememberJoinSecret(foundOne<SecretDoc>(ctx, 'secret')) ?? (await getJoinSecret());
    const check = secret ? checkSiteCode(hmacSha256, secret, branchId, input.code, now) : ({ ok: false, reason: 'invalid' } as const);
    if (!check.ok && check.reason === 'expired') throw new AppError(ErrorCodes.THEMEDAY_CODE_EXPIRED, '签到码已过期（现场签到码每 30 秒更换），请扫描现场屏幕上的最新签到码');
    if (!check.ok) throw new AppError(ErrorCodes.THEMEDAY_CODE_INVALID, '签到码无效，请扫描本支部现场的签到码');
    month = check.month;
  } else {
    const parsed = parseOccurrenceId(input.occurrenceId);
    if (!parsed || parsed.branchId !== branchId) throw new AppError(ErrorCodes.THEMEDAY_NOT_FOUND, '不是本支部的主题党日');
    month = parsed.month;
  }
  const planDoc = await planOf(ctx, branchId);
  if (!planDoc) throw new AppError(ErrorCodes.THEMEDAY_NO_PLAN, '本支部尚未设定主题党日');
  if (input.mode === 'online' && planDoc.plan.onlineSignin === false) throw new AppError(ErrorCodes.THEMEDAY_ONLINE_OFF, '本支部已关闭线上签到，请到现场扫描签到码');
  const o = occurrenceIn(branchId, planDoc.plan, month);
  if (!isSigninOpen(o, now)) {
    const next = nextOccurrence(branchId, planDoc.plan, now);
    throw new AppError(ErrorCodes.THEMEDAY_OUTSIDE_WINDOW, `不在签到时间内（本次主题党日 ${minuteOf(next.start)} 开始，提前 30 分钟可签到）`);
  }
  const doc: SigninDoc = { _id: signinId(o.id, memberId), occurrenceId: o.id, branchId, month, memberId, openid: caller.openid, mode: input.mode, at: now };
  try {
    await insertSignin(db, doc);
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const existing = await getSignin(doc._id);
    throw new AppError(ErrorCodes.THEMEDAY_ALREADY_SIGNED, existing ? `您已于 ${minuteOf(existing.at)} 签到` : '您已签到');
  }
  await countSignin(db, doc);
  return { occurrenceId: o.id, mode: doc.mode, at: now };
}

/** His branch's plan: as read with the caller by his member record's branch (ownPlanJoin), else one request. */
async function planOf(ctx: Ctx, branchId: string): Promise<PlanDoc | null> {
  const found = foundOne<PlanDoc>(ctx, 'plan');
  return found !== undefined ? found : getPlan(branchId);
}
