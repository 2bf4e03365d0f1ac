import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { outcomeLabels } from '@/domain/mediation/mediation.constants';
import { minuteOf } from '@/domain/shared/day.rules';
import { getMediation } from '@/features/mediation/mediation.api';
import { StepForm } from '@/features/mediation/step-form';
import { LoadState } from '@/features/shared/load-state';
import { Row } from '@/features/shared/row';
import { useRemote } from '@/features/shared/use-remote';

/** One mediation case: who, what, the handler, its steps and outcome; the handler records the next step. */
export default function MediationCasePage() {
  const caseId = useRouter().params.id ?? '';
  const [stepped, setStepped] = useState(0);
  const data = useRemote(() => getMediation({ caseId }), [caseId, stepped]);
  return (
    <View className="page">
      <LoadState remote={data}>
        {(c) => (
          <View>
            <View className="card">
              <View className="card-title">
                {c.kind}
                <View className={c.state === 'closed' ? 'badge-done' : 'badge-todo'}>{c.state === 'closed' ? `已结案 · ${c.outcome ? outcomeLabels[c.outcome] : ''}` : '办理中'}</View>
              </View>
              {c.villager ? (
                <View>
                  <Row label="老乡" value={c.villager.name} />
                  <Row label="老乡手机号" value={c.villager.phone} />
                  <Row label="同意记录" value={`${minuteOf(c.villager.consentAt)} 由 ${c.villager.consentByName ?? ''} 当面征得`} />
                  <Row label="带来的党员" value={c.memberName} />
                </View>
              ) : (
                <Row label="党员" value={c.memberName} />
              )}
              <Row label="党员手机号" value={c.memberPhone} />
              <Row label="承办人" value={c.handler.name} />
              <View className="mt-16" style={{ whiteSpace: 'pre-wrap' }}>{c.description}</View>
            </View>
            <View className="card">
              <View className="card-title">调解经过</View>
              {c.steps.length ? (
                c.steps.map((s, i) => (
                  <View key={i} className="row">
                    <View className="row-label">
                      <View>{s.note}</View>
                      <View className="muted">
                        {minuteOf(s.at)} · {s.by.name ?? ''}
                        {s.outcome ? ` · 结案：${outcomeLabels[s.outcome]}` : ''}
                      </View>
                    </View>
                  </View>
                ))
              ) : (
                <View className="empty">暂无记录</View>
              )}
              {c.can.step ? <StepForm caseId={c._id} onStepped={() => setStepped((n) => n + 1)} /> : null}
            </View>
          </View>
        )}
      </LoadState>
    </View>
  );
}
