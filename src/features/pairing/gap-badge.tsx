import { Text } from '@tarojs/components';
import type { GapRow } from '@/domain/pairing/gap-report.rules';

/**
 * How overdue a member's contact is, in one short mark. A member never contacted is not "按期"
 * (on schedule): he awaits his first contact, due by the end of the first period.
 */
export function GapBadge({ row }: { row: Pick<GapRow, 'overdue' | 'lostCandidate' | 'gapDays' | 'periodMonths' | 'lastContactDay' | 'dueDay'> }) {
  if (row.lostCandidate) return <Text className="badge-todo">失联风险 · {row.gapDays} 天未联系</Text>;
  if (row.overdue) return <Text className="badge-todo">超期 · {row.gapDays} 天未联系</Text>;
  if (row.periodMonths === null) return <Text className="badge-closed">未结对</Text>;
  if (!row.lastContactDay) return <Text className="badge-todo">待首次联系{row.dueDay ? `（${row.dueDay} 前）` : ''}</Text>;
  return <Text className="badge-done">按期联系</Text>;
}

/** The last contact as a line of text. */
export const lastContactText = (day: string | null): string => (day ? `最近联系 ${day}` : '尚无联系记录');
