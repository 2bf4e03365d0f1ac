import { Text, View } from '@tarojs/components';
import type { StationView } from '@/contracts/hometown';

/** A talent station: city, name, head (phone as the caller may see it), public contact, notes. */
export function StationItem({ station, onEdit }: { station: StationView; onEdit?: () => void }) {
  return (
    <View className="history-item">
      <View className="item-head">
        <View>
          <Text className="tag">{station.city}</Text>
          <Text>{station.name}</Text>
        </View>
        {onEdit ? (
          <Text className="btn btn-plain btn-small" onClick={onEdit}>
            编辑
          </Text>
        ) : null}
      </View>
      <View className="muted">
        站长：{station.head.name}
        {station.head.phone ? ` ${station.head.phone}` : ''}
      </View>
      <View>联系方式：{station.contact}</View>
      {station.notes ? <View className="muted">{station.notes}</View> : null}
    </View>
  );
}
