import dayjs from 'dayjs';
import { atShanghai, SHANGHAI } from '../shared/day.rules';
import type { Occurrence } from './occurrence.rules';

/** Two reminders per meeting: some days before, and the morning of the day. */
export type ReminderStage = 'before' | 'dayOf';

export interface ReminderConfig {
  /** How many days before the meeting the first reminder goes (0 disables it). */
  daysBefore: number;
  /** Shanghai wall-clock time both reminders go at. */
  morning: string;
}

export const DEFAULT_REMINDERS: ReminderConfig = { daysBefore: 3, morning: '08:00' };

/**
 * When each stage becomes due (ms). The day-of reminder must land before the meeting, and a big
 * branch takes many ticks to reach: it starts `leadMs` (fanoutLeadMs) before the start when that is
 * earlier than the morning time.
 */
export function stageTimes(o: Pick<Occurrence, 'day' | 'start'>, cfg: ReminderConfig = DEFAULT_REMINDERS, tz: string = SHANGHAI, leadMs = 0): Record<ReminderStage, number | null> {
  const beforeDay = dayjs(`${o.day}T00:00:00Z`).subtract(cfg.daysBefore, 'day').format('YYYY-MM-DD');
  return {
    before: cfg.daysBefore > 0 ? atShanghai(beforeDay, cfg.morning, tz) : null,
    dayOf: Math.min(atShanghai(o.day, cfg.morning, tz), o.start - leadMs),
  };
}

/** How one fan-out tick works: sends per second, ms of sending per tick, ms between ticks (the timer). */
export interface FanoutPace {
  sendsPerSecond: number;
  tickSendMs: number;
  tickEveryMs: number;
}

/**
 * How long before the start the day-of run of `recipients` members must begin to end before it:
 * the ticks it needs at the pace, plus one tick of slack (a tick lost to a crash or a busy lease).
 */
export function fanoutLeadMs(recipients: number, pace: FanoutPace): number {
  const perTick = Math.max(1, Math.floor((pace.sendsPerSecond * pace.tickSendMs) / 1000));
  return (Math.ceil(recipients / perTick) + 1) * pace.tickEveryMs;
}

/**
 * The stage due at `now`, or null. Only the latest due stage is sent: a fan-out that starts late
 * (after the day-of time) does not send a stale "in 3 days" too. Nothing is due once the meeting ended.
 */
export function dueStage(o: Pick<Occurrence, 'day' | 'start' | 'end'>, now: number, cfg: ReminderConfig = DEFAULT_REMINDERS, tz: string = SHANGHAI, leadMs = 0): ReminderStage | null {
  if (now >= o.end) return null;
  const t = stageTimes(o, cfg, tz, leadMs);
  if (now >= t.dayOf!) return 'dayOf';
  if (t.before !== null && now >= t.before) return 'before';
  return null;
}

/** One delivery record per member, meeting and stage (the fan-out's outcome for him). */
export const deliveryKey = (occurrenceId: string, stage: ReminderStage, memberId: string) => `${occurrenceId}_${stage}_${memberId}`;
