import type { CareKind, CaseState } from './care.schema';
import type { StatsUnit } from './care-scope.rules';

/**
 * Care statistics are counters, not scans: one document per year and unit (the county, each
 * branch, each village group), moved in the same transaction as the case or visit that changes
 * them. A case counts in the year it was filed and the units the member sat in when he filed.
 */

/** ASCII keys for the kinds: counter fields are database paths. */
export const kindKeys: Record<CareKind, string> = {
  子女上学: 'school',
  老人就医: 'medical',
  工伤: 'injury',
  欠薪维权: 'wages',
  就业: 'employment',
  其他: 'other',
};

export const counterId = (year: number, unit: StatsUnit): string =>
  unit.kind === 'county' ? `${year}_county` : `${year}_${unit.kind === 'branch' ? 'b' : 'g'}_${unit.id}`;

/** The three documents a member's case or visit moves: county, his branch, his village group. */
export const counterIdsFor = (year: number, placement: { branchId: string; groupId: string }): string[] => [
  counterId(year, { kind: 'county' }),
  counterId(year, { kind: 'branch', id: placement.branchId }),
  counterId(year, { kind: 'group', id: placement.groupId }),
];

/** Increments as `path → delta`; the repo turns them into `inc` updates. */
export type CounterMoves = Record<string, number>;

export const filedMoves = (kind: CareKind): CounterMoves => ({ filed: 1, [`byKind.${kindKeys[kind]}`]: 1, 'byState.filed': 1 });

export const movedMoves = (from: CaseState, to: CaseState): CounterMoves => (from === to ? {} : { [`byState.${from}`]: -1, [`byState.${to}`]: 1 });

/** A visit: +1 visit, its amount, and +1 family when it is the family's first visit of the year. */
export const visitMoves = (amountFen: number | null, firstOfYear: boolean): CounterMoves => ({
  visits: 1,
  ...(amountFen ? { amountFen } : {}),
  ...(firstOfYear ? { families: 1 } : {}),
});

/** The stored counters of one year and unit (absent fields = 0). */
export interface CareCounters {
  filed?: number;
  byKind?: Record<string, number>;
  byState?: Partial<Record<CaseState, number>>;
  visits?: number;
  families?: number;
  amountFen?: number;
}

export interface CareStats {
  filed: number;
  byKind: Record<CareKind, number>;
  byState: Record<CaseState, number>;
  /** Cases still open (filed, accepted or in progress). */
  open: number;
  /** 解决困难: cases resolved. */
  resolved: number;
  visits: number;
  /** 走访家庭: distinct families visited in the year. */
  families: number;
  /** Money given on visits, yuan. */
  amount: number;
}

/** The figures a dashboard shows, from one counters document (null: nothing happened yet). */
export function statsOf(doc: CareCounters | null): CareStats {
  const byKind = Object.fromEntries(Object.entries(kindKeys).map(([kind, key]) => [kind, doc?.byKind?.[key] ?? 0])) as Record<CareKind, number>;
  const s = doc?.byState ?? {};
  const byState = { filed: s.filed ?? 0, accepted: s.accepted ?? 0, in_progress: s.in_progress ?? 0, resolved: s.resolved ?? 0, cannot_resolve: s.cannot_resolve ?? 0 };
  return {
    filed: doc?.filed ?? 0,
    byKind,
    byState,
    open: byState.filed + byState.accepted + byState.in_progress,
    resolved: byState.resolved,
    visits: doc?.visits ?? 0,
    families: doc?.families ?? 0,
    amount: (doc?.amountFen ?? 0) / 100,
  };
}

export const toFen = (yuan: number): number => Math.round(yuan * 100);

/** What one case adds to its units' counters (sign -1 takes it out again): a transfer moves open cases with the member. */
export const caseCountMoves = (kind: CareKind, state: CaseState, sign: 1 | -1): CounterMoves => ({ filed: sign, [`byKind.${kindKeys[kind]}`]: sign, [`byState.${state}`]: sign });
