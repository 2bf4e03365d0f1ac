import { View } from '@tarojs/components';
import { genders } from '@/domain/member/member.constants';
import type { SelfProfile } from '@/domain/member/member.schema';
import { memberFieldLabels as L } from '@/domain/member/member-labels';
import { asOptions, Chips, DateField, Field, TextField } from './form-fields';

export type ProfileDraft = Partial<SelfProfile>;

interface Props {
  value: ProfileDraft;
  onChange: (next: ProfileDraft) => void;
  errors: Record<string, string>;
}

/** 一人一档: the fields a member keeps himself, used by the join page, his profile and organisers. */
export function ProfileForm({ value, onChange, errors }: Props) {
  const set = <K extends keyof SelfProfile>(key: K) => (v: SelfProfile[K]) => onChange({ ...value, [key]: v });
  const text = (key: keyof SelfProfile, extra: { required?: boolean; placeholder?: string; type?: 'number'; maxlength?: number } = {}) => (
    <TextField label={L[key]} value={value[key] as string | undefined} onChange={set(key) as (v: string) => void} error={errors[key]} {...extra} />
  );
  return (
    <View>
      {text('name', { required: true, maxlength: 32 })}
      <Field label={L.gender} required error={errors.gender}>
        <Chips options={asOptions(genders)} value={value.gender} onChange={set('gender')} />
      </Field>
      {text('phone', { required: true, type: 'number', maxlength: 11 })}
      {text('city', { required: true, maxlength: 32, placeholder: '请输入现居城市' })}
      {text('employer')}
      {text('industry', { placeholder: '如：物流、电商、建筑' })}
      <DateField label={L.birthDate} value={value.birthDate} onChange={set('birthDate')} error={errors.birthDate} />
      <DateField label={L.partyJoinDate} value={value.partyJoinDate} onChange={set('partyJoinDate')} error={errors.partyJoinDate} />
      {text('originalOrg', { placeholder: '如：汤山镇龙井村党支部' })}
      <DateField label={L.outflowDate} value={value.outflowDate} onChange={set('outflowDate')} error={errors.outflowDate} />
      {text('activityCardNo', { maxlength: 32 })}
      <DateField label={L.activityCardExpiry} value={value.activityCardExpiry} onChange={set('activityCardExpiry')} error={errors.activityCardExpiry} />
    </View>
  );
}

/** Optional fields left blank are omitted, not sent as "": the schema would (rightly) refuse them. */
export function compactDraft(draft: ProfileDraft): ProfileDraft {
  return Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== '' && v !== undefined)) as ProfileDraft;
}
