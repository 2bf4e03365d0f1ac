import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { MemberView, OrgTree } from '@/contracts';
import { hasRole, type Caller } from '@/domain/auth/grant';
import { canMove } from '@/domain/transfer/transfer.rules';
import { call } from '@/services/cloud';
import { Chips, Field, TextAreaField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { rewordField, useSubmit } from '../shared/use-submit';

interface Props {
  member: MemberView;
  caller: Caller;
  tree: OrgTree;
  onMoved: () => void;
}

/**
 * 转接 from the member's record: the county moves him at once; his secretary releases him and the
 * receiving branch accepts. Shown only to those who may, and only while nothing else is waiting.
 */
export function MoveCard({ member, caller, tree, onMoved }: Props) {
  const [toBranchId, setToBranchId] = useState<string>();
  const [toGroupId, setToGroupId] = useState<string>();
  const [note, setNote] = useState('');
  const { busy, errors, run } = useSubmit(rewordField('toBranchId', '请选择转入的支部'));
  if (!canMove(caller, member) || member.ended || member.pendingTransferId) return null;
  const county = hasRole(caller, 'county');
  const branches = tree.branches.map((b) => ({ value: b._id, label: b.name }));
  const groups = tree.groups.map((g) => ({ value: g._id, label: g.name }));

  const submit = () =>
    run(async () => {
      const { transfer } = await call('transfer.move', { memberId: member._id, toBranchId: toBranchId ?? '', ...(toGroupId ? { toGroupId } : {}), ...(note.trim() ? { note: note.trim() } : {}) });
      void Taro.showToast({ title: transfer.state === 'approved' ? '已转接' : '已提交，待转入支部审核', icon: 'success' });
      onMoved();
    });

  return (
    <View className="card">
      <View className="card-title">转接</View>
      <View className="muted">{county ? '组织部调整即时生效。' : '转到其他支部需对方书记同意；本支部内更换网上党小组即时生效。'}</View>
      <Field label="转入支部" required error={errors.toBranchId}>
        <Chips options={branches} value={toBranchId} onChange={setToBranchId} filter={{ placeholder: '搜索支部' }} />
      </Field>
      <Field label="网上党小组（不变可不选）" error={errors.toGroupId}>
        <Chips options={groups} value={toGroupId} onChange={setToGroupId} filter={{ placeholder: '搜索村' }} />
      </Field>
      <TextAreaField label="说明" value={note} onChange={setNote} placeholder="如：已到宁波务工" maxlength={200} error={errors.note} />
      <SubmitButton text={county ? '转接' : '申请转出'} busy={busy} onClick={submit} />
    </View>
  );
}
