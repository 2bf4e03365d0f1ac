import type { OccurrenceView } from '@/contracts';
import { daysUntil } from '@/domain/shared/day.rules';

/** How the card words the time to the meeting. */
export function countdownText(o: OccurrenceView, now: number): string {
  if (now >= o.start && now < o.end) return '正在进行';
  if (now >= o.end) return '已结束';
  const days = daysUntil(o.day, now);
  return days === 0 ? '今天' : days === 1 ? '明天' : `还有 ${days} 天`;
}
