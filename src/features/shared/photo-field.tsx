import { Image, View } from '@tarojs/components';
import { AppError } from '@/domain/shared/app-error';
import { PHOTOS_MAX } from '@/domain/study/study.constants';
import { pickImages, uploadImage } from '@/services/storage';
import { Field } from './form-fields';

export interface Photo {
  fileId: string;
  url: string;
}

interface Props {
  label?: string;
  openid: string;
  photos: Photo[];
  onChange: (photos: Photo[]) => void;
  /** Runs the upload as the form's submit does (busy, toast, inline errors). */
  run: (work: () => Promise<void>) => Promise<void>;
  error?: string;
}

/**
 * Photos a member attaches (check-ins, 微党课): picked, shrunk to the image check's limits and
 * uploaded under his own folder (services/storage.ts); a tap on one removes it.
 */
export function PhotoField({ label = `图片（选填，最多 ${PHOTOS_MAX} 张，点击图片移除）`, openid, photos, onChange, run, error }: Props) {
  const add = () =>
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
      onChange([...photos, ...uploaded]);
    });
  return (
    <Field label={label} error={error}>
      <View className="photos">
        {photos.map((p) => (
          <Image key={p.fileId} className="photo" src={p.url} mode="aspectFill" onClick={() => onChange(photos.filter((x) => x !== p))} />
        ))}
        {photos.length < PHOTOS_MAX ? <View className="photo-add" onClick={add}>+</View> : null}
      </View>
    </Field>
  );
}
