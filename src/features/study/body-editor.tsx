import { Input, Textarea, View } from '@tarojs/components';
import type { BodyBlock } from '@/domain/study/study.schema';
import { Chips } from '../shared/form-fields';

const blankOf: Record<BodyBlock['type'], BodyBlock> = {
  heading: { type: 'heading', text: '' },
  paragraph: { type: 'paragraph', text: '' },
  link: { type: 'link', title: '', url: '', kind: 'video' },
  image: { type: 'image', src: '' },
};
const addable = [
  { value: 'paragraph', label: '+ 段落' },
  { value: 'heading', label: '+ 小标题' },
  { value: 'link', label: '+ 视频/讲座链接' },
  { value: 'image', label: '+ 图片地址' },
] as const;

interface Props {
  value: BodyBlock[];
  onChange: (next: BodyBlock[]) => void;
  errors: Record<string, string>;
}

/** The push body as a list of blocks; each block's inline error comes from the shared schema. */
export function BodyEditor({ value, onChange, errors }: Props) {
  const patch = (i: number, p: Partial<BodyBlock>) => onChange(value.map((b, j) => (j === i ? ({ ...b, ...p } as BodyBlock) : b)));
  const remove = (i: number) => onChange(value.filter((_, j) => j !== i));
  const err = (i: number) => Object.entries(errors).find(([k]) => k.startsWith(`body.${i}`))?.[1];
  return (
    <View>
      {value.map((b, i) => (
        <View key={i} className="field">
          <View className="field-label">
            {{ heading: '小标题', paragraph: '段落', link: '链接', image: '图片' }[b.type]}
            <View className="btn btn-plain btn-small" style={{ float: 'right' }} onClick={() => remove(i)}>删除</View>
          </View>
          {b.type === 'paragraph' ? (
            <Textarea className="textarea" value={b.text} maxlength={5000} placeholder="正文段落" onInput={(e) => patch(i, { text: e.detail.value })} />
          ) : b.type === 'heading' ? (
            <Input className="field-input" value={b.text} placeholder="小标题" onInput={(e) => patch(i, { text: e.detail.value })} />
          ) : b.type === 'link' ? (
            <View>
              <Input className="field-input" value={b.title} placeholder="链接标题，如：微党课第 3 讲" onInput={(e) => patch(i, { title: e.detail.value })} />
              <Input className="field-input" value={b.url} placeholder="https://…" onInput={(e) => patch(i, { url: e.detail.value })} />
            </View>
          ) : (
            <Input className="field-input" value={b.src} placeholder="图片地址 https://… 或 cloud://…" onInput={(e) => patch(i, { src: e.detail.value })} />
          )}
          {err(i) ? <View className="field-error">{err(i)}</View> : null}
        </View>
      ))}
      <Chips options={addable} value={null} onChange={(t) => onChange([...value, { ...blankOf[t] }])} />
      {errors.body ? <View className="field-error">{errors.body}</View> : null}
    </View>
  );
}
