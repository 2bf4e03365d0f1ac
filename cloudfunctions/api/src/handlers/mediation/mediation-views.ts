import type { MediationView, MyMediationCase } from '@/contracts/mediation';
import type { Caller } from '@/domain/auth/grant';
import { supervisesMember } from '@/domain/auth/scope.rules';
import { canStep } from '@/domain/mediation/mediation.rules';
import type { MediationCase } from '@/domain/mediation/mediation.schema';
import { maskPhone } from '@/domain/member/mask.rules';
import { AppError, ErrorCodes } from '@/domain/shared/errors';

/**
 * Who needs the phones of a case: its handler and those who supervise the member (county, his
 * branch's secretary). Another reader (a village cadre who is not the handler) sees them masked.
 */
export const needsPhones = (caller: Caller, c: Pick<MediationCase, 'branchId' | 'handler'>): boolean => c.handler.openid === caller.openid || supervisesMember(caller, c);

export function mediationView<C extends Omit<MediationCase, 'steps'> & { steps?: MediationCase['steps'] }>(caller: Caller, c: C, memberPhone: string | null): Omit<C, 'villager'> & MediationView {
  const full = needsPhones(caller, c);
  const villager = c.villager && { name: c.villager.name, phone: full ? c.villager.phone : (maskPhone(c.villager.phone) ?? ''), consentAt: c.villager.consentAt, consentByName: c.villager.consentBy.name };
  return {
    ...c,
    villager,
    memberPhone: full ? memberPhone : maskPhone(memberPhone),
    masked: !full,
    can: { step: c.state === 'open' && canStep(caller, c) },
  };
}

/** The member's read-only view of a case about him: names, not openids or phones (contracts/mediation.ts). */
export const myMediationView = (c: MediationCase): MyMediationCase => ({
  _id: c._id,
  kind: c.kind,
  villagerName: c.villager?.name ?? null,
  description: c.description,
  handlerName: c.handler.name,
  state: c.state,
  outcome: c.outcome,
  steps: c.steps.map((s) => ({ at: s.at, byName: s.by.name, note: s.note, ...(s.outcome ? { outcome: s.outcome } : {}) })),
  openedAt: c.openedAt,
  updatedAt: c.updatedAt,
});

export const mediationNotFound = () => new AppError(ErrorCodes.MEDIATION_NOT_FOUND, '调解案件不存在');
