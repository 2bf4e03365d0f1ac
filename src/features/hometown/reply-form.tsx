import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { SuggestionView } from '@/contracts/hometown';
import { suggestionStatusLabels } from '@/domain/hometown/suggestion.rules';
import { REPLY_TEXT_MAX, replyStatuses, type ReplyStatus } from '@/domain/hometown/suggestion.schema';
import { call } from '@/services/cloud';
import { asOptions, Chips, Field, TextAreaField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

/** An organiser's answer to a suggestion, with the status it leaves it in. */
export function ReplyForm({ suggestion, onReplied }: { suggestion: SuggestionView; onReplied: () => void }) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<ReplyStatus>('replied');
  const { busy, errors, run } = useSubmit();
  const submit = () =>
    run(async () => {
      await call('suggest.reply', { suggestionId: suggestion._id, text, status });
      setText('');
      void Taro.showToast({ title: '已答复', icon: 'success' });
      onReplied();
    });
  return (
    <View>
      <TextAreaField label="答复" required value={text} onChange={setText} maxlength={REPLY_TEXT_MAX} placeholder="答复内容，党员可以看到" error={errors.text} />
      <Field label="处理结果" required error={errors.status}>
        <Chips options={asOptions(replyStatuses, suggestionStatusLabels)} value={status} onChange={setStatus} />
      </Field>
      <SubmitButton text="提交答复" busy={busy} onClick={submit} />
    </View>
  );
}
