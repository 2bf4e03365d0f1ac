import { Text } from '@tarojs/components';
import type { ContactStatus } from '@/domain/member/member.schema';

// Provisional: replaced by the wrapper of the native component (src/components/status-badge).
export function StatusBadge({ status, since }: { status: ContactStatus; since?: string }) {
  return <Text className={status === '失联' ? 'tag' : 'tag'}>{status === '失联' && since ? `失联 · 自 ${since}` : status}</Text>;
}
