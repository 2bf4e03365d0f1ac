import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { MemberView } from '@/contracts';
import type { AgreementSummary } from '@/contracts/agreement';
import { call } from '@/services/cloud';
import { PagedList } from '../shared/paged-list';
import { usePaged } from '../shared/use-paged';
import { useSubmit } from '../shared/use-submit';
import { CoManagedEditor } from './co-managed-editor';

interface Props {
  agreement: AgreementSummary;
  /** The county removes members; the inflow side edits their agreed fields. */
  manage: boolean;
  /** Changes whenever the coverage changed, to reload the list. */
  version: number;
  onChanged: () => void;
}

/** The members an agreement covers, as the caller may see them. */
export function CoveredMembers({ agreement, manage, version, onChanged }: Props) {
  const list = usePaged((page) => call('member.list', { agreementId: agreement._id, limit: 50, ...page }), `${agreement._id}:${version}`);
  const [open, setOpen] = useState<MemberView>();
  const { run } = useSubmit();
  const remove = (memberId: string) =>
    run(async () => {
      await call('agreement.update', { agreementId: agreement._id, removeMemberIds: [memberId] });
      void Taro.showToast({ title: '已移出', icon: 'success' });
      onChanged();
    });
  const tap = (m: MemberView) => (manage ? void Taro.navigateTo({ url: `/admin/member/index?id=${m._id}` }) : setOpen(m));

  return (
    <View>
      <View className="card">
        <View className="card-title">
          <Text>共管党员</Text>
          <Text className="card-sub">{agreement.memberCount} 人</Text>
        </View>
        <PagedList list={list} empty="还没有共管党员">
          {(m) => (
            <View key={m._id} className="row">
              <View onClick={() => tap(m)}>
                <View>
                  <Text>{m.name}</Text>
                  <Text className="muted"> {m.phone ?? ''}</Text>
                </View>
                <View className="muted">{[m.city, m.employer, m.industry].filter(Boolean).join(' · ')}</View>
              </View>
              {manage ? <View className="btn btn-small btn-plain" onClick={() => remove(m._id)}>移出</View> : null}
            </View>
          )}
        </PagedList>
      </View>
      {open ? (
        <CoManagedEditor
          key={open._id}
          member={open}
          agreement={agreement}
          onDone={() => {
            setOpen(undefined);
            list.restart();
          }}
        />
      ) : null}
    </View>
  );
}
