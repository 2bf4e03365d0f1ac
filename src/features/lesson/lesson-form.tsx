import { useState } from 'react';
import { View } from '@tarojs/components';
import type { LessonView } from '@/contracts/lesson';
import { LESSON_TEXT_MAX, LESSON_TEXT_MIN } from '@/domain/lesson/lesson.constants';
import { TextAreaField, TextField } from '../shared/form-fields';
import { PhotoField, type Photo } from '../shared/photo-field';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { submitLesson } from './lesson.api';

interface Props {
  openid: string;
  /** A returned lesson being reworked: the form starts from it and resubmits it. */
  returned?: LessonView;
  onSent: (lesson: LessonView) => void;
}

/** 微党课: title, text, photos (the check-in photo path) and an optional video link, for the secretary to review. */
export function LessonForm({ openid, returned, onSent }: Props) {
  const [title, setTitle] = useState(returned?.title ?? '');
  const [text, setText] = useState(returned?.text ?? '');
  const [videoUrl, setVideoUrl] = useState(returned?.videoUrl ?? '');
  const [photos, setPhotos] = useState<Photo[]>(() => (returned ? returned.images.map((fileId, i) => ({ fileId, url: returned.imageUrls[i] ?? fileId })) : []));
  const { busy, errors, run } = useSubmit(undefined, { title, text, videoUrl });
  const submit = () =>
    run(async () => {
      const sent = await submitLesson({
        title,
        text,
        ...(photos.length ? { images: photos.map((p) => p.fileId) } : {}),
        ...(videoUrl.trim() ? { videoUrl: videoUrl.trim() } : {}),
        ...(returned ? { lessonId: returned._id } : {}),
      });
      onSent(sent);
    });
  return (
    <View>
      <TextField label="标题" required value={title} onChange={setTitle} maxlength={60} error={errors.title} />
      <TextAreaField label="正文" required value={text} onChange={setText} maxlength={LESSON_TEXT_MAX} placeholder={`讲稿正文（至少 ${LESSON_TEXT_MIN} 个字，空一行分段）`} error={errors.text} />
      <PhotoField openid={openid} photos={photos} onChange={setPhotos} run={run} error={errors.images} />
      <TextField label="视频链接（选填）" value={videoUrl} onChange={setVideoUrl} maxlength={512} placeholder="如：视频号或网盘的 https 链接" error={errors.videoUrl} />
      <SubmitButton text={returned ? '修改后重新提交' : '提交审核'} busy={busy} onClick={submit} />
    </View>
  );
}
