import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { canAdministerOrg } from '@/domain/auth/scope.rules';
import { isArchived } from '@/domain/org/org.schema';
import { ArchiveUnit } from '@/features/org/archive-unit';
import { BranchEditForm } from '@/features/org/branch-edit-form';
import { GroupEditForm } from '@/features/org/group-edit-form';
import { loadOrgContext } from '@/features/shared/caller-of-me';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';

const back = () => void Taro.navigateBack().catch(() => Taro.redirectTo({ url: '/admin/branches/index' }));

/** The county edits or archives one branch (`?branchId=`) or village group (`?groupId=`). */
export default function OrgEditPage() {
  const { branchId, groupId } = useRouter().params;
  const data = useRemote(loadOrgContext);
  return (
    <View className="page">
      <LoadState remote={data}>
        {({ tree, caller }) => {
          if (!canAdministerOrg(caller)) return <View className="empty">仅县委组织部可编辑组织</View>;
          const branch = branchId ? tree.branches.find((b) => b._id === branchId) : undefined;
          const group = groupId ? tree.groups.find((g) => g._id === groupId) : undefined;
          if (branch) {
            return (
              <View>
                {isArchived(branch) ? null : (
                  <View className="card">
                    <View className="card-title">{branch.name}</View>
                    <BranchEditForm branch={branch} branches={tree.branches} onSaved={back} />
                  </View>
                )}
                <ArchiveUnit unit={{ kind: 'branch', id: branch._id, name: branch.name, archivedAt: branch.archivedAt }} onDone={() => void data.reload()} />
              </View>
            );
          }
          if (group) {
            return (
              <View>
                {isArchived(group) ? null : (
                  <View className="card">
                    <View className="card-title">{group.name}</View>
                    <GroupEditForm group={group} onSaved={back} />
                  </View>
                )}
                <ArchiveUnit unit={{ kind: 'group', id: group._id, name: group.name, archivedAt: group.archivedAt }} onDone={() => void data.reload()} />
              </View>
            );
          }
          return <View className="empty">没有找到该组织</View>;
        }}
      </LoadState>
    </View>
  );
}
