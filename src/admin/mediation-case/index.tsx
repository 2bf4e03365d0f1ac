import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { minuteOf } from '@/domain/shared/day.rules';
import { CaseStateBadge, CaseSteps } from '@/features/mediation/case-steps';
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
                <CaseStateBadge state={c.state} outcome={c.outcome} />
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
              <CaseSteps steps={c.steps.map((s) => ({ ...s, byName: s.by.name }))} empty="暂无记录" unnamed="" />
              {c.can.step ? <StepForm caseId={c._id} onStepped={() => setStepped((n) => n + 1)} /> : null}
            </View>
          </View>
        )}
      </LoadState>
    </View>
  );
}
