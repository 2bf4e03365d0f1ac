import { useState } from 'react';
import { View } from '@tarojs/components';
import type { LessonView } from '@/contracts/lesson';
import { dayOf } from '@/domain/shared/day.rules';
import { DateField, TextField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { reviewLesson } from './lesson.api';

/** Approve (publish to the author's branch as a 微党课 push: its 期号 and check-in due day) or return with a reason. */
export function ReviewForm({ lesson, onDone }: { lesson: LessonView; onDone: (l: LessonView) => void }) {
  const [issueNo, setIssueNo] = useState('');
  const [dueDay, setDueDay] = useState(() => dayOf(Date.now() + 14 * 86_400_000));
  const [reason, setReason] = useState('');
  const { busy, errors, run } = useSubmit(undefined, { issueNo, dueDay, reason });
  const approve = () => run(async () => onDone(await reviewLesson({ lessonId: lesson._id, decision: 'approve', issueNo: Number(issueNo) || 0, dueDay })));
  const sendBack = () => run(async () => onDone(await reviewLesson({ lessonId: lesson._id, decision: 'return', reason })));
  return (
    <View className="mt-16">
      <TextField label="期号" type="number" value={issueNo} onChange={setIssueNo} error={errors.issueNo} />
      <DateField label="打卡截止日期" value={dueDay} onChange={setDueDay} error={errors.dueDay} />
      <SubmitButton text="通过并发布" busy={busy} onClick={approve} />
      <TextField label="退回理由" value={reason} onChange={setReason} maxlength={200} placeholder="退回时请说明需要修改的地方" error={errors.reason} />
      <SubmitButton text="退回修改" plain busy={busy} onClick={sendBack} />
    </View>
  );
}
