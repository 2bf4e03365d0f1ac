import { useState } from 'react';
import { useReachBottom } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { canHoldFor } from '@/domain/activity/activity-scope.rules';
import { ActivityDetail } from '@/features/activity/activity-detail';
import { ActivityForm } from '@/features/activity/activity-form';
import { listActivities } from '@/features/activity/activity.api';
import { seatsText, stateText, timeText } from '@/features/activity/activity-text';
import { loadOrgContext } from '@/features/shared/caller-of-me';
import { Chips } from '@/features/shared/form-fields';
import { LoadState } from '@/features/shared/load-state';
import { PagedList } from '@/features/shared/paged-list';
import { usePaged } from '@/features/shared/use-paged';
import { useRemote } from '@/features/shared/use-remote';

type Tab = 'list' | 'create';
const tabs: { value: Tab; label: string }[] = [{ value: 'list', label: '活动' }, { value: 'create', label: '发起活动' }];

/** 活动管理 (the county, secretaries): hold activities for their branches, edit or cancel them before the start, show the on-site code, record who came, hours and the summary. */
export default function ActivitiesAdminPage() {
  const org = useRemote(loadOrgContext);
  const [tab, setTab] = useState<Tab>('list');
  const [picked, setPicked] = useState<string>();
  const [created, setCreated] = useState(0);
  const list = usePaged((page) => listActivities({ view: 'manage', ...page }), String(created));
  useReachBottom(list.more);

  return (
    <View className="page">
      <LoadState remote={org}>
        {({ tree, caller }) => {
          const branches = tree.branches.filter((b) => canHoldFor(caller, [b._id]));
          if (!branches.length) return <View className="empty">仅组织部和支部书记可组织活动</View>;
          return (
            <View>
              <View className="card">
                <Chips options={tabs} value={tab} onChange={setTab} />
              </View>
              {tab === 'create' ? (
                <View className="card">
                  <ActivityForm
                    branches={branches}
                    onCreated={(a) => {
                      setCreated((n) => n + 1);
                      setPicked(a._id);
                      setTab('list');
                    }}
                  />
                </View>
              ) : (
                <View>
                  {picked ? <ActivityDetail key={picked} activityId={picked} openid={caller.openid} onChanged={() => setCreated((n) => n + 1)} /> : null}
                  <View className="card">
                    <View className="card-title">全部活动</View>
                    <PagedList list={list} empty="还没有活动，点“发起活动”开始">
                      {(a) => (
                        <View key={a._id} className={a._id === picked ? 'row row-on' : 'row'} onClick={() => setPicked(a._id)}>
                          <View className="row-label">{a.title}</View>
                          <View className="row-value">{a.kind} · {timeText(a).slice(0, 10)} · {stateText(a)}{seatsText(a) ? ` · ${seatsText(a)}` : ''} · 签到 {a.signedIn}</View>
                        </View>
                      )}
                    </PagedList>
                  </View>
                </View>
              )}
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
