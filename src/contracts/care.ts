import { api, type ActionTable } from './table';
import {
  careAssignInputSchema,
  careFileInputSchema,
  careGetInputSchema,
  careListInputSchema,
  careStatsInputSchema,
  careTransitionInputSchema,
  visitListInputSchema,
  visitLogInputSchema,
  type CareCase,
  type CaseState,
  type Visit,
} from '../domain/care/care.schema';
import type { CareStats } from '../domain/care/counters.rules';
import type { StatsUnit } from '../domain/care/care-scope.rules';

/** 关怀帮扶 and 走访慰问. */
export const careActions = {
  'care.file': api(careFileInputSchema),
  'care.list': api(careListInputSchema),
  'care.get': api(careGetInputSchema),
  'care.assign': api(careAssignInputSchema),
  'care.transition': api(careTransitionInputSchema),
  'care.stats': api(careStatsInputSchema),
  'visit.log': api(visitLogInputSchema),
  'visit.list': api(visitListInputSchema),
} as const satisfies ActionTable;

/**
 * A case as a caller sees it: the member's phone (masked unless the caller manages him), and what
 * the caller may do with it now (the pages show only those controls; the function still checks).
 */
export interface CaseView extends CareCase {
  memberPhone: string | null;
  masked: boolean;
  can: { assign: boolean; moveTo: CaseState[] };
}

/** An organiser who may be given a case: he covers the member. */
export interface AssigneeOption {
  openid: string;
  name: string | null;
  /** 县委组织部 / 支部书记 / 村干部 */
  role: string;
}

export interface CareOutputs {
  'care.file': CaseView;
  'care.list': { items: Omit<CaseView, 'timeline'>[]; nextCursor: string | null };
  'care.get': { case: CaseView; assignees: AssigneeOption[] };
  'care.assign': CaseView;
  'care.transition': CaseView;
  'care.stats': CareStats & { year: number; unit: StatsUnit & { name: string } };
  'visit.log': { visit: Visit; firstOfYear: boolean };
  'visit.list': { items: Visit[]; nextCursor: string | null };
}
