import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { Group } from '@/domain/org/org.schema';
import { SUGGESTION_TEXT_MAX, suggestionCategories } from '@/domain/hometown/suggestion.constants';
import type { SuggestSubmitInput } from '@/domain/hometown/suggestion.schema';
import { call } from '@/services/cloud';
import { asOptions, Chips, Field, TextAreaField, TextField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { rewordField, useSubmit } from '../shared/use-submit';
import { groupOptions } from '@/domain/org/group-label.rules';

const OWN = '';

/** 我为家乡谋发展: a suggestion for his own village (default) or another one of the county. */
export function SuggestForm({ groups, onSubmitted }: { groups: Pick<Group, '_id' | 'township' | 'village'>[]; onSubmitted: () => void }) {
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [category, setCategory] = useState<SuggestSubmitInput['category']>();
  const [groupId, setGroupId] = useState(OWN);
  const { busy, errors, run } = useSubmit(rewordField('category', '请选择类别'));

  const submit = () =>
    run(async () => {
      await call('suggest.submit', { title, text, category: category as SuggestSubmitInput['category'], ...(groupId ? { groupId } : {}) });
      setTitle('');
      setText('');
      setCategory(undefined);
      void Taro.showToast({ title: '已提交', icon: 'success' });
      onSubmitted();
    });

  return (
    <View>
      <TextField label="标题" required value={title} onChange={setTitle} maxlength={40} error={errors.title} />
      <Field label="类别" required error={errors.category}>
        <Chips options={asOptions(suggestionCategories)} value={category} onChange={setCategory} />
      </Field>
      <TextAreaField label="建议内容" required value={text} onChange={setText} maxlength={SUGGESTION_TEXT_MAX} placeholder="说说您对家乡发展的想法（至少 10 个字）" error={errors.text} />
      <Field label="针对哪个村" error={errors.groupId}>
        <Chips options={[{ value: OWN, label: '我的家乡村' }, ...groupOptions(groups)]} value={groupId} onChange={setGroupId} />
      </Field>
      <SubmitButton text="提交建议" busy={busy} onClick={submit} />
    </View>
  );
}
