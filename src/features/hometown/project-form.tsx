import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { OrgTree } from '@/contracts';
import { needsBringer, projectKinds, type ProjectCreateInput } from '@/domain/hometown/project.schema';
import { call } from '@/services/cloud';
import { asOptions, Chips, Field, TextField, typedNumber } from '../shared/form-fields';
import { MemberPicker, type PickedMember } from '../shared/member-picker';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { groupOptions } from '@/domain/org/group-label.rules';

const COUNTY = '';
const NONE = '';

/**
 * A new 回乡创业/投资 project, 招商线索 or 家乡产品 (the last two name the member who brought them). `branches` are those the caller runs; a county-wide caller may also
 * keep it at county level.
 */
export function ProjectForm({ tree, countyWide, onCreated }: { tree: OrgTree; countyWide: boolean; onCreated: () => void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ProjectCreateInput['kind']>('创业');
  const [industry, setIndustry] = useState('');
  const [location, setLocation] = useState('');
  const [amount, setAmount] = useState('');
  const [jobs, setJobs] = useState('');
  const [note, setNote] = useState('');
  const [branchId, setBranchId] = useState(countyWide ? COUNTY : tree.branches[0]?._id ?? COUNTY);
  const [groupId, setGroupId] = useState(NONE);
  const [member, setMember] = useState<PickedMember | null>(null);
  const { busy, errors, run } = useSubmit();

  const submit = () =>
    run(async () => {
      await call('project.create', {
        name, kind, industry, location, amount: typedNumber(amount), jobs: typedNumber(jobs),
        ...(note.trim() ? { note } : {}),
        ...(branchId ? { branchId } : {}),
        ...(groupId ? { groupId } : {}),
        ...(member ? { memberId: member._id } : {}),
      });
      void Taro.showToast({ title: '已登记', icon: 'success' });
      onCreated();
    });

  const branchOptions = [...(countyWide ? [{ value: COUNTY, label: '县委组织部' }] : []), ...tree.branches.map((b) => ({ value: b._id, label: b.name }))];
  return (
    <View>
      <TextField label="项目名称" required value={name} onChange={setName} maxlength={60} error={errors.name} />
      <Field label="类型" required error={errors.kind}>
        <Chips options={asOptions(projectKinds)} value={kind} onChange={setKind} />
      </Field>
      <TextField label="行业" required value={industry} onChange={setIndustry} placeholder="如：茶叶种植" error={errors.industry} />
      <TextField label="落地乡镇/村" required value={location} onChange={setLocation} placeholder="如：汤山镇龙井村" error={errors.location} />
      <Field label="所在村（网上党小组，可不选）" error={errors.groupId}>
        <Chips options={[{ value: NONE, label: '不指定' }, ...groupOptions(tree.groups)]} value={groupId} onChange={setGroupId} />
      </Field>
      <TextField label="金额（万元）" required value={amount} onChange={setAmount} placeholder="如：120.5" error={errors.amount} />
      <TextField label="带动就业（个）" required type="number" value={jobs} onChange={setJobs} placeholder="如：30" error={errors.jobs} />
      <Field label="跟进单位" required error={errors.branchId}>
        <Chips options={branchOptions} value={branchId} onChange={setBranchId} />
      </Field>
      <MemberPicker label={needsBringer(kind) ? '带来线索的党员' : '引荐党员（可不选）'} value={member} onChange={setMember} onClear={() => setMember(null)} error={errors.memberId} />
      <TextField label="备注" value={note} onChange={setNote} maxlength={500} placeholder="来源、联系人等（可不填）" error={errors.note} />
      <SubmitButton text="登记项目" busy={busy} onClick={submit} />
    </View>
  );
}
