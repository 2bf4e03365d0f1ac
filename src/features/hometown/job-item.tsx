import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { JobView } from '@/contracts/hometown';

/** A job push: the headline in the list, the details (pay, contact, notes) on tap. */
export function JobItem({ job, showAudience }: { job: JobView; showAudience?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <View className="history-item" onClick={() => setOpen(!open)}>
      <View className="item-head">
        <View>
          <Text className="tag">{job.city}</Text>
          <Text>{job.title}</Text>
        </View>
        <Text className={job.valid ? 'badge-done' : 'badge-closed'}>{job.valid ? job.pay : '已过期'}</Text>
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
  );
}
