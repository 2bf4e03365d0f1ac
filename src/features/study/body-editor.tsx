import type { Dispatch, SetStateAction } from 'react';
import { Image, Input, Textarea, View } from '@tarojs/components';
import { AppError } from '@/domain/shared/app-error';
import type { BodyBlock } from '@/domain/study/study.schema';
import { pickImages, uploadImage } from '@/services/storage';
import { Chips } from '../shared/form-fields';
import { useSubmit } from '../shared/use-submit';

const blankOf: Record<Exclude<BodyBlock['type'], 'image'>, BodyBlock> = {
  heading: { type: 'heading', text: '' },
  paragraph: { type: 'paragraph', text: '' },
  link: { type: 'link', title: '', url: '', kind: 'video' },
};
const IMAGE = 'image';
const addable = [
  { value: 'paragraph', label: '+ 段落' },
  { value: 'heading', label: '+ 小标题' },
  { value: 'link', label: '+ 视频/讲座链接' },
  { value: IMAGE, label: '+ 图片（从手机选择）' },
] as const;

interface Props {
  value: BodyBlock[];
  /** A state setter: images land after their upload, on the body as it is by then. */
  onChange: Dispatch<SetStateAction<BodyBlock[]>>;
  errors: Record<string, string>;
  /** Where the publisher's uploads go (uploads/<openid>/…): the function accepts no other folder. */
  openid: string;
  /** Displayable URLs of cloud images (an edited push's, and those uploaded here). */
  previews: Record<string, string>;
  onPreview: (fileId: string, url: string) => void;
}

/**
 * The push body as a list of blocks; each block's inline error comes from the shared schema.
 * Images come from the phone the way check-in photos do (services/storage.ts: shrunk to the image
 * check's limits, then uploaded to the publisher's own folder), one block per picture.
 */
export function BodyEditor({ value, onChange, errors, openid, previews, onPreview }: Props) {
  const upload = useSubmit();
  const patch = (i: number, p: Partial<BodyBlock>) => onChange(value.map((b, j) => (j === i ? ({ ...b, ...p } as BodyBlock) : b)));
  const remove = (i: number) => onChange(value.filter((_, j) => j !== i));
  const err = (i: number) => Object.entries(errors).find(([k]) => k.startsWith(`body.${i}`))?.[1];

  const addImages = () =>
    upload.run(async () => {
      let picked;
      try {
        picked = await pickImages(9);
      } catch (e) {
        if (e instanceof AppError) throw e; // a picture that would not shrink enough: say so
        return; // the picker closed, or the privacy guide declined
      }
      const blocks: BodyBlock[] = [];
      for (const p of picked) {
        const src = await uploadImage(p, openid);
        onPreview(src, p.previewUrl);
        blocks.push({ type: 'image', src });
      }
      onChange((now) => [...now, ...blocks]);
    });

  const add = (t: (typeof addable)[number]['value']) => (t === IMAGE ? void addImages() : onChange([...value, { ...blankOf[t] }]));

  return (
    <View>
      {value.map((b, i) => (
        <View key={i} className="field">
          <View className="field-label">
            {{ heading: '小标题', paragraph: '段落', link: '链接', image: '图片' }[b.type]}
            <View className="btn btn-plain btn-small" style={{ float: 'right' }} onClick={() => remove(i)}>删除</View>
          </View>
          {b.type === 'paragraph' ? (
            <Textarea className="textarea" value={b.text} maxlength={5000} autoHeight placeholder="正文段落" onInput={(e) => patch(i, { text: e.detail.value })} />
          ) : b.type === 'heading' ? (
            <Input className="field-input" value={b.text} placeholder="小标题" onInput={(e) => patch(i, { text: e.detail.value })} />
          ) : b.type === 'link' ? (
            <View>
              <Input className="field-input" value={b.title} placeholder="链接标题，如：微党课第 3 讲" onInput={(e) => patch(i, { title: e.detail.value })} />
              <Input className="field-input" value={b.url} placeholder="https://…" onInput={(e) => patch(i, { url: e.detail.value })} />
            </View>
          ) : (
            <View>
              <Image className="push-img-preview" src={previews[b.src] ?? b.src} mode="widthFix" style={{ width: '100%' }} />
              <Input className="field-input" value={b.caption ?? ''} placeholder="图片说明（可不填）" onInput={(e) => patch(i, { caption: e.detail.value || undefined })} />
            </View>
          )}
          {err(i) ? <View className="field-error">{err(i)}</View> : null}
        </View>
      ))}
      <Chips options={addable} value={null} onChange={add} />
      {upload.busy ? <View className="muted">图片上传中…</View> : null}
      {errors.body ? <View className="field-error">{errors.body}</View> : null}
    </View>
  );
}
