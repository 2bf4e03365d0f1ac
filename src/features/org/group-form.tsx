import { useState } from 'react';
import { View } from '@tarojs/components';
import type { CreateGroupInput } from '@/domain/org/org.schema';
import { call } from '@/services/cloud';
import { fieldErrors, toastError } from '../shared/error-message';
import { TextField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';

/** County only: the online party group (网上党小组) of a home village. */
export function GroupForm({ onCreated }: { onCreated: () => void }) {
  const [township, setTownship] = useState('');
  const [village, setVillage] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    try {
      await call('org.createGroup', { township, village } satisfies CreateGroupInput);
      setVillage('');
      setErrors({});
      onCreated();
    } catch (err) {
      setErrors(fieldErrors(err));
      toastError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View>
      <TextField label="乡镇" required value={township} onChange={setTownship} placeholder="如：汤山镇" error={errors.township} />
      <TextField label="村（社区）" required value={village} onChange={setVillage} placeholder="如：龙井村" error={errors.village} />
      <SubmitButton text="创建网上党小组" busy={busy} onClick={submit} />
    </View>
  );
}
