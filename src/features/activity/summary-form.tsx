import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Image, View } from '@tarojs/components';
import type { ActivityView } from '@/contracts/activity';
import { ACTIVITY_PHOTOS_MAX, SUMMARY_MAX } from '@/domain/activity/activity.constants';
import { AppError } from '@/domain/shared/app-error';
import { pickImages, uploadImage } from '@/services/storage';
import { call } from '@/services/cloud';
import { TextAreaField, Field } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

/**
 * 活动总结 and photos (shrunk on the phone to the check-in photo limits, uploaded to the
 * organiser's own folder: services/storage.ts). Starts from what is saved.
 */
export function SummaryForm({ a, openid, onSaved }: { a: ActivityView; openid: string; onSaved: () => Promise<void> }) {
  const [summary, setSummary] = useState(a.summary ?? '');
  const [photos, setPhotos] = useState(() => a.photos.map((fileId, i) => ({ fileId, url: a.photoUrls[i] || fileId })));
  const { busy, errors, run } = useSubmit(undefined, { summary });

  const addPhotos = () =>
    run(async () => {
      let picked;
      try {
        picked = await pickImages(ACTIVITY_PHOTOS_MAX - photos.length);
      } catch (err) {
        if (err instanceof AppError) throw err;
        return; // the picker was closed
      }
      const uploaded: { fileId: string; url: string }[] = [];
      for (const p of picked) uploaded.push({ fileId: await uploadImage(p, openid), url: p.previewUrl });
      setPhotos((prev) => [...prev, ...uploaded]);
    });

  const save = () =>
    run(async () => {
      await call('activity.summarize', { activityId: a._id, summary, ...(photos.length ? { photos: photos.map((p) => p.fileId) } : {}) });
      void Taro.showToast({ title: '总结已保存', icon: 'success' });
      await onSaved();
    });

  return (
    <View>
      <TextAreaField label="活动总结" required maxlength={SUMMARY_MAX} placeholder="活动开展情况、参加人员、取得的成效" value={summary} onChange={setSummary} error={errors.summary} />
      <Field label={`照片（选填，最多 ${ACTIVITY_PHOTOS_MAX} 张，点击照片移除）`} error={errors.photos}>
        <View className="photos">
          {photos.map((p) => (
            <Image key={p.fileId} className="photo" src={p.url} mode="aspectFill" onClick={() => setPhotos(photos.filter((x) => x !== p))} />
          ))}
          {photos.length < ACTIVITY_PHOTOS_MAX ? <View className="photo-add" onClick={() => void addPhotos()}>+</View> : null}
        </View>
      </Field>
      <SubmitButton text="保存总结" busy={busy} onClick={() => void save()} />
    </View>
  );
}
