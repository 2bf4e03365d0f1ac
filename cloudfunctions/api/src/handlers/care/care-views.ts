import type { CaseView } from '@/contracts/care';
import type { Caller } from '@/domain/auth/grant';
import type { CareCase } from '@/domain/care/care.schema';
import { canAct, canAssign } from '@/domain/care/care-scope.rules';
import { isClosed, nextStates, type StepRefusal } from '@/domain/care/case.rules';
import { maskPhone, seesInFull } from '@/domain/member/mask.rules';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { checkText } from '../../platform/content-security';

/** A case as `caller` sees it: the member's phone masked unless he manages the member, and what he may do now. */
export function caseView<C extends Omit<CareCase, 'timeline'>>(caller: Caller, c: C, phone: string | null): C & Omit<CaseView, keyof CareCase> {
  const full = seesInFull(caller, { _id: c.memberId, branchId: c.branchId, groupId: c.groupId });
  const acts = canAct(caller, c);
  return {
    ...c,
    memberPhone: full ? phone : maskPhone(phone),
    masked: !full,
    can: { assign: !isClosed(c.state) && canAssign(caller, c), moveTo: acts ? [...nextStates(c.state)] : [] },
  };
}

/** A refused step (case.rules) as the error the caller gets. */
export function stepError(reason: StepRefusal): AppError {
  switch (reason) {
    case 'stale':
      return new AppError(ErrorCodes.CARE_STALE, '该求助已被他人处理，请刷新后再操作');
    case 'closed':
      return new AppError(ErrorCodes.CARE_CLOSED, '该求助已办结，不能再变更');
    case 'impossible':
      return new AppError(ErrorCodes.CARE_TRANSITION_INVALID, '当前状态下不能进行此操作');
    case 'not_assigned':
      return new AppError(ErrorCodes.CARE_NOT_ASSIGNED, '请先指派负责人');
    case 'timeline_full':
      return new AppError(ErrorCodes.CARE_TIMELINE_FULL, '该求助的处理记录已满');
  }
}

export const caseNotFound = () => new AppError(ErrorCodes.CARE_NOT_FOUND, '求助记录不存在');

/** User text through content security before anything is stored. */
export async function vetText(text: string, openid: string): Promise<void> {
  const verdict = await checkText(text, openid);
  if (verdict === 'risky') throw new AppError(ErrorCodes.CONTENT_RISKY, '内容含有不适宜发布的信息，请修改后再提交');
  if (verdict === 'unavailable') throw new AppError(ErrorCodes.SYSTEM_BUSY, '内容安全检测暂不可用，请稍后再试');
}
