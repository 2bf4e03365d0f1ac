import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { OrgTree } from '@/contracts';
import type { JobView } from '@/contracts/hometown';
import type { JobAudience } from '@/domain/hometown/job.schema';
import { call } from '@/services/cloud';
import { DateField, Field, TextAreaField, TextField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { JobAudiencePicker } from './job-audience-picker';

interface Props {
  tree: OrgTree;
  countyWide: boolean;
  /** A job push to edit (jobs.update) instead of a new one. */
  initial?: JobView;
  onPublished: () => void;
}

/** 发布招工信息: the job, how long it is shown, and who receives it; or an edit of one already pushed. */
export function JobForm({ tree, countyWide, initial, onPublished }: Props) {
  const [title, setTitle] = useState(initial?.title ?? '');
  const [employer, setEmployer] = useState(initial?.employer ?? '');
  const [city, setCity] = useState(initial?.city ?? '');
  const [pay, setPay] = useState(initial?.pay ?? '');
  const [contact, setContact] = useState(initial?.contact ?? '');
  const [detail, setDetail] = useState(initial?.detail ?? '');
  const [validUntil, setValidUntil] = useState<string | undefined>(initial?.validUntil);
  const [audience, setAudience] = useState<JobAudience>(
    initial?.audience ?? (countyWide ? { scope: 'county' } : { scope: 'branches', branchIds: tree.branches.map((b) => b._id) }),
  );
  const { busy, errors, run } = useSubmit(undefined, { title, employer, city, pay, contact, detail, validUntil, audience });

  const submit = () =>
    run(async () => {
      const input = { title, employer, city, pay, contact, validUntil: validUntil ?? '', audience, ...(detail.trim() ? { detail } : {}) };
      if (initial) await call('jobs.update', { ...input, jobId: initial._id });
      else await call('jobs.publish', input);
      void Taro.showToast({ title: initial ? '已保存' : '已发布', icon: 'success' });
      onPublished();
    });

  return (
    <View>
      <TextField label="岗位名称" required value={title} onChange={setTitle} maxlength={40} error={errors.title} />
      <TextField label="用工单位" required value={employer} onChange={setEmployer} maxlength={60} error={errors.employer} />
      <TextField label="工作城市" required value={city} onChange={setCity} error={errors.city} />
      <TextField label="薪资待遇" required value={pay} onChange={setPay} placeholder="如：6000-8000 元/月" maxlength={40} error={errors.pay} />
      <TextField label="联系方式" required value={contact} onChange={setContact} error={errors.contact} />
      <TextAreaField label="岗位说明" value={detail} onChange={setDetail} maxlength={1000} placeholder="工作内容、要求、食宿等（可不填）" error={errors.detail} />
      <DateField label="有效期至" required value={validUntil} onChange={setValidUntil} error={errors.validUntil} />
      <Field label="推送对象" required error={errors['audience.branchIds'] ?? errors['audience.cities'] ?? errors.audience}>
        <JobAudiencePicker tree={tree} countyWide={countyWide} value={audience} onChange={setAudience} />
      </Field>
      <SubmitButton text={initial ? '保存修改' : '发布'} busy={busy} onClick={submit} />
    </View>
  );
}
