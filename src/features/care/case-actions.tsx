import { useState } from 'react';
import { View } from '@tarojs/components';
import type { AssigneeOption, CaseView } from '@/contracts/care';
import type { CaseState } from '@/domain/care/care.schema';
import { actionLabels } from '@/domain/care/care-labels';
import { AppError, ClientErrorCodes } from '@/domain/shared/app-error';
import { call } from '@/services/cloud';
import { Chips, Field, TextAreaField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { rewordField, useSubmit } from '../shared/use-submit';

interface Props {
  item: CaseView;
  assignees: AssigneeOption[];
  /** Called with the case as it is after the step. */
  onChanged: (c: CaseView) => void;
  /** Someone else changed the case meanwhile: the page reloads it. */
  onStale: () => void;
}

/**
 * The organiser's controls: give the case to someone, move it on with a note. Both send the
 * version on screen, so acting on a case someone else just changed is refused (CARE.STALE).
 */
export function CaseActions({ item, assignees, onChanged, onStale }: Props) {
  const [assignee, setAssignee] = useState<string>();
  const [to, setTo] = useState<CaseState>();
  const [note, setNote] = useState('');
  const assignSubmit = useSubmit(rewordField('assigneeOpenid', '请选择负责人'));
  const moveSubmit = useSubmit(rewordField('to', '请选择下一步'));
  const reloadIfStale = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (err) {
      if (err instanceof AppError && err.code === ClientErrorCodes.CARE_STALE) onStale();
      throw err;
    }
  };

  const doAssign = () =>
    assignSubmit.run(() => reloadIfStale(async () => {
      onChanged(await call('care.assign', { caseId: item._id, assigneeOpenid: assignee ?? '', version: item.version, ...(note.trim() ? { note } : {}) }));
      setNote('');
    }));
  const doMove = () =>
    moveSubmit.run(() => reloadIfStale(async () => {
      onChanged(await call('care.transition', { caseId: item._id, to: to as CaseState, note, version: item.version }));
      setNote('');
      setTo(undefined);
    }));
  const moveOptions = item.can.moveTo.map((s) => ({ value: s, label: s === item.state ? '记录进展' : actionLabels[s] }));

  return (
    <View className="card">
      <View className="card-title">处理</View>
      <TextAreaField label="处理说明" value={note} onChange={setNote} maxlength={500} placeholder="每一步都请写明做了什么" error={moveSubmit.errors.note ?? assignSubmit.errors.note} />
      {item.can.moveTo.length ? (
        <Field label="下一步" error={moveSubmit.errors.to}>
          <Chips options={moveOptions} value={to} onChange={setTo} />
          <SubmitButton text="确认处理" busy={moveSubmit.busy} onClick={doMove} />
        </Field>
      ) : null}
      {item.can.assign ? (
        <Field label={item.assignee ? `改派（现负责人：${item.assignee.name ?? ''}）` : '指派负责人'} error={assignSubmit.errors.assigneeOpenid}>
          <Chips options={assignees.map((a) => ({ value: a.openid, label: `${a.name ?? '未填写姓名'}（${a.role}）` }))} value={assignee} onChange={setAssignee} />
          <SubmitButton text="指派" plain busy={assignSubmit.busy} onClick={doAssign} />
        </Field>
      ) : null}
    </View>
  );
}
