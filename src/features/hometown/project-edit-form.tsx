import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { ProjectView } from '@/contracts/hometown';
import { projectKinds, type ProjectCreateInput } from '@/domain/hometown/project.schema';
import { call } from '@/services/cloud';
import { asOptions, Chips, Field, TextField, typedNumber } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

/**
 * Corrects a project's figures (project.update without a stage): only the fields that changed are
 * sent, so the history records no move and the totals shift by the difference alone.
 */
export function ProjectEditForm({ project, onSaved, onCancel }: { project: ProjectView; onSaved: () => void; onCancel: () => void }) {
  const [name, setName] = useState(project.name);
  const [kind, setKind] = useState<ProjectCreateInput['kind']>(project.kind);
  const [industry, setIndustry] = useState(project.industry);
  const [location, setLocation] = useState(project.location);
  const [amount, setAmount] = useState(String(project.amount));
  const [jobs, setJobs] = useState(String(project.jobs));
  const { busy, errors, run } = useSubmit(undefined, { name, kind, industry, location, amount, jobs });

  const save = () =>
    run(async () => {
      const next = { name, kind, industry, location, amount: typedNumber(amount), jobs: typedNumber(jobs) };
      const changed = Object.fromEntries(Object.entries(next).filter(([k, v]) => v !== project[k as keyof typeof next]));
      if (Object.keys(changed).length) await call('project.update', { projectId: project._id, ...changed });
      void Taro.showToast({ title: '已保存', icon: 'success' });
      onSaved();
    });

  return (
    <View>
      <TextField label="项目名称" required value={name} onChange={setName} maxlength={60} error={errors.name} />
      <Field label="类型" required error={errors.kind}>
        <Chips options={asOptions(projectKinds)} value={kind} onChange={setKind} />
      </Field>
      <TextField label="行业" required value={industry} onChange={setIndustry} error={errors.industry} />
      <TextField label="落地乡镇/村" required value={location} onChange={setLocation} error={errors.location} />
      <TextField label="金额（万元）" required value={amount} onChange={setAmount} error={errors.amount} />
      <TextField label="带动就业（个）" required type="number" value={jobs} onChange={setJobs} error={errors.jobs} />
      <SubmitButton text="保存修改" busy={busy} onClick={save} />
      <SubmitButton text="取消" plain onClick={onCancel} />
    </View>
  );
}
