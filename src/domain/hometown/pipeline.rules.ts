import type { Project, ProjectStage } from './project.schema';

/** Chinese labels of the stages. */
export const projectStageLabels: Record<ProjectStage, string> = {
  lead: '线索',
  negotiating: '洽谈中',
  landed: '已落地',
  dropped: '已终止',
};

/**
 * The pipeline's moves: forward one stage at a time (lead → negotiating → landed), and dropped
 * from any open stage. landed and dropped are final: a landed project does not un-land, and a
 * dropped lead that revives is a new lead (a new record keeps the history honest).
 */
const MOVES: Record<ProjectStage, ProjectStage[]> = {
  lead: ['negotiating', 'dropped'],
  negotiating: ['landed', 'dropped'],
  landed: [],
  dropped: [],
};

export const canMoveProject = (from: ProjectStage, to: ProjectStage): boolean => MOVES[from].includes(to);

export const nextStages = (from: ProjectStage): ProjectStage[] => MOVES[from];

export const isFinalStage = (stage: ProjectStage): boolean => MOVES[stage].length === 0;

/** Figures of one stage: how many projects, their amount (万元) and jobs. */
export interface StageTotals {
  count: number;
  amount: number;
  jobs: number;
}

export type PipelineTotals = Record<ProjectStage, StageTotals>;

export const emptyTotals = (): PipelineTotals => ({
  lead: { count: 0, amount: 0, jobs: 0 },
  negotiating: { count: 0, amount: 0, jobs: 0 },
  landed: { count: 0, amount: 0, jobs: 0 },
  dropped: { count: 0, amount: 0, jobs: 0 },
});

/** 万元 with two decimals: sums of two-decimal amounts drift in binary floating point. */
export const roundWan = (v: number): number => Math.round(v * 100) / 100;

type Contribution = Pick<Project, 'stage' | 'amount' | 'jobs'>;

/**
 * How a create, edit or move shifts the counters: `before` leaves its stage, `after` enters its
 * own. Paths are relative to one totals object (`<stage>.count` …); zero moves are left out.
 */
export function totalsDelta(before: Contribution | null, after: Contribution): Record<string, number> {
  const delta: Record<string, number> = {};
  const add = (c: Contribution, sign: 1 | -1) => {
    for (const [field, v] of [['count', 1], ['amount', c.amount], ['jobs', c.jobs]] as const) {
      const key = `${c.stage}.${field}`;
      delta[key] = (delta[key] ?? 0) + sign * v;
    }
  };
  if (before) add(before, -1);
  add(after, 1);
  return Object.fromEntries(Object.entries(delta).filter(([, v]) => v !== 0).map(([k, v]) => [k, k.endsWith('.amount') ? roundWan(v) : v]));
}

/** Totals as stored (possibly partial, possibly drifted) → a full, rounded totals object. */
export function normalizeTotals(stored: Partial<Record<ProjectStage, Partial<StageTotals>>> | null | undefined): PipelineTotals {
  const out = emptyTotals();
  for (const stage of Object.keys(out) as ProjectStage[]) {
    const s = stored?.[stage];
    out[stage] = { count: s?.count ?? 0, amount: roundWan(s?.amount ?? 0), jobs: s?.jobs ?? 0 };
  }
  return out;
}

/** The sum of several branches' totals (a secretary of two branches sees both). */
export function sumTotals(list: PipelineTotals[]): PipelineTotals {
  const out = emptyTotals();
  for (const t of list) {
    for (const stage of Object.keys(out) as ProjectStage[]) {
      out[stage] = { count: out[stage].count + t[stage].count, amount: roundWan(out[stage].amount + t[stage].amount), jobs: out[stage].jobs + t[stage].jobs };
    }
  }
  return out;
}
