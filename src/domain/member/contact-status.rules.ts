import { dayOf } from '../shared/day.rules';
import type { ContactStatus } from './member.schema';

interface StatusFields {
  status?: ContactStatus;
  lostContactAt?: string | null;
}

/**
 * Keeps status and lostContactAt consistent: marking a member 失联 without a date records today
 * (a Shanghai day, `now` from the caller); marking him 正常 clears the date. An unchanged 失联 keeps
 * its original date unless a new one is given.
 */
export function normalizeContactStatus<C extends StatusFields & Record<string, unknown>>(
  before: StatusFields,
  changes: C,
  now: number,
  tz?: string,
): C & { lostContactAt?: string | null } {
  if (changes.status === '正常') return { ...changes, lostContactAt: null };
  if (changes.status === '失联' && changes.lostContactAt == null) {
    const keep = before.status === '失联' && before.lostContactAt;
    return { ...changes, lostContactAt: keep ? before.lostContactAt : dayOf(now, tz) };
  }
  return changes;
}
