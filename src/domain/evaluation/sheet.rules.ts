import { daysUntil } from '../shared/day.rules';
import { SCORE_STEP, type Criterion } from './tier.rules';

/** Why a reviewer may not score now (null: he may). Order: closed first, then the window. */
export function scoringRefusal(round: { status: 'open' | 'closed'; startDay: string; endDay: string }, now: number, tz?: string): 'closed' | 'outside' | null {
  if (round.status !== 'open') return 'closed';
  if (daysUntil(round.startDay, now, tz) > 0 || daysUntil(round.endDay, now, tz) < 0) return 'outside';
  return null;
}

/**
 * Checks one reviewer's sheet for one secretary against the round's criteria: one score per
 * criterion, each between 0 and the criterion's maximum in half points. Answers the problem in
 * Chinese (null: valid) — the maxima are the round's, so zod cannot know them.
 */
export function sheetProblem(criteria: Criterion[], scores: number[]): { kind: 'incomplete' | 'range'; message: string } | null {
  if (scores.length !== criteria.length) return { kind: 'incomplete', message: `须为全部 ${criteria.length} 个评议项目打分` };
  for (let i = 0; i < criteria.length; i++) {
    const s = scores[i];
    const c = criteria[i];
    if (!Number.isFinite(s) || s < 0 || s > c.maxScore) return { kind: 'range', message: `「${c.name}」的分数须在 0–${c.maxScore} 之间` };
    if (!Number.isInteger(s / SCORE_STEP)) return { kind: 'range', message: `「${c.name}」的分数须为整数或半分` };
  }
  return null;
}

/** A round cannot be opened with a window already over (Shanghai days). */
export const windowOver = (endDay: string, now: number, tz?: string): boolean => daysUntil(endDay, now, tz) < 0;
