import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { OrgTree } from '@/contracts';
import { personLabel } from '@/domain/roles/person.rules';
import type { Caller } from '@/domain/auth/grant';
import { cadreGroupIds } from '@/domain/auth/scope.rules';
import { mayAssignOthers } from '@/domain/pairing/pairing-scope.rules';
import { call } from '@/services/cloud';
import { Chips, Field, MultiChips } from '../shared/form-fields';
import { LoadState } from '../shared/load-state';
import { SubmitButton } from '../shared/submit-button';
import { useRemote } from '../shared/use-remote';
import { rewordField, useSubmit } from '../shared/use-submit';
import { groupOptions } from '@/domain/org/group-label.rules';

interface Props {
  tree: OrgTree;
  caller: Caller;
  onDone: () => void;
}

/**
 * Pairs members of one village with one of its cadres (or ends their pairing). A cadre who does
 * not run a branch can only take members on himself, so he is offered only himself.
 */
export function AssignPanel({ tree, caller, onDone }: Props) {
  const [groupId, setGroupId] = useState<string>();
  const [picked, setPicked] = useState<string[]>([]);
  const [cadre, setCadre] = useState<string>();
  // An unpicked cadre fails the shared schema on cadreOpenid: say what to do instead.
  const { busy, errors, run } = useSubmit(rewordField('cadreOpenid', '请选择村干部'));
  const ownGroups = cadreGroupIds(caller);
  const groups = mayAssignOthers(caller) ? tree.groups : tree.groups.filter((g) => ownGroups.includes(g._id));

  const data = useRemote(async () => {
    if (!groupId) return null;
    const [members, cadres] = await Promise.all([call('member.list', { groupId, limit: 100 }), call('pairing.cadres', { groupId })]);
    return {
      members: members.items,
      cadres: mayAssignOthers(caller) ? cadres.cadres : cadres.cadres.filter((c) => c.openid === caller.openid),
      pairedWith: new Map(cadres.pairings.map((p) => [p.memberId, p.cadreName])),
    };
  }, [groupId]);

  const pickGroup = (id: string) => {
    setGroupId(id);
    setPicked([]);
    setCadre(undefined);
  };
  const assign = () =>
    run(async () => {
      await call('pairing.assign', { memberIds: picked, cadreOpenid: cadre ?? '' });
      void Taro.showToast({ title: '已结对', icon: 'success' });
      setPicked([]);
      onDone();
    });
  const unassign = () =>
    run(async () => {
      await call('pairing.unassign', { memberIds: picked });
      void Taro.showToast({ title: '已解除', icon: 'success' });
      setPicked([]);
      onDone();
    });

  return (
    <View className="card">
      <View className="card-title">结对安排</View>
      <Field label="网上党小组（村）" required>
        <Chips options={groupOptions(groups)} value={groupId} onChange={pickGroup} />
      </Field>
      {groupId ? (
        <LoadState remote={data}>
          {(d) =>
            d ? (
              <View>
                <Field label="村干部" required error={errors.cadreOpenid}>
                  {d.cadres.length ? <Chips options={d.cadres.map((c) => ({ value: c.openid, label: personLabel(c) }))} value={cadre} onChange={setCadre} /> : <View className="muted">该村还没有村干部</View>}
                </Field>
                <Field label="党员（可多选，括号内为现结对村干部）" required error={errors.memberIds}>
                  <MultiChips options={d.members.map((m) => ({ value: m._id, label: d.pairedWith.has(m._id) ? `${m.name}（${d.pairedWith.get(m._id)}）` : m.name }))} value={picked} onChange={setPicked} />
                </Field>
                <View className="muted">已结对 {d.pairedWith.size} 人，未结对 {d.members.filter((m) => !d.pairedWith.has(m._id)).length} 人</View>
                <SubmitButton text="结对" busy={busy} onClick={assign} />
                <SubmitButton text="解除结对" plain busy={busy} onClick={unassign} />
              </View>
            ) : null
          }
        </LoadState>
      ) : null}
    </View>
  );
}
