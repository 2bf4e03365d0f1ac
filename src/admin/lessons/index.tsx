import { useState } from 'react';
import { View } from '@tarojs/components';
import { LessonRow } from '@/features/lesson/lesson-row';
import { listLessons } from '@/features/lesson/lesson.api';
import { ReviewForm } from '@/features/lesson/review-form';
import { PagedList } from '@/features/shared/paged-list';
import { usePaged } from '@/features/shared/use-paged';

/** 微党课审核 (secretary, county): the lessons waiting for review; approve to publish, or return with a reason. */
export default function LessonReviewPage() {
  const [reviewed, setReviewed] = useState(0);
  const list = usePaged((page) => listLessons({ state: 'submitted', ...page }), String(reviewed));
  return (
    <View className="page">
      <PagedList list={list} empty="没有待审核的微党课">
        {(item) => (
          <LessonRow key={item._id} item={item} full>
            {item.can.review ? <ReviewForm lesson={item} onDone={() => setReviewed((n) => n + 1)} /> : null}
          </LessonRow>
        )}
      </PagedList>
    </View>
  );
}
