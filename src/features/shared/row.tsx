import { Text, View } from '@tarojs/components';

/** One labelled value of a record; an empty value shows a dash so the row keeps its place. */
export function Row({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <View className="row">
      <Text className="row-label">{label}</Text>
      <Text className="row-value">{value || '—'}</Text>
    </View>
  );
}
