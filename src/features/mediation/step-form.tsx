import { useState } from 'react';
import { View } from '@tarojs/components';
import type { ActionOutput } from '@/contracts';
import { mediationOutcomes, outcomeLabels, type MediationOutcome } from '@/domain/mediation/mediation.constants';
import { asOptions, Chips, Field, TextAreaField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { stepMediation } from './mediation.api';

/** 记录调解经过: a step; with an outcome picked, the step closes the case. */
export function StepForm({ caseId, onStepped }: { caseId: string; onStepped: (c: ActionOutput<'mediation.step'>) => void }) {
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<MediationOutcome>();
  const { busy, errors, run } = useSubmit(undefined, { note });
  const submit = () =>
    run(async () => {
      onStepped(await stepMediation({ caseId, note, ...(outcome ? { outcome } : {}) }));
      setNote('');
      setOutcome(undefined);
    });
  return (
    <View>
      <TextAreaField label="调解经过" required value={note} onChange={setNote} maxlength={500} placeholder="如：已联系用工单位，约定周五面谈" error={errors.note} />
      <Field label="结案（选填：选择结果即结案）" error={errors.outcome}>
        <Chips options={asOptions(mediationOutcomes, outcomeLabels)} value={outcome} onChange={setOutcome} />
      </Field>
      <SubmitButton text={outcome ? '记录并结案' : '记录经过'} busy={busy} onClick={submit} />
    </View>
  );
}
