import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Switch, View } from '@tarojs/components';
import { cardEventLabels } from '@/domain/card/card.rules';
import { dayOf, yearOf } from '@/domain/shared/day.rules';
import { Chips, DateField, Field, TextField } from '../shared/form-fields';
import { MemberPicker, type PickedMember } from '../shared/member-picker';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { recordCard } from './card.api';

type Kind = 'issue' | 'renew' | 'check';
const kinds: Kind[] = ['issue', 'renew', 'check'];

/** Issues, renews or records the 年审 of a member's 活动证; the function checks it against his current card. */
export function CardRecordForm({ onRecorded }: { onRecorded: () => void }) {
  const [member, setMember] = useState<PickedMember | null>(null);
  const [kind, setKind] = useState<Kind>('issue');
  const [cardNo, setCardNo] = useState('');
  const [day, setDay] = useState(dayOf(Date.now()));
  const [validUntil, setValidUntil] = useState('');
  const [passed, setPassed] = useState(true);
  const [note, setNote] = useState('');
  const { busy, errors, run } = useSubmit();

  const submit = () =>
    run(async () => {
      const memberId = member?._id ?? '';
      const extra = note.trim() ? { note } : {};
      if (kind === 'check') await recordCard({ kind, memberId, year: yearOf(Date.now()), day, passed, ...extra });
      else if (kind === 'issue') await recordCard({ kind, memberId, cardNo, day, validUntil, ...extra });
      else await recordCard({ kind, memberId, day, validUntil, ...(cardNo.trim() ? { cardNo } : {}), ...extra });
      void Taro.showToast({ title: '已登记', icon: 'success' });
      setMember(null);
      onRecorded();
    });

  return (
    <View>
      <MemberPicker label="党员" required value={member} onChange={setMember} error={errors.memberId} />
      <Field label="办理事项" required error={errors.kind}>
        <Chips options={kinds.map((k) => ({ value: k, label: cardEventLabels[k] }))} value={kind} onChange={setKind} />
      </Field>
      {kind !== 'check' ? (
        <TextField label={kind === 'renew' ? '新活动证编号（换新证时填）' : '活动证编号'} required={kind === 'issue'} value={cardNo} onChange={setCardNo} maxlength={32} placeholder="如：HZ-2026-0001" error={errors.cardNo} />
      ) : null}
      <DateField label="办理日期" required value={day} onChange={setDay} error={errors.day} />
      {kind !== 'check' ? <DateField label="有效期至" required value={validUntil} onChange={setValidUntil} error={errors.validUntil} /> : null}
      {kind === 'check' ? (
        <Field label="年审合格" error={errors.passed}>
          <Switch checked={passed} onChange={(e) => setPassed(e.detail.value)} />
        </Field>
      ) : null}
      <TextField label="备注" value={note} onChange={setNote} maxlength={200} placeholder="可不填" error={errors.note} />
      <SubmitButton text="登记" busy={busy} onClick={submit} />
    </View>
  );
}
