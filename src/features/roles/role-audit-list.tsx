import { useState } from 'react';
import { View } from '@tarojs/components';
import type { RoleAuditView } from '@/contracts/roles';
import { roleLabels } from '@/domain/auth/role-labels';
import { call } from '@/services/cloud';
import { LoadState } from '../shared/load-state';
import { SubmitButton } from '../shared/submit-button';
import { useRemote } from '../shared/use-remote';
import { useSubmit } from '../shared/use-submit';
import { whenText } from '../shared/when-text';
import { auditLabels } from './role-words';

const line = (e: RoleAuditView): string => {
  const unit = e.unitName ? `（${e.unitName}）` : '';
  const who = e.actorName ?? '未填写姓名的组织者';
  if (e.kind === 'invite' || e.kind === 'cancel') return `${who} ${auditLabels[e.kind]}：${roleLabels[e.role]}${unit}`;
  if (e.kind === 'accept') return `${e.targetName ?? who} 接受邀请，担任${roleLabels[e.role]}${unit}`;
  return `${who} ${auditLabels[e.kind]} ${e.targetName ?? '未填写姓名的组织者'} 的${roleLabels[e.role]}${unit}`;
};

/** 角色变更记录: every grant, revoke, invitation and acceptance, newest first, read by the county. */
export function RoleAuditList() {
  const first = useRemote(() => call('role.audit', {}));
  const [more, setMore] = useState<{ items: RoleAuditView[]; nextCursor: string | null }>();
  const { busy, run } = useSubmit();
  return (
    <View className="card">
      <View className="card-title">角色变更记录</View>
      <LoadState remote={first}>
        {(page) => {
          const items = [...page.items, ...(more?.items ?? [])];
          const cursor = more ? more.nextCursor : page.nextCursor;
          return (
            <View>
              {items.length ? items.map((e) => (
                <View key={e._id} className="history-item">
                  <View>{line(e)}</View>
                  <View className="muted">{whenText(e.at)}</View>
                </View>
              )) : <View className="muted">暂无记录</View>}
              {cursor ? (
                <SubmitButton text="加载更多" plain busy={busy} onClick={() => void run(async () => {
                  const next = await call('role.audit', { cursor });
                  setMore({ items: [...(more?.items ?? []), ...next.items], nextCursor: next.nextCursor });
                })} />
              ) : null}
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
