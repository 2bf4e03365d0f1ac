import type { CaseView } from '@/contracts/care';
import type { Caller } from '@/domain/auth/grant';
import { canManageMember } from '@/domain/auth/scope.rules';
import type { CareCase, CaseStep, PersonRef, Visit } from '@/domain/care/care.schema';
import type { Member } from '@/domain/member/member.schema';
import { canAct, canAssign } from '@/domain/care/care-scope.rules';
import { isClosed, nextStates, type StepRefusal } from '@/domain/care/case.rules';
import { maskPhone, seesInFull } from '@/domain/member/mask.rules';
import { AppError, ErrorCodes } from '@/domain/shared/errors';

/** The member's record as a case view needs it: his phone and where he sits now. */
export type CaseMember = Pick<Member, '_id' | 'phone' | 'branchId' | 'groupId'>;

/**
 * A case as `caller` sees it: the member's phone masked unless he manages the member where he sits
 * now (the case stays with the unit it was filed in; the phone is today's), other people's openids
 * only for the case's organisers (they assign by them), and what he may do now.
 */
export function caseView<C extends Omit<CareCase, 'timeline'> & { timeline?: CaseStep[] }>(caller: Caller, c: C, member: CaseMember | null): C & Omit<CaseView, keyof CareCase> {
  const placement = { _id: c.memberId, branchId: c.branchId, groupId: c.groupId };
  const phone = member?.phone ?? null;
  const full = member !== null && seesInFull(caller, member);
  const acts = canAct(caller, c);
  const manages = canManageMember(caller, placement);
  const named = { ...c, ...(manages ? {} : namesOnly(caller, c)) };
  return {
    ...named,
    // docs/who-sees-what.md: a hardship is told to those who cover the member, not to sysadmin.
    ...(manages || caller.memberId === c.memberId ? {} : textHidden(named)),
    memberPhone: full ? phone : maskPhone(phone),
    masked: !full,
    can: { assign: !isClosed(c.state) && canAssign(caller, c), moveTo: acts ? [...nextStates(c.state)] : [] },
  };
}

const HIDDEN = '（仅负责该党员的组织者可见）';

/** The case's own words (the request, the notes of its steps) left out. */
function textHidden(c: Omit<CareCase, 'timeline'> & { timeline?: CaseStep[] }): Partial<Pick<CareCase, 'description' | 'timeline'>> {
  return { description: HIDDEN, ...(c.timeline ? { timeline: c.timeline.map((s) => ({ ...s, note: s.note === null ? null : HIDDEN })) } : {}) };
}

/** `p` by name only, unless he is the caller himself. */
const nameOnlyFor = (caller: Caller) => (p: PersonRef): PersonRef => (p.openid === caller.openid ? p : { ...p, openid: null });

/** The people on a case with every openid but the caller's own left out. */
function namesOnly(caller: Caller, c: Omit<CareCase, 'timeline'> & { timeline?: CaseStep[] }): Partial<Pick<CareCase, 'filedBy' | 'assignee' | 'timeline'>> {
  const ref = nameOnlyFor(caller);
  return {
    filedBy: ref(c.filedBy),
    assignee: c.assignee && ref(c.assignee),
    ...(c.timeline ? { timeline: c.timeline.map((s) => ({ ...s, by: ref(s.by), ...(s.assignee ? { assignee: ref(s.assignee) } : {}) })) } : {}),
  };
}

/**
 * A visit as `caller` sees it: who logged it by openid only for those who manage the family where
 * it was logged (the case rule above); sysadmin, who lists every visit, reads names.
 */
export function visitView(caller: Caller, v: Visit): Visit {
  const placement = { _id: v.memberId, branchId: v.branchId, groupId: v.groupId };
  return canManageMember(caller, placement) ? v : { ...v, by: nameOnlyFor(caller)(v.by) };
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

/** What a care text refused by content security is told. */
export const RISKY_CARE_TEXT = '内容含有不适宜发布的信息，请修改后再提交';
