import { Image, View } from '@tarojs/components';
import type { LessonView } from '@/contracts/lesson';
import { lessonStateLabels } from '@/domain/lesson/lesson.rules';
import { dayOf } from '@/domain/shared/day.rules';

interface Props {
  item: LessonView;
  /** Reviewers read the whole lesson; the author sees its state and the reviewer's reason. */
  full?: boolean;
  children?: React.ReactNode;
}

/** One lesson: its state, the reviewer's reason when returned, and (for reviewers) the text and images. */
export function LessonRow({ item, full, children }: Props) {
  return (
    <View className="card">
      <View className="card-title">
        {item.title}
        <View className={item.state === 'published' ? 'badge-done' : 'badge-todo'}>{lessonStateLabels[item.state]}</View>
      </View>
      <View className="muted">
        {item.authorName} · {dayOf(item.submittedAt)} 提交
      </View>
      {item.state === 'returned' && item.review?.reason ? <View className="error-box">退回理由：{item.review.reason}</View> : null}
      {full ? (
        <View>
          <View className="mt-16" style={{ whiteSpace: 'pre-wrap' }}>{item.text}</View>
          <View className="photos">
            {item.imageUrls.map((u) => (
              <Image key={u} className="photo" src={u} mode="aspectFill" />
            ))}
          </View>
          {item.videoUrl ? <View className="muted">视频：{item.videoUrl}</View> : null}
        </View>
      ) : null}
      {children}
    </View>
  );
}
