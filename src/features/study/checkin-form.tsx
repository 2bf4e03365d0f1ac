import { useState } from 'react';
import { Image, Input, Textarea, View } from '@tarojs/components';
import type { CheckinView } from '@/contracts';
import { AppError } from '@/domain/shared/errors';
import { PHOTOS_MAX, REFLECTION_MAX } from '@/domain/study/study.constants';
import { pickImages, uploadImage } from '@/services/storage';
import { Field } from '../shared/form-fields';
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

interface Photo {
  fileId: string;
  url: string;
}

/** 心得 (reflection), optional photos and minutes; queued when offline. */
export function CheckinForm({ pushId, openid, mine, onSent, onQueued }: Props) {
  const [text, setText] = useState(mine?.text ?? '');
  const [minutes, setMinutes] = useState(mine?.minutes ? String(mine.minutes) : '');
  const [photos, setPhotos] = useState<Photo[]>(() => (mine ? mine.photos.map((fileId, i) => ({ fileId, url: mine.photoUrls[i] ?? fileId })) : []));
  const { busy, errors, run } = useSubmit();
  // One key per attempt: resending this attempt (a retry, the offline queue) is recognised as such.
  const [clientKey, setClientKey] = useState(() => newClientKey());

  const addPhotos = () =>
    run(async () => {
      let picked;
      try {
        picked = await pickImages(PHOTOS_MAX - photos.length);
      } catch (err) {
        if (err instanceof AppError) throw err; // a photo that would not shrink enough: say so
        return; // the member closed the picker, or declined the privacy guide
      }
      const uploaded: Photo[] = [];
      for (const p of picked) uploaded.push({ fileId: await uploadImage(p, openid), url: p.previewUrl });
      setPhotos((prev) => [...prev, ...uploaded]);
    });

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
      <Field label={`图片（选填，最多 ${PHOTOS_MAX} 张，点击图片移除）`} error={errors.photos}>
        <View className="photos">
          {photos.map((p) => (
            <Image key={p.fileId} className="photo" src={p.url} mode="aspectFill" onClick={() => setPhotos(photos.filter((x) => x !== p))} />
          ))}
          {photos.length < PHOTOS_MAX ? <View className="photo-add" onClick={addPhotos}>+</View> : null}
        </View>
      </Field>
      <Field label="学习时长（分钟，选填）" error={errors.minutes}>
        <Input className="field-input" type="number" value={minutes} placeholder="如：30" onInput={(e) => setMinutes(e.detail.value)} />
      </Field>
      <SubmitButton text={mine ? '更新打卡' : '提交打卡'} busy={busy} onClick={submit} />
    </View>
  );
}
