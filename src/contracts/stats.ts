import type { EndReason } from '../domain/mobility/mobility.schema';
import { api, type ActionTable } from './table';
import { dashboardInputSchema, reconcileInputSchema } from '../domain/stats/stats.schema';
import type { DashboardUnitRef } from '../domain/stats/dashboard-scope.rules';
import type { CityCount, StudyFigure } from '../domain/stats/figures.rules';

export const statsActions = {
  'stats.dashboard': api(dashboardInputSchema),
  'stats.reconcile': api(reconcileInputSchema),
} as const satisfies ActionTable;

/** The organiser dashboard of one unit and month: every figure read from counters and indexed counts. */
export interface DashboardView {
  unit: DashboardUnitRef & { name: string };
  month: string;
  /** Organisations in the unit: the county's counts; a branch's child branches (a 流动党委's); null where it does not apply. */
  org: { committees: number | null; branches: number | null; groups: number | null };
  members: {
    /** Members directly managed (placed in the unit). */
    total: number;
    /** 失联. */
    lost: number;
    /** Top cities by members, then the rest summed. */
    byCity: CityCount[];
    otherCities: number;
    cities: number;
    /**
     * Members whose mobile status ended, counted apart from `total` (and from every rate): all of
     * them, and by reason — 回村任职 and 返乡创业 are the figures the county reports.
     */
    ended: { total: number; byReason: Record<EndReason, number> };
  };
  pairing: {
    /** Village cadres: with a cadre grant (county, group); pairing members of the branch (branch). */
    cadres: number;
    /** Members with a responsible cadre (1+N). */
    paired: number;
    /** paired / members, 0..1. */
    share: number;
    /** Contact logs of the month. */
    contacts: number;
  };
  /** Check-in completion over the month's pushes reaching the unit. */
  study: StudyFigure;
  /** Theme-day attendance of the month (branches with a plan); null for a village group (sign-ins are per branch). */
  /** planned: branches with a rule; held: those whose meeting of the month has started (expected counts only them). */
  themeday: { planned: number; held: number; expected: number; signedIn: number; rate: number } | null;
}

/** What stats.reconcile (and the cron-reconcile timer) checked and mended. */
export interface ReconcileView {
  /** The window recomputed; null: a rebuild of every unit's member counters. */
  hours: number | null;
  /** Unit, push and theme-day-month documents recomputed from their records. */
  checked: number;
  /** Each counter that had drifted: the document, the field, what it held and what it holds now. */
  mended: { doc: string; field: string; was: number; now: number }[];
  /** Left for the next run: written in the last few seconds (increments may still be in flight). */
  busy: string[];
}

export interface StatsOutputs {
  'stats.dashboard': DashboardView;
  'stats.reconcile': ReconcileView;
}
