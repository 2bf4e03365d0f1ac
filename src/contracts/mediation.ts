import { api, type ActionTable } from './table';
import {
  mediationGetInputSchema,
  mediationHandlersInputSchema,
  mediationListInputSchema,
  mediationMineInputSchema,
  mediationOpenInputSchema,
  mediationStatsInputSchema,
  mediationStepInputSchema,
  type MediationCase,
  type MediationKind,
  type MediationOutcome,
} from '../domain/mediation/mediation.schema';
import type { KindCounts } from '../domain/mediation/mediation.rules';
import type { DashboardUnitRef } from '../domain/stats/dashboard-scope.rules';

/** 乡音工作室 / 维权: mediation cases for members and the 老乡 they bring. */
export const mediationActions = {
  'mediation.open': api(mediationOpenInputSchema),
  'mediation.handlers': api(mediationHandlersInputSchema),
  'mediation.list': api(mediationListInputSchema),
  'mediation.get': api(mediationGetInputSchema),
  'mediation.step': api(mediationStepInputSchema),
  'mediation.stats': api(mediationStatsInputSchema),
  'mediation.mine': api(mediationMineInputSchema),
} as const satisfies ActionTable;

/**
 * A case as a reader sees it: phones (the member's, the 老乡's) in full for its handler and those
 * who supervise the member, masked for others; the consent by who asked for it.
 */
export interface MediationView {
  villager: { name: string; phone: string; consentAt: number; consentByName: string | null } | null;
  memberPhone: string | null;
  masked: boolean;
  can: { step: boolean };
}
type CaseView<C> = Omit<C, 'villager'> & MediationView;

export interface HandlerOption {
  openid: string;
  name: string | null;
  /** 县委组织部 / 支部书记 / 村干部 */
  role: string;
}

/**
 * A case as the member it concerns reads it (mediation.mine): what it is about, who handles it,
 * the steps and the outcome. Names only: no openid, no phone (his 老乡's included), no consent
 * record, no unit; the organisers' ways of reaching each other stay theirs.
 */
export interface MyMediationCase {
  _id: string;
  kind: MediationKind;
  /** The 老乡 he brought (the name only), or null: the case is his own. */
  villagerName: string | null;
  description: string;
  handlerName: string | null;
  state: 'open' | 'closed';
  outcome: MediationOutcome | null;
  steps: { at: number; byName: string | null; note: string; outcome?: MediationOutcome }[];
  openedAt: number;
  updatedAt: number;
}

export interface MediationOutputs {
  'mediation.open': CaseView<MediationCase>;
  'mediation.handlers': { items: HandlerOption[] };
  'mediation.list': { items: CaseView<Omit<MediationCase, 'steps'>>[]; nextCursor: string | null };
  'mediation.get': CaseView<MediationCase>;
  'mediation.step': CaseView<MediationCase>;
  'mediation.stats': { year: number; unit: DashboardUnitRef; byKind: KindCounts; open: number; closed: number };
  'mediation.mine': { items: MyMediationCase[] };
}
