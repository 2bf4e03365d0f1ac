import { useState } from 'react';
import { View } from '@tarojs/components';
import { TextAreaField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

interface Props {
  /** Sends the decision; a refusal carries its reason. */
  decide: (approve: boolean, note?: string) => Promise<void>;
  approveText?: string;
}

/** 同意 / 不同意 for a waiting request; a refusal asks for its reason first (the applicant sees it). */
export function DecisionButtons({ decide, approveText = '同意' }: Props) {
  const [refusing, setRefusing] = useState(false);
  const [note, setNote] = useState('');
  const { busy, errors, run } = useSubmit();
  if (refusing) {
    return (
      <View>
        <TextAreaField label="不同意的原因" required value={note} onChange={setNote} placeholder="申请人会看到这条原因" maxlength={200} error={errors.note} />
        <SubmitButton text="确认不同意" busy={busy} onClick={() => run(() => decide(false, note.trim() || undefined))} />
        <SubmitButton text="取消" plain onClick={() => setRefusing(false)} />
      </View>
    );
  }
  return (
    <View className="actions">
      <SubmitButton text={approveText} busy={busy} onClick={() => run(() => decide(true))} />
      <SubmitButton text="不同意" plain onClick={() => setRefusing(true)} />
    </View>
  );
}
