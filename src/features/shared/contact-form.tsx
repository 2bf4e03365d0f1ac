import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { channelLabels, contactChannels, wishesToReturn, wishLabels, type ContactChannel, type WishToReturn } from '@/domain/pairing/pairing.schema';
import { dayOf } from '@/domain/shared/day.rules';
import { call } from '@/services/cloud';
import { asOptions, Chips, DateField, Field, TextAreaField, TextField } from './form-fields';
import { SubmitButton } from './submit-button';
import { useSubmit } from './use-submit';

interface Props {
  memberId: string;
  memberName: string;
  onDone: () => void;
}

const channelOptions = asOptions(contactChannels, channelLabels);
const wishOptions = asOptions(wishesToReturn, wishLabels);

/** One contact with a member: when, how, what was said, and his situation (work, difficulties, wish to return). */
export function ContactForm({ memberId, memberName, onDone }: Props) {
  const [day, setDay] = useState(() => dayOf(Date.now()));
  const [channel, setChannel] = useState<ContactChannel>('phone');
  const [note, setNote] = useState('');
  const [work, setWork] = useState('');
  const [difficulties, setDifficulties] = useState('');
  const [wish, setWish] = useState<WishToReturn>('undecided');
  const { busy, errors, run } = useSubmit();

  const submit = () =>
    run(async () => {
      await call('contact.log', { memberId, day, channel, note, situation: { work, difficulties, wishToReturn: wish } });
      void Taro.showToast({ title: '已记录', icon: 'success' });
      setNote('');
      onDone();
    });

  return (
    <View className="card">
      <View className="card-title">记录联系 · {memberName}</View>
      <DateField label="联系日期" required value={day} onChange={setDay} error={errors.day} />
      <Field label="联系方式" required error={errors.channel}>
        <Chips options={channelOptions} value={channel} onChange={setChannel} />
      </Field>
      <TextAreaField label="联系情况" required value={note} onChange={setNote} maxlength={500} placeholder="谈了什么、有什么需要跟进" error={errors.note} />
      <TextField label="工作情况" value={work} onChange={setWork} placeholder="在哪里、做什么工作" maxlength={200} error={errors['situation.work']} />
      <TextField label="困难诉求" value={difficulties} onChange={setDifficulties} placeholder="生活、工作上的困难" maxlength={200} error={errors['situation.difficulties']} />
      <Field label="返乡意愿" required>
        <Chips options={wishOptions} value={wish} onChange={setWish} />
      </Field>
      <SubmitButton text="保存联系记录" busy={busy} onClick={submit} />
    </View>
  );
}
