import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { MemberView } from '@/contracts';
import { diffChanges } from '@/domain/member/history.rules';
import { selfEditableFields } from '@/domain/member/member.constants';
import type { MemberChanges } from '@/domain/member/member.schema';
import { call } from '@/services/cloud';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { compactDraft, ProfileForm, type ProfileDraft } from '../shared/profile-form';

interface Props {
  member: MemberView;
  /** Set when an organiser edits someone else's record. */
  memberId?: string;
  onSaved: () => void;
  onCancel: () => void;
}

const draftOf = (m: MemberView): ProfileDraft => Object.fromEntries(selfEditableFields.map((f) => [f, m[f] ?? undefined]));

/** Edits the 一人一档 fields; only what changed is sent, so the history shows exactly that. */
export function ProfileEditor({ member, memberId, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(member));
  // member.update nests the fields under `changes`: the form shows them by field name.
  const { busy, errors, run } = useSubmit((fields) => Object.fromEntries(Object.entries(fields).map(([path, message]) => [path.replace(/^changes\./, ''), message])));

  const save = () =>
    run(async () => {
      const changes = Object.fromEntries(diffChanges(member, compactDraft(draft)).map((d) => [d.field, d.to])) as MemberChanges;
      if (!Object.keys(changes).length) return onCancel();
      await call('member.update', memberId ? { memberId, changes } : { changes });
      void Taro.showToast({ title: '已保存', icon: 'success' });
      onSaved();
    });

  return (
    <View>
      <ProfileForm value={draft} onChange={setDraft} errors={errors} />
      <SubmitButton text="保存" busy={busy} onClick={save} />
      <SubmitButton text="取消" plain onClick={onCancel} />
    </View>
  );
}
