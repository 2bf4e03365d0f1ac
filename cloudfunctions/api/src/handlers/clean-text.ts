import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { checkText, type Verdict } from '../platform/content-security';

/** A content-security verdict as the caller's error: risky → CONTENT.RISKY (`riskyMessage` says what to fix), check down → SYSTEM.BUSY. */
export function refuseUnclean(verdict: Verdict, riskyMessage: string): void {
  if (verdict === 'risky') throw new AppError(ErrorCodes.CONTENT_RISKY, riskyMessage);
  if (verdict === 'unavailable') throw new AppError(ErrorCodes.SYSTEM_BUSY, '内容安全检测暂不可用，请稍后再试');
}

/** User text (its non-empty parts, one per line) through msgSecCheck before anything is stored. */
export async function requireCleanText(parts: readonly (string | null | undefined)[], openid: string, riskyMessage: string): Promise<void> {
  refuseUnclean(await checkText(parts.filter(Boolean).join('\n'), openid), riskyMessage);
}
