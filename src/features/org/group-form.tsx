import { useState } from 'react';
import { View } from '@tarojs/components';
import type { CreateGroupInput } from '@/domain/org/org.schema';
import { call } from '@/services/cloud';
import { TextField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

/** County only: the online party group (网上党小组) of a home village. */
export function GroupForm({ onCreated }: { onCreated: () => void }) {
  const [township, setTownship] = useState('');
  const [village, setVillage] = useState('');
  const { busy, errors, run } = useSubmit();

  const submit = () =>
    run(async () => {
      await call('org.createGroup', { township, village } satisfies CreateGroupInput);
      setVillage('');
      onCreated();
    });

  return (
    <View>
      <TextField label="乡镇" required value={township} onChange={setTownship} placeholder="如：汤山镇" error={errors.township} />
      <TextField label="村（社区）" required value={village} onChange={setVillage} placeholder="如：龙井村" error={errors.village} />
      <SubmitButton text="创建网上党小组" busy={busy} onClick={submit} />
    </View>
  );
}
