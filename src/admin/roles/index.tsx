import { useState } from 'react';
import { View } from '@tarojs/components';
import { groupLabels } from '@/domain/org/group-label.rules';
import { readsRoles } from '@/domain/roles/role-change.rules';
import { canGrantRole } from '@/domain/auth/grant.rules';
import type { Caller } from '@/domain/auth/grant';
import { RoleAuditList } from '@/features/roles/role-audit-list';
import { RoleGrantPanel } from '@/features/roles/role-grant-panel';
import { RoleHolders } from '@/features/roles/role-holders';
import { listRoles } from '@/features/roles/roles.api';
import { branchUnit, countyUnit, groupUnit, type RoleUnit } from '@/features/roles/role-unit';
import { SecretaryHandover } from '@/features/roles/secretary-handover';
import { loadOrgContext } from '@/features/shared/caller-of-me';
import { Chips, Field } from '@/features/shared/form-fields';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';

/** One unit's roles: its holders (revoke), granting and invitations, and for a branch the handover. */
function UnitRoles({ unit, caller }: { unit: RoleUnit; caller: Caller }) {
  const list = useRemote(() => listRoles(unit.list), [unit.key]);
  const changed = () => void list.reload();
  return (
    <LoadState remote={list}>
      {(l) => (
        <View>
          <View className="card">
            <View className="card-title">{l.unitName} · 现任</View>
            <RoleHolders holders={l.holders} canRevoke={(h) => canGrantRole(caller, h.role)} onChanged={changed} />
          </View>
          <RoleGrantPanel key={unit.key} unit={unit} caller={caller} invitations={l.invitations} onChanged={changed} />
          {unit.list.unit === 'branch' && canGrantRole(caller, 'secretary') ? <SecretaryHandover branchId={unit.list.branchId} branchName={l.unitName} onDone={changed} /> : null}
        </View>
      )}
    </LoadState>
  );
}

/** 角色管理: per unit (county, branch, village group) who holds which role, since when, granted by whom. */
export default function RolesPage() {
  const data = useRemote(loadOrgContext);
  const [key, setKey] = useState('county');
  return (
    <View className="page">
      <LoadState remote={data}>
        {({ tree, caller }) => {
          if (!readsRoles(caller)) return <View className="empty">仅县委组织部或系统管理员可管理角色</View>;
          const labels = groupLabels(tree.groups);
          const units = [countyUnit(tree.county?.name ?? '本县'), ...tree.branches.map(branchUnit), ...tree.groups.map((g) => groupUnit(g, labels.get(g._id)!))];
          const unit = units.find((u) => u.key === key) ?? units[0];
          return (
            <View>
              <View className="card">
                <Field label="单位">
                  <Chips options={units.map((u) => ({ value: u.key, label: u.label }))} value={unit.key} onChange={setKey} />
                </Field>
              </View>
              <UnitRoles key={unit.key} unit={unit} caller={caller} />
              {unit.key === 'county' ? <RoleAuditList /> : null}
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
