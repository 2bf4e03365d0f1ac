import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { JobView } from '@/contracts/hometown';
import { call } from '@/services/cloud';
import { useSubmit } from '../shared/use-submit';

interface Props {
  job: JobView;
  showAudience?: string;
  /** The publisher's list: edit and withdraw, where he may (`job.manageable`). */
  onEdit?: (job: JobView) => void;
  onChanged?: () => void;
}

/** A job push: the headline in the list, the details (pay, contact, notes) on tap; in the publisher's list, what he may do with it. */
export function JobItem({ job, showAudience, onEdit, onChanged }: Props) {
  const [open, setOpen] = useState(false);
  const { busy, run } = useSubmit();
  const withdraw = () =>
    run(async () => {
      const { confirm } = await Taro.showModal({ title: '撤回招工信息', content: '撤回后党员将看不到这条招工信息。', confirmText: '撤回' });
      if (!confirm) return;
      await call('jobs.withdraw', { jobId: job._id });
      void Taro.showToast({ title: '已撤回', icon: 'success' });
      onChanged?.();
    });
  const mark = job.withdrawnAt ? '已撤回' : job.valid ? job.pay : '已过期';
  const actionable = job.manageable && !job.withdrawnAt && (onEdit || onChanged);
  return (
    <View className="history-item">
      <View onClick={() => setOpen(!open)}>
        <View className="item-head">
          <View>
            <Text className="tag">{job.city}</Text>
            <Text>{job.title}</Text>
          </View>
          <Text className={job.valid ? 'badge-done' : 'badge-closed'}>{mark}</Text>
        </View>
        <View className="muted">
          {job.employer} · 有效期至 {job.validUntil}
          {showAudience ? ` · ${showAudience}` : ''}
        </View>
        {open ? (
          <View>
            <View>薪资待遇：{job.pay}</View>
            <View>联系方式：{job.contact}</View>
            {job.detail ? <View>{job.detail}</View> : null}
            <View className="muted">发布：{job.publisherName || '组织'}</View>
          </View>
        ) : null}
      </View>
      {actionable ? (
        <View className="actions">
          {onEdit ? <View className="btn btn-plain btn-small" onClick={() => onEdit(job)}>编辑</View> : null}
          <View className={busy ? 'btn btn-plain btn-small btn-disabled' : 'btn btn-plain btn-small'} onClick={() => !busy && void withdraw()}>撤回</View>
        </View>
      ) : null}
    </View>
  );
}
