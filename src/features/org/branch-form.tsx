import { useState } from 'react';
import { View } from '@tarojs/components';
import { branchKinds, type CreateBranchInput } from '@/domain/org/org.schema';
import { call } from '@/services/cloud';
import { asOptions, Chips, Field, TextField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

type Draft = Partial<CreateBranchInput>;

/** County only: a new 流动党委 / 流动党支部 / 云支部 in the city where members work. */
export function BranchForm({ onCreated }: { onCreated: () => void }) {
  const [draft, setDraft] = useState<Draft>({ kind: '云支部' });
  const { busy, errors, run } = useSubmit();
  const set = <K extends keyof Draft>(k: K) => (v: Draft[K]) => setDraft({ ...draft, [k]: v });

  const submit = () =>
    run(async () => {
      const { secretaryPhone, ...rest } = draft;
      await call('org.createBranch', { ...rest, ...(secretaryPhone ? { secretaryPhone } : {}) } as CreateBranchInput);
      setDraft({ kind: draft.kind });
      onCreated();
    });

  return (
    <View>
      <Field label="类型" required error={errors.kind}>
        <Chips options={asOptions(branchKinds)} value={draft.kind} onChange={set('kind')} />
      </Field>
      <TextField label="支部名称" required value={draft.name} onChange={set('name')} placeholder="如：杭州流动党员云支部" error={errors.name} />
      <TextField label="所在城市" required value={draft.city} onChange={set('city')} error={errors.city} />
      <TextField label="书记姓名" required value={draft.secretaryName} onChange={set('secretaryName')} error={errors.secretaryName} />
      <TextField label="书记手机号" type="number" maxlength={11} value={draft.secretaryPhone} onChange={set('secretaryPhone')} error={errors.secretaryPhone} />
      <SubmitButton text="创建支部" busy={busy} onClick={submit} />
    </View>
  );
}
