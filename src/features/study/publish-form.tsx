import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Picker, View } from '@tarojs/components';
import type { ActionOutput, OrgTree } from '@/contracts';
import { atShanghai, minuteOf } from '@/domain/shared/day.rules';
import { studyKinds, type Audience, type BodyBlock, type StudyPublishInput } from '@/domain/study/study.schema';
import { call } from '@/services/cloud';
import { asOptions, Chips, DateField, Field, TextField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { AudiencePicker } from './audience-picker';
import { BodyEditor } from './body-editor';

/** A push as study.get answers it: what the form edits. */
export type EditedPush = ActionOutput<'study.get'>['push'];

/** What was just published or saved: enough to link to it. */
export interface Published {
  _id: string;
  title: string;
  publishAt: number;
  edited: boolean;
}

interface Props {
  tree: OrgTree;
  countyWide: boolean;
  /** The publisher's openid: his images upload to his own folder. */
  openid: string;
  /** A scheduled push to edit (study.update) instead of a new one (study.publish). */
  initial?: EditedPush;
  onPublished: (push: Published) => void;
}

/** Day and time (Shanghai) of a scheduled push, for the schedule fields. */
const scheduleOf = (push?: EditedPush) => (push ? minuteOf(push.publishAt).split(' ') : [undefined, '08:00']);

/** A 学习推送, new or scheduled: title, 期, kind, body blocks, audience, optional schedule and the check-in due day. */
export function PublishForm({ tree, countyWide, openid, initial, onPublished }: Props) {
  const [title, setTitle] = useState(initial?.title ?? '');
  const [issueNo, setIssueNo] = useState(initial ? String(initial.issueNo) : '');
  const [kind, setKind] = useState<StudyPublishInput['kind']>(initial?.kind ?? '理论学习');
  const [body, setBody] = useState<BodyBlock[]>(initial?.body ?? [{ type: 'paragraph', text: '' }]);
  const [previews, setPreviews] = useState<Record<string, string>>(initial?.imageUrls ?? {});
  const [audience, setAudience] = useState<Audience>(
    initial?.audience ?? (countyWide ? { scope: 'county' } : { scope: 'branches', branchIds: tree.branches.map((b) => b._id) }),
  );
  const [dueDay, setDueDay] = useState<string | undefined>(initial?.dueDay);
  const [scheduleDay, setScheduleDay] = useState<string | undefined>(scheduleOf(initial)[0]);
  const [scheduleTime, setScheduleTime] = useState(scheduleOf(initial)[1] ?? '08:00');
  const { busy, errors, run } = useSubmit(undefined, { title, issueNo, kind, body, audience, dueDay, publishAt: scheduleDay });

  const submit = () =>
    run(async () => {
      // Scheduled times are Shanghai wall-clock times, whatever the publisher's phone says.
      const publishAt = scheduleDay ? atShanghai(scheduleDay, scheduleTime) : undefined;
      const input = { title, issueNo: Number(issueNo) || 0, kind, body, audience, dueDay: dueDay ?? '', ...(publishAt ? { publishAt } : {}) } as StudyPublishInput;
      const saved = initial ? await call('study.update', { ...input, pushId: initial._id }) : await call('study.publish', input);
      void Taro.showToast({ title: initial ? '已保存' : saved.publishAt > Date.now() ? '已定时' : '已发布', icon: 'success' });
      onPublished({ _id: saved._id, title: saved.title, publishAt: saved.publishAt, edited: Boolean(initial) });
    });

  return (
    <View>
      <TextField label="标题" required value={title} onChange={setTitle} maxlength={60} error={errors.title} />
      <TextField label="期数" required type="number" value={issueNo} onChange={setIssueNo} placeholder="如：12" error={errors.issueNo} />
      <Field label="类别" required error={errors.kind}>
        <Chips options={asOptions(studyKinds)} value={kind} onChange={setKind} />
      </Field>
      <Field label="正文" required>
        <BodyEditor value={body} onChange={setBody} errors={errors} openid={openid} previews={previews} onPreview={(id, url) => setPreviews((p) => ({ ...p, [id]: url }))} />
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
      <SubmitButton text={initial ? '保存修改' : '发布'} busy={busy} onClick={submit} />
    </View>
  );
}
