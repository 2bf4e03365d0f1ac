import { useState } from 'react';
import { View } from '@tarojs/components';
import type { ActionOutput } from '@/contracts';
import { mediationKinds, type MediationKind } from '@/domain/mediation/mediation.constants';
import { asOptions, Chips, Field, TextAreaField, TextField } from '../shared/form-fields';
import { MemberPicker, type PickedMember } from '../shared/member-picker';
import { SubmitButton } from '../shared/submit-button';
import { useRemote } from '../shared/use-remote';
import { useSubmit } from '../shared/use-submit';
import { mediationHandlers, openMediation } from './mediation.api';

type Party = 'member' | 'villager';
const partyLabels: Record<Party, string> = { member: '党员本人', villager: '党员带来的老乡' };

/**
 * 登记调解: for a member, or a 老乡 he brings (name, phone, and the consent asked in person); the
 * kind, what happened, and a handler picked from the organisers who cover the member.
 */
export function OpenForm({ onOpened }: { onOpened: (c: ActionOutput<'mediation.open'>) => void }) {
  const [party, setParty] = useState<Party>('member');
  const [member, setMember] = useState<PickedMember | null>(null);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [consent, setConsent] = useState(false);
  const [kind, setKind] = useState<MediationKind>();
  const [description, setDescription] = useState('');
  const [handler, setHandler] = useState<string>();
  const handlers = useRemote(async () => (member ? (await mediationHandlers({ memberId: member._id })).items : []), [member?._id]);
  const { busy, errors, run } = useSubmit(undefined, { name, phone, description });
  const submit = () =>
    run(async () => {
      const memberId = member?._id ?? '';
      const who = party === 'member' ? { kind: 'member' as const, memberId } : { kind: 'villager' as const, name, phone, consent: consent as true, broughtBy: memberId };
      onOpened(await openMediation({ party: who, kind: kind as MediationKind, description, handlerOpenid: handler ?? '' }));
    });
  return (
    <View>
      <Field label="当事人" required>
        <Chips options={asOptions(['member', 'villager'] as const, partyLabels)} value={party} onChange={setParty} />
      </Field>
      <MemberPicker label={party === 'member' ? '党员' : '带来老乡的党员'} required value={member} onChange={setMember} error={errors['party.memberId'] ?? errors['party.broughtBy']} />
      {party === 'villager' ? (
        <View>
          <TextField label="老乡姓名" required value={name} onChange={setName} maxlength={32} error={errors['party.name']} />
          <TextField label="老乡手机号" required type="number" value={phone} onChange={setPhone} maxlength={11} error={errors['party.phone']} />
          <Field label="当事人同意" required error={errors['party.consent']}>
            <View className="tag" onClick={() => setConsent(!consent)}>
              {consent ? '☑ ' : '☐ '}已当面征得老乡同意，记录其姓名和电话用于调解
            </View>
          </Field>
        </View>
      ) : null}
      <Field label="纠纷类型" required error={errors.kind}>
        <Chips options={asOptions(mediationKinds)} value={kind} onChange={setKind} />
      </Field>
      <TextAreaField label="纠纷情况" required value={description} onChange={setDescription} maxlength={1000} placeholder="请说明事情经过和诉求" error={errors.description} />
      <Field label="承办人" required error={errors.handlerOpenid}>
        {handlers.data?.length ? (
          <Chips options={handlers.data.map((h) => ({ value: h.openid, label: `${h.name ?? ''}（${h.role}）` }))} value={handler} onChange={setHandler} />
        ) : (
          <View className="muted">{member ? '加载中…' : '请先选择党员'}</View>
        )}
      </Field>
      <SubmitButton text="登记调解" busy={busy} onClick={submit} />
    </View>
  );
}
