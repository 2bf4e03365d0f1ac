import { Text } from '@tarojs/components';
import { contactBadge } from '@/domain/member/contact-badge.rules';
import type { ContactStatus } from '@/domain/member/member.schema';
import './status-badge.css';

interface Props {
  status: ContactStatus;
  /** The 失联 day (YYYY-MM-DD); ignored for 正常. */
  since?: string;
}

/**
 * The weapp renders the native <status-badge> component, which app.config.ts (or every page that
 * shows a badge) must list in usingComponents; H5 has no native components, so it renders the
 * same classes and wording.
 */
export function StatusBadge({ status, since }: Props) {
  if (process.env.TARO_ENV === 'weapp') return <status-badge status={status} since={since ?? ''} />;
  const { label, tone } = contactBadge(status, since);
  return <Text className={`status-badge status-badge--${tone}`}>{label}</Text>;
}
