/** One month's sign-in counters of a branch, kept on its plan document (themedayPlans/<branchId>). */
export interface MonthCounters {
  signedIn: number;
  online: number;
  onsite: number;
}

/**
 * The key of a month's counters on the plan document: `m<YYYYMM>` — a field name cannot hold the
 * month's `-`, and the prefix keeps it from starting with a digit.
 */
export const counterKey = (month: string): string => `m${month.replace('-', '')}`;
