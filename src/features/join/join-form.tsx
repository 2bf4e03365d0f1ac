import { useState } from 'react';
import { View } from '@tarojs/components';
import type { ActionInput, ActionOutput, JoinPreview } from '@/contracts';
import { call } from '@/services/cloud';
import { compactDraft, ProfileForm, type ProfileDraft } from '../shared/profile-form';
import { Field } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { VillagePicker } from './village-picker';

interface Props {
  scene: string;
  preview: JoinPreview;
  onJoined: (result: ActionOutput<'member.join'>) => void;
}

/** The member's 一人一档 and his home village, sent once with the signed scene. */
export function JoinForm({ scene, preview, onJoined }: Props) {
  const [draft, setDraft] = useState<ProfileDraft>({});
  const [groupId, setGroupId] = useState<string>();
  const { busy, errors, run } = useSubmit((fields) => (!groupId && fields.groupId ? { ...fields, groupId: '请选择所在村' } : fields), { ...draft, groupId });

  const submit = () =>
    run(async () => {
      // A draft may still miss required fields: call() checks it with the schema before sending.
      const payload = { ...compactDraft(draft), groupId: groupId ?? '', scene } as ActionInput<'member.join'>;
      onJoined(await call('member.join', payload));
    });

  return (
    <View>
      <View className="card">
        <View className="card-title">我的家乡（网上党小组）</View>
        <Field label="所在村" required error={errors.groupId}>
          <VillagePicker groups={preview.groups} value={groupId} onChange={setGroupId} />
        </Field>
      </View>
      <View className="card">
        <View className="card-title">个人信息（一人一档）</View>
        <ProfileForm value={draft} onChange={setDraft} errors={errors} />
      </View>
      <SubmitButton text="确认加入" busy={busy} onClick={submit} />
    </View>
  );
}
