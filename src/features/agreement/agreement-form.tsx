import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { agreedFieldLabels, agreedFields, agreementKinds, type AgreedField, type AgreementKind } from '@/domain/agreement/agreement.schema';
import { call } from '@/services/cloud';
import { asOptions, Chips, Field, MultiChips, TextField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

export const fieldOptions = asOptions(agreedFields, agreedFieldLabels);

/** The county records a new agreement with an inflow organisation; members are added on its page. */
export function AgreementForm({ onDone }: { onDone: (id: string) => void }) {
  const [name, setName] = useState('');
  const [region, setRegion] = useState('');
  const [kind, setKind] = useState<AgreementKind>('党建联盟');
  const [fields, setFields] = useState<string[]>(['city', 'employer', 'contacts']);
  const { busy, errors, run } = useSubmit();

  const submit = () =>
    run(async () => {
      const a = await call('agreement.create', { name, region, kind, fields: fields as AgreedField[] });
      void Taro.showToast({ title: '已创建', icon: 'success' });
      onDone(a._id);
    });

  return (
    <View className="card">
      <View className="card-title">新建共管协议</View>
      <TextField label="流入地党组织" required value={name} onChange={setName} placeholder="如：西湖区流动党员党建联盟" error={errors.name} />
      <TextField label="所在地区" required value={region} onChange={setRegion} placeholder="如：浙江省杭州市西湖区" error={errors.region} />
      <Field label="协作形式" required>
        <Chips options={asOptions(agreementKinds)} value={kind} onChange={setKind} />
      </Field>
      <Field label="约定共管事项" required error={errors.fields}>
        <MultiChips options={fieldOptions} value={fields} onChange={setFields} />
      </Field>
      <SubmitButton text="创建协议" busy={busy} onClick={submit} />
    </View>
  );
}
