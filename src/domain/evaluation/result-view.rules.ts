import type { EvalResult } from './evaluation.schema';

/**
 * The fewest sheets whose per-criterion means a secretary may see of his own result: the means of
 * a single sheet are that reviewer's own scores, and the round names its reviewers, so he could
 * tell who gave what. His score, tier and amount are shown whatever the count (he must know them).
 */
export const MIN_SHEETS_FOR_BREAKDOWN = 2;

/** A result as the evaluated secretary reads it (eval.mine); the county reads results whole. */
export function ownResultView(result: EvalResult): EvalResult {
  return result.sheets >= MIN_SHEETS_FOR_BREAKDOWN ? result : { ...result, means: result.means.map(() => null) };
}
