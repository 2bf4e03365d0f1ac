import { useState } from 'react';
import { View } from '@tarojs/components';
import type { ActionInput } from '@/contracts';
import type { TreeGroup } from '@/domain/org/tree-view.rules';
import { call } from '@/services/cloud';
import { TextField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

type Changes = ActionInput<'org.updateGroup'>['changes'];

/** The county corrects a village group's township, village or name. Sends only what changed. */
export function GroupEditForm({ group, onSaved }: { group: TreeGroup; onSaved: () => void }) {
  const [draft, setDraft] = useState({ township: group.township, village: group.village, name: group.name });
  const { busy, errors, run } = useSubmit((e) => Object.fromEntries(Object.entries(e).map(([k, v]) => [k.replace(/^changes\./, ''), v])));
  const set = (k: keyof typeof draft) => (v: string) => setDraft({ ...draft, [k]: v });
  const save = () =>
    run(async () => {
      const changes: Changes = {};
      for (const k of ['township', 'village', 'name'] as const) if (draft[k] !== group[k]) changes[k] = draft[k];
      await call('org.updateGroup', { groupId: group._id, changes });
      onSaved();
    });
  return (
    <View>
      <TextField label="乡镇" required value={draft.township} onChange={set('township')} error={errors.township} />
      <TextField label="村" required value={draft.village} onChange={set('village')} error={errors.village} />
      <TextField label="党小组名称" required value={draft.name} onChange={set('name')} error={errors.name} />
      <SubmitButton text="保存修改" busy={busy} onClick={save} />
    </View>
  );
}
