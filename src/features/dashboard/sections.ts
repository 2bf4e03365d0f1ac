import type { ComponentType } from 'react';
import { CareStatsCard } from '../care/care-stats-card';
import { HometownStatsCard } from '../hometown/hometown-stats-card';
import { EvalStatsCard } from '../evaluation/eval-stats-card';
import { AwardStatsCard } from '../award/award-stats-card';

/** The unit a dashboard shows: the whole county (neither id), one branch, or one village group. */
export interface DashboardUnit {
  branchId?: string;
  groupId?: string;
}

/** A card an area adds to the organiser dashboard: it loads its own statistics for the unit shown. */
export interface DashboardSection {
  key: string;
  Component: ComponentType<{ unit: DashboardUnit }>;
}

/**
 * Cards of the areas that keep their own statistics (care, evaluation, awards, hometown…). Each
 * area adds one line; the dashboard page renders them below its own figures.
 */
export const dashboardSections: DashboardSection[] = [
  { key: 'care', Component: CareStatsCard },
  { key: 'hometown', Component: HometownStatsCard },
  { key: 'evaluation', Component: EvalStatsCard },
  { key: 'award', Component: AwardStatsCard },
];
