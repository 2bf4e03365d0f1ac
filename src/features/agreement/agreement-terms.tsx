import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { AgreementSummary } from '@/contracts/agreement';
import type { AgreedField } from '@/domain/agreement/agreement.schema';
import { call } from '@/services/cloud';
import { Field, MultiChips } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { fieldOptions } from './agreement-form';

/** The county changes what is shared, or ends / resumes the agreement. */
export function AgreementTerms({ agreement, onDone }: { agreement: AgreementSummary; onDone: () => void }) {
  const [fields, setFields] = useState<string[]>(agreement.fields);
  const { busy, errors, run } = useSubmit();
  const save = (patch: { fields?: AgreedField[]; active?: boolean }, done: string) =>
    run(async () => {
      await call('agreement.update', { agreementId: agreement._id, ...patch });
      void Taro.showToast({ title: done, icon: 'success' });
      onDone();
    });
  return (
    <View className="card">
      <View className="card-title">约定事项</View>
      <Field label="共管方可查看和维护" required error={errors.fields}>
        <MultiChips options={fieldOptions} value={fields} onChange={setFields} />
      </Field>
      <SubmitButton text="保存约定事项" busy={busy} onClick={() => save({ fields: fields as AgreedField[] }, '已保存')} />
      <SubmitButton text={agreement.active ? '终止协议' : '恢复协议'} plain busy={busy} onClick={() => save({ active: !agreement.active }, agreement.active ? '已终止' : '已恢复')} />
    </View>
  );
}
