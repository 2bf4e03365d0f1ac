import { useState } from 'react';
import { Input, Textarea, View } from '@tarojs/components';
import type { CheckinView } from '@/contracts';
import { REFLECTION_MAX } from '@/domain/study/study.constants';
import { Field } from '../shared/form-fields';
import { PhotoField, type Photo } from '../shared/photo-field';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { newClientKey, submitCheckin } from './checkin-queue';

interface Props {
  pushId: string;
  openid: string;
  /** My earlier check-in: the form edits it. */
  mine: CheckinView | null;
  onSent: () => void;
  onQueued: () => void;
}

/** 心得 (reflection), optional photos and minutes; queued when offline. */
export function CheckinForm({ pushId, openid, mine, onSent, onQueued }: Props) {
  const [text, setText] = useState(mine?.text ?? '');
  const [minutes, setMinutes] = useState(mine?.minutes ? String(mine.minutes) : '');
  const [photos, setPhotos] = useState<Photo[]>(() => (mine ? mine.photos.map((fileId, i) => ({ fileId, url: mine.photoUrls[i] ?? fileId })) : []));
  const { busy, errors, run } = useSubmit();
  // One key per attempt: resending this attempt (a retry, the offline queue) is recognised as such.
  const [clientKey, setClientKey] = useState(() => newClientKey());

  const submit = () =>
    run(async () => {
      const n = Number(minutes);
      const payload = {
        pushId,
        text,
        clientKey,
        ...(photos.length ? { photos: photos.map((p) => p.fileId) } : {}),
        ...(minutes ? { minutes: Number.isFinite(n) ? n : -1 } : {}),
      };
      const result = await submitCheckin(payload);
      setClientKey(newClientKey());
      if ('queued' in result) onQueued();
      else onSent();
    });

  return (
    <View>
      <Field label="学习心得" required error={errors.text}>
        <Textarea className="textarea" value={text} maxlength={REFLECTION_MAX} placeholder="写下你的学习体会（至少 10 个字）" onInput={(e) => setText(e.detail.value)} />
        <View className="muted" style={{ textAlign: 'right' }}>{text.trim().length}/{REFLECTION_MAX}</View>
      </Field>
      <PhotoField openid={openid} photos={photos} onChange={setPhotos} run={run} error={errors.photos} />
      <Field label="学习时长（分钟，选填）" error={errors.minutes}>
        <Input className="field-input" type="number" value={minutes} placeholder="如：30" onInput={(e) => setMinutes(e.detail.value)} />
      </Field>
      <SubmitButton text={mine ? '更新打卡' : '提交打卡'} busy={busy} onClick={submit} />
    </View>
  );
}
