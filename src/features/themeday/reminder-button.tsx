import { View } from '@tarojs/components';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { askReminderConsent, reminderIsLongTerm, reminderTemplateId } from './reminder-consent';

const subscribeText = (left: number) =>
  reminderIsLongTerm() ? '开启主题党日每月提醒' : left ? `已订阅提醒（可提醒 ${left} 次）· 再订阅一次` : '订阅主题党日提醒';

interface Props {
  /** themeday.current's consents and long-term templates. */
  consents: Record<string, number>;
  longTerm: string[];
  onDone: () => Promise<unknown> | void;
}

/**
 * The reminder subscription as a tap of its own: WeChat shows the consent dialog only when the
 * tap handler asks before awaiting anything, so it is never chained after another request.
 */
export function ReminderButton({ consents, longTerm, onDone }: Props) {
  const { busy, run } = useSubmit();
  if (longTerm.includes(reminderTemplateId())) return <View className="muted">已开启每月提醒（可在微信设置中关闭）</View>;
  const subscribe = () =>
    run(async () => {
      await askReminderConsent();
      await onDone();
    });
  return <SubmitButton plain busy={busy} text={subscribeText(consents[reminderTemplateId()] ?? 0)} onClick={subscribe} />;
}
