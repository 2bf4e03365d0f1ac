import type { Caller } from '@/domain/auth/grant';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { canManagePush } from '@/domain/study/push-status.rules';
import type { StudyPush } from '@/domain/study/study.schema';
import { getPushHead } from '../../repos/studies.repo';

/** The push (without its body) if the caller manages it: study.update and study.withdraw start here. */
export async function manageablePush(caller: Caller, pushId: string): Promise<StudyPush> {
  const push = await getPushHead(pushId);
  if (!push) throw new AppError(ErrorCodes.STUDY_NOT_FOUND, '学习推送不存在');
  if (!canManagePush(caller, push)) throw forbidden('县委组织部可管理全部推送，支部书记只能管理仅面向本支部的推送');
  return push;
}
