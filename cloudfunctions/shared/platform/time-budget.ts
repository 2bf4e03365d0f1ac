/**
 * How long a long job (a fan-out tick, a cleanup run, an export step) may keep working. The limit
 * is the function's real one: SCF hands it to every invocation as `context.time_limit_in_ms` (the
 * timeout set in the console or by the CLI, docs/deploy.md "Timeouts"), and the local cloud passes
 * the same field from config.json. Without it we assume the platform default of 3 s (DESIGN.md §6).
 * The margin leaves room for the last write (the cursor, the settle) after the job stops taking
 * work: 15 % of the limit, never under 1.5 s.
 */
export const DEFAULT_TIME_LIMIT_MS = 3_000;
const MARGIN_RATIO = 0.15;
const MIN_MARGIN_MS = 1_500;

export interface FunctionContext {
  time_limit_in_ms?: number;
}

export interface TimeBudget {
  /** The function's limit in ms. */
  limitMs: number;
  /** Work must be finished by this time (ms since epoch). */
  deadline: number;
  /** Ms left before the deadline (never below 0). */
  left(now?: number): number;
}

export function timeLimitOf(context: FunctionContext | undefined): number {
  const limit = Number(context?.time_limit_in_ms);
  return Number.isFinite(limit) && limit > 0 ? limit : DEFAULT_TIME_LIMIT_MS;
}

export function timeBudget(context: FunctionContext | undefined, started: number): TimeBudget {
  const limitMs = timeLimitOf(context);
  const margin = Math.max(MIN_MARGIN_MS, limitMs * MARGIN_RATIO);
  const deadline = started + Math.max(0, limitMs - margin);
  return { limitMs, deadline, left: (now = Date.now()) => Math.max(0, deadline - now) };
}
