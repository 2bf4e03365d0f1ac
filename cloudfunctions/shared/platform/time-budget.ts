/**
 * How long a long job (a fan-out tick, a cleanup run, an export step) may keep working. The limit
 * is the function's real one: SCF hands it to every invocation as `context.time_limit_in_ms` (the
 * timeout set in the console or by the CLI, docs/deploy.md "Timeouts"), and the local cloud passes
 * the same field from config.json. Without it we assume the platform default of 3 s (DESIGN.md §6).
 * A context logged on the real cloud (ap-shanghai) holds `"time_limit_in_ms": 3000`, while SCF's
 * local runtime emulator passes the timeout in seconds (`'3'`) under the same name: no function may
 * run for less than 1 s, so a value under 1000 is read as seconds rather than as a budget of nothing.
 * The margin leaves room for the last write (the cursor, the settle) after the job stops taking
 * work: 15 % of the limit, never under 1.5 s.
 */
export const DEFAULT_TIME_LIMIT_MS = 3_000;
const MARGIN_RATIO = 0.15;
const MIN_MARGIN_MS = 1_500;

export interface FunctionContext {
  /** Milliseconds on the cloud; seconds (as a string) in SCF's local emulator. */
  time_limit_in_ms?: number | string;
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
  if (!Number.isFinite(limit) || limit <= 0) return DEFAULT_TIME_LIMIT_MS;
  return limit < 1_000 ? limit * 1_000 : limit;
}

export function timeBudget(context: FunctionContext | undefined, started: number): TimeBudget {
  const limitMs = timeLimitOf(context);
  const margin = Math.max(MIN_MARGIN_MS, limitMs * MARGIN_RATIO);
  const deadline = started + Math.max(0, limitMs - margin);
  return { limitMs, deadline, left: (now = Date.now()) => Math.max(0, deadline - now) };
}
