import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { OrgTree } from '@/contracts';
import type { Caller } from '@/domain/auth/grant';
import { canGrantRole } from '@/domain/auth/grant.rules';
import { roleLabels } from '@/domain/auth/role-labels';
import { roles, type GrantRoleInput, type Role } from '@/domain/org/org.schema';
import { call } from '@/services/cloud';
import { asOptions, Chips, Field, TextField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { groupOptions } from '@/domain/org/group-label.rules';

interface Props {
  tree: OrgTree;
  caller: Caller;
  onDone: () => void;
}

/** A 流入地党组织 account belongs to one co-management agreement: it is granted on that agreement's page. */
const grantedElsewhere: readonly Role[] = ['inflow'];

/**
 * Grants a role by user number (openid), for organisers who are not members themselves — a
 * secretary sent from the county, a 组织部 clerk. Each user sees his number on the home page.
 */
export function GrantRoleForm({ tree, caller, onDone }: Props) {
  const offered = roles.filter((r) => !grantedElsewhere.includes(r) && canGrantRole(caller, r));
  const [openid, setOpenid] = useState('');
  const [role, setRole] = useState<Role>('secretary');
  const [unit, setUnit] = useState<string>();
  const { busy, errors, run } = useSubmit();

  const pickRole = (r: Role) => {
    setRole(r);
    setUnit(undefined);
  };

  const submit = () =>
    run(async () => {
      const input: GrantRoleInput = { openid: openid.trim(), role };
      if (role === 'secretary') input.branchId = unit;
      if (role === 'cadre') input.groupId = unit;
      await call('org.grantRole', input);
      void Taro.showToast({ title: '已授予', icon: 'success' });
      setOpenid('');
      onDone();
    });

  return (
    <View>
      <TextField label="用户编号" required value={openid} onChange={setOpenid} placeholder="请对方在首页底部查看并发给你" error={errors.openid} />
      <Field label="角色" required>
        <Chips options={asOptions(offered, roleLabels)} value={role} onChange={pickRole} />
      </Field>
      {role === 'secretary' ? (
        <Field label="所在支部" required error={errors.branchId}>
          <Chips options={tree.branches.map((b) => ({ value: b._id, label: b.name }))} value={unit} onChange={setUnit} />
        </Field>
      ) : null}
      {role === 'cadre' ? (
        <Field label="网上党小组" required error={errors.groupId}>
          <Chips options={groupOptions(tree.groups)} value={unit} onChange={setUnit} />
        </Field>
      ) : null}
      <SubmitButton text="确认授予" busy={busy} onClick={submit} />
    </View>
  );
}
