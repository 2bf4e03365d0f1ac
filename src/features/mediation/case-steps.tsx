import { View } from '@tarojs/components';
import type { MediationOutcome } from '@/domain/mediation/mediation.constants';
import { outcomeLabels } from '@/domain/mediation/mediation.constants';
import { minuteOf } from '@/domain/shared/day.rules';

export interface ShownStep {
  note: string;
  at: number;
  /** Who recorded it, by name (null: shown as `unnamed`). */
  byName: string | null;
  outcome?: MediationOutcome | null;
}

/** A case's state as its badge: 办理中, or 已结案 with the outcome. */
export function CaseStateBadge({ state, outcome }: { state: string; outcome?: MediationOutcome | null }) {
  return <View className={state === 'closed' ? 'badge-done' : 'badge-todo'}>{state === 'closed' ? `已结案 · ${outcome ? outcomeLabels[outcome] : ''}` : '办理中'}</View>;
}

/** The steps of a case (调解经过), each with when, who and any outcome; the member's card and the handler's page show the same list. */
export function CaseSteps({ steps, empty, unnamed = '组织者' }: { steps: ShownStep[]; empty: string; unnamed?: string }) {
  if (!steps.length) return <View className="empty">{empty}</View>;
  return (
    <>
      {steps.map((s, i) => (
        <View key={i} className="row">
          <View className="row-label">
            <View>{s.note}</View>
            <View className="muted">
              {minuteOf(s.at)} · {s.byName ?? unnamed}
              {s.outcome ? ` · 结案：${outcomeLabels[s.outcome]}` : ''}
            </View>
          </View>
        </View>
      ))}
    </>
  );
}
