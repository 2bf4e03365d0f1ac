import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Picker, View } from '@tarojs/components';
import type { OrgTree } from '@/contracts';
import { atShanghai } from '@/domain/shared/day.rules';
import { studyKinds, type Audience, type BodyBlock, type StudyPublishInput } from '@/domain/study/study.schema';
import { call } from '@/services/cloud';
import { asOptions, Chips, DateField, Field, TextField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { AudiencePicker } from './audience-picker';
import { BodyEditor } from './body-editor';

interface Props {
  tree: OrgTree;
  countyWide: boolean;
  onPublished: () => void;
}

/** A new 学习推送: title, 期, kind, body blocks, audience, optional schedule and the check-in due day. */
export function PublishForm({ tree, countyWide, onPublished }: Props) {
  const [title, setTitle] = useState('');
  const [issueNo, setIssueNo] = useState('');
  const [kind, setKind] = useState<StudyPublishInput['kind']>('理论学习');
  const [body, setBody] = useState<BodyBlock[]>([{ type: 'paragraph', text: '' }]);
  const [audience, setAudience] = useState<Audience>(countyWide ? { scope: 'county' } : { scope: 'branches', branchIds: tree.branches.map((b) => b._id) });
  const [dueDay, setDueDay] = useState<string>();
  const [scheduleDay, setScheduleDay] = useState<string>();
  const [scheduleTime, setScheduleTime] = useState('08:00');
  const { busy, errors, run } = useSubmit();

  const submit = () =>
    run(async () => {
      // Scheduled times are Shanghai wall-clock times, whatever the publisher's phone says.
      const publishAt = scheduleDay ? atShanghai(scheduleDay, scheduleTime) : undefined;
      const input = { title, issueNo: Number(issueNo) || 0, kind, body, audience, dueDay: dueDay ?? '', ...(publishAt ? { publishAt } : {}) };
      await call('study.publish', input as StudyPublishInput);
      void Taro.showToast({ title: publishAt ? '已定时' : '已发布', icon: 'success' });
      onPublished();
    });

  return (
    <View>
      <TextField label="标题" required value={title} onChange={setTitle} maxlength={60} error={errors.title} />
      <TextField label="期数" required type="number" value={issueNo} onChange={setIssueNo} placeholder="如：12" error={errors.issueNo} />
      <Field label="类别" required error={errors.kind}>
        <Chips options={asOptions(studyKinds)} value={kind} onChange={setKind} />
      </Field>
      <Field label="正文" required>
        <BodyEditor value={body} onChange={setBody} errors={errors} />
      </Field>
      <Field label="推送范围" required error={errors['audience.branchIds'] ?? errors['audience.groupIds'] ?? errors.audience}>
        <AudiencePicker tree={tree} countyWide={countyWide} value={audience} onChange={setAudience} />
      </Field>
      <DateField label="打卡截止日期" required value={dueDay} onChange={setDueDay} error={errors.dueDay} />
      <DateField label="定时发布日期（不填则立即发布）" value={scheduleDay} onChange={setScheduleDay} error={errors.publishAt} />
      {scheduleDay ? (
        <Field label="定时发布时间">
          <Picker mode="time" value={scheduleTime} onChange={(e) => setScheduleTime(String(e.detail.value))}>
            <View className="field-input">{scheduleTime}</View>
          </Picker>
        </Field>
      ) : null}
      <SubmitButton text="发布" busy={busy} onClick={submit} />
    </View>
  );
}
