import { useState } from 'react';
import { View } from '@tarojs/components';
import type { StationView } from '@/contracts/hometown';
import { canManageStations } from '@/domain/hometown/hometown-scope.rules';
import { StationForm } from '@/features/hometown/station-form';
import { StationItem } from '@/features/hometown/station-item';
import { withCaller } from '@/features/shared/caller-of-me';
import { LoadState } from '@/features/shared/load-state';
import { SubmitButton } from '@/features/shared/submit-button';
import { useRemote } from '@/features/shared/use-remote';
import { listStations } from '@/features/hometown/hometown.api';

/** 人才工作站 in other cities: the list for members and organisers; the county also adds and edits here. */
export default function StationsPage() {
  const data = useRemote(async () => {
    const [list, caller] = await withCaller(listStations({}));
    return { stations: list.items, manage: canManageStations(caller) };
  });
  // null: no form; 'new': a new station; otherwise the station being edited.
  const [form, setForm] = useState<StationView | 'new' | null>(null);
  const saved = () => {
    setForm(null);
    void data.reload();
  };
  return (
    <View className="page">
      <LoadState remote={data}>
        {({ stations, manage }) => (
          <View>
            {manage && form ? (
              <View className="card">
                <View className="card-title">{form === 'new' ? '新增工作站' : `编辑：${form.name}`}</View>
                <StationForm key={form === 'new' ? 'new' : form._id} editing={form === 'new' ? null : form} onSaved={saved} />
                <SubmitButton text="取消" plain onClick={() => setForm(null)} />
              </View>
            ) : manage ? (
              <SubmitButton text="新增工作站" onClick={() => setForm('new')} />
            ) : null}
            <View className="card">
              <View className="card-title">在外人才工作站</View>
              {stations.map((s) => (
                <StationItem key={s._id} station={s} onEdit={manage ? () => setForm(s) : undefined} />
              ))}
              {!stations.length ? <View className="empty">暂无人才工作站</View> : null}
            </View>
          </View>
        )}
      </LoadState>
    </View>
  );
}
