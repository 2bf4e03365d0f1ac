import { View } from '@tarojs/components';
import type { MemberView } from '@/contracts';
import { Field } from '@/features/shared/form-fields';
import { MemberPicker } from '@/features/shared/member-picker';

/** A reviewer as the form keeps him: the openid the round stores, the name the organiser reads. */
export interface Reviewer {
  openid: string;
  name: string;
}

interface Props {
  value: Reviewer[];
  onChange: (next: Reviewer[]) => void;
  error?: string;
}

/**
 * 评委 picked by name from the county's ledger (member.list), never typed as an openid. A record
 * imported and not yet claimed has no WeChat user behind it, so it cannot review: it is not offered.
 */
export function ReviewerPicker({ value, onChange, error }: Props) {
  const add = (m: MemberView) => {
    if (m.unclaimed || !m.openid || value.some((r) => r.openid === m.openid)) return;
    onChange([...value, { openid: m.openid, name: m.name }]);
  };
  return (
    <View>
      <Field label={`评委（${value.length} 位，点姓名移除）`} required error={error}>
        {value.length ? (
          value.map((r) => (
            <View key={r.openid} className="tag" onClick={() => onChange(value.filter((x) => x.openid !== r.openid))}>
              {r.name} ✕
            </View>
          ))
        ) : (
          <View className="muted">尚未选择评委</View>
        )}
      </Field>
      <MemberPicker label="添加评委" value={null} onChange={add} />
    </View>
  );
}
