import { View } from '@tarojs/components';
import type { MailItem } from '@/domain/mailing/mailing.schema';
import { itemStatus, itemStatusLabels } from '@/domain/mailing/mailing.rules';

/** A recipient of a batch (or the member's own parcel): address, status, and the control the page passes. */
export function RecipientRow({ item, label, children }: { item: MailItem; label: string; children?: React.ReactNode }) {
  const status = itemStatus(item);
  return (
    <View className="row">
      <View className="row-label">
        <View>{label}</View>
        <View className="muted">{item.address ?? '档案中没有邮寄地址'}</View>
      </View>
      <View className={status === 'received' ? 'badge-done' : 'badge-todo'}>{itemStatusLabels[status]}</View>
      {children}
    </View>
  );
}
