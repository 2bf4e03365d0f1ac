import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { ActionInput, ActionOutput, JoinPreview } from '@/contracts';
import { call } from '@/services/cloud';
import { compactDraft, ProfileForm, type ProfileDraft } from '../shared/profile-form';
import { Field } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { AppError, ClientErrorCodes } from '@/domain/shared/app-error';
import type { ClaimCandidate } from '@/contracts/import';
import { ClaimCard } from './claim-card';
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
  const [candidate, setCandidate] = useState<ClaimCandidate | null>(null);
  const { busy, errors, run } = useSubmit((fields) => (!groupId && fields.groupId ? { ...fields, groupId: '请选择所在村' } : fields), { ...draft, groupId });

  const submit = () =>
    run(async () => {
      // A draft may still miss required fields: call() checks it with the schema before sending.
      const payload = { ...compactDraft(draft), groupId: groupId ?? '', scene } as ActionInput<'member.join'>;
      try {
        onJoined(await call('member.join', payload));
      } catch (err) {
        // The county imported a record with his phone: offer it to claim instead of a second record.
        if (!(err instanceof AppError) || err.code !== ClientErrorCodes.JOIN_CLAIM_REQUIRED) throw err;
        const match = await call('join.match', { scene, name: payload.name, phone: payload.phone });
        if (!match.candidate) throw err;
        setCandidate(match.candidate);
      }
    });

  const notMe = () => {
    setCandidate(null);
    void Taro.showToast({ title: '该手机号已有导入的档案，请联系支部书记核对', icon: 'none', duration: 3000 });
  };

  if (candidate) {
    return <ClaimCard scene={scene} candidate={candidate} phone={draft.phone ?? ''} onClaimed={onJoined} onNotMe={() => notMe()} />;
  }

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
