import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { stateLabels } from '@/domain/care/care-labels';
import { CaseActions } from '@/features/care/case-actions';
import { CaseTimeline } from '@/features/care/case-timeline';
import { Row } from '@/features/shared/row';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';
import { getCareCase } from '@/features/care/care.api';

/** One case: what was asked, its progress; for organisers who may act, the controls. */
export default function CareCasePage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const remote = useRemote(() => getCareCase({ caseId: id }), [id]);
  return (
    <View className="page">
      <LoadState remote={remote}>
        {({ case: c, assignees }) => (
          <View>
            <View className="card">
              <View className="card-title">{c.kind} · {stateLabels[c.state]}</View>
              <Row label="求助人" value={c.memberName} />
              {c.memberPhone ? <Row label="电话" value={c.memberPhone} /> : null}
              {c.contact ? <Row label="联系方式" value={c.contact} /> : null}
              <Row label="负责人" value={c.assignee ? c.assignee.name ?? '已指派' : '待指派'} />
              <View className="mt-16 lh-loose">{c.description}</View>
            </View>
            <CaseTimeline steps={c.timeline} />
            {c.can.assign || c.can.moveTo.length ? (
              <CaseActions key={c.version} item={c} assignees={assignees} onChanged={() => void remote.reload()} onStale={() => void remote.reload()} />
            ) : null}
          </View>
        )}
      </LoadState>
    </View>
  );
}
