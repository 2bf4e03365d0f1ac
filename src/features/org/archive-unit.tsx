import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { isArchived } from '@/domain/org/org.schema';
import { call } from '@/services/cloud';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

type Unit = { kind: 'branch'; id: string; name: string; archivedAt?: number | null } | { kind: 'group'; id: string; name: string; archivedAt?: number | null };

/**
 * 撤销 (archive) or 恢复 (restore) a unit. The function refuses while members sit in it, and says how
 * many; archiving keeps the unit's history, and its old QR posters stop working with a clear message.
 */
export function ArchiveUnit({ unit, onDone }: { unit: Unit; onDone: () => void }) {
  const { busy, run } = useSubmit();
  const archived = isArchived(unit);
  const act = () =>
    run(async () => {
      if (unit.kind === 'branch') await call('org.archiveBranch', { branchId: unit.id, archived: !archived });
      else await call('org.archiveGroup', { groupId: unit.id, archived: !archived });
      void Taro.showToast({ title: archived ? '已恢复' : '已撤销', icon: 'success' });
      onDone();
    });
  return (
    <View className="card">
      <View className="card-title">{archived ? '已撤销' : '撤销组织'}</View>
      <View className="muted mb-8">
        {archived
          ? `「${unit.name}」已撤销，成员和历史记录均保留。恢复后可重新扫码加入。`
          : `撤销后「${unit.name}」不再接收新成员，原二维码失效；须先将其中的党员转出。撤销不会删除任何记录。`}
      </View>
      <SubmitButton text={archived ? '恢复' : '撤销'} plain busy={busy} onClick={act} />
    </View>
  );
}
