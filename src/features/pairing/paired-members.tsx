import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { PairedMemberView } from '@/contracts/pairing';
import { ContactForm } from '../shared/contact-form';
import { GapBadge, lastContactText } from './gap-badge';

/** A cadre's 1+N members, longest gap first; tapping one opens the contact form under the list. */
export function PairedMembers({ members, onLogged }: { members: PairedMemberView[]; onLogged: () => void }) {
  const [open, setOpen] = useState<PairedMemberView>();
  return (
    <View>
      <View className="card">
        <View className="card-title">
          <Text>我的结对党员</Text>
          <Text className="card-sub">{members.length} 人</Text>
        </View>
        {members.map((m) => (
          <View key={m.memberId} className="row" onClick={() => setOpen(m)}>
            <View>
              <View>
                <Text>{m.name}</Text>
                <Text className="muted"> {m.phone ?? ''}</Text>
              </View>
              <View className="muted">{lastContactText(m.lastContactDay)}</View>
            </View>
            <GapBadge row={m} />
          </View>
        ))}
        {members.length ? null : <View className="empty">还没有结对党员</View>}
      </View>
      {open ? (
        <ContactForm
          key={open.memberId}
          memberId={open.memberId}
          memberName={open.name}
          onDone={() => {
            setOpen(undefined);
            onLogged();
          }}
        />
      ) : null}
    </View>
  );
}
