import { useState } from 'react';
import { View } from '@tarojs/components';
import type { ActionInput } from '@/contracts';
import { allowedParentKinds } from '@/domain/org/hierarchy.rules';
import { branchKinds, isArchived } from '@/domain/org/org.schema';
import type { TreeBranch } from '@/domain/org/tree-view.rules';
import { call } from '@/services/cloud';
import { asOptions, Chips, Field, TextField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

type Changes = ActionInput<'org.updateBranch'>['changes'];
const NO_PARENT = '-';

/** The county edits a unit: name, kind, city, secretary, and the 流动党委 / 流动党总支 it sits under. Sends only what changed. */
export function BranchEditForm({ branch, branches, onSaved }: { branch: TreeBranch; branches: readonly TreeBranch[]; onSaved: () => void }) {
  const [draft, setDraft] = useState({
    kind: branch.kind,
    name: branch.name,
    city: branch.city,
    parentId: branch.parentId ?? NO_PARENT,
    secretaryName: branch.secretaryName,
    secretaryPhone: branch.secretaryPhone ?? '',
  });
  // Field errors of the nested `changes` come back as `changes.<field>`; the function's own as `<field>`.
  const { busy, errors, run } = useSubmit((e) => Object.fromEntries(Object.entries(e).map(([k, v]) => [k.replace(/^changes\./, ''), v])));
  const set = <K extends keyof typeof draft>(k: K) => (v: (typeof draft)[K]) => setDraft({ ...draft, [k]: v });
  const parents = branches.filter((b) => b._id !== branch._id && !isArchived(b) && allowedParentKinds[draft.kind].includes(b.kind));

  const save = () =>
    run(async () => {
      const changes: Changes = {};
      if (draft.kind !== branch.kind) changes.kind = draft.kind;
      if (draft.name !== branch.name) changes.name = draft.name;
      if (draft.city !== branch.city) changes.city = draft.city;
      if (draft.secretaryName !== branch.secretaryName) changes.secretaryName = draft.secretaryName;
      if (draft.secretaryPhone !== (branch.secretaryPhone ?? '')) changes.secretaryPhone = draft.secretaryPhone || null;
      const parentId = draft.parentId === NO_PARENT ? null : draft.parentId;
      if (parentId !== branch.parentId) changes.parentId = parentId;
      await call('org.updateBranch', { branchId: branch._id, changes });
      onSaved();
    });

  return (
    <View>
      <Field label="类型" required error={errors.kind}>
        <Chips options={asOptions(branchKinds)} value={draft.kind} onChange={set('kind')} />
      </Field>
      <Field label="上级党组织" error={errors.parentId}>
        <Chips options={[{ value: NO_PARENT, label: '无（直属县委组织部）' }, ...parents.map((p) => ({ value: p._id, label: p.name }))]} value={draft.parentId} onChange={set('parentId')} />
      </Field>
      <TextField label="支部名称" required value={draft.name} onChange={set('name')} error={errors.name} />
      <TextField label="所在城市" required value={draft.city} onChange={set('city')} error={errors.city} />
      <TextField label="书记姓名" required value={draft.secretaryName} onChange={set('secretaryName')} error={errors.secretaryName} />
      <TextField label="书记手机号" type="number" maxlength={11} value={draft.secretaryPhone} onChange={set('secretaryPhone')} error={errors.secretaryPhone} />
      <SubmitButton text="保存修改" busy={busy} onClick={save} />
    </View>
  );
}
