import { useState } from 'react';
import { View } from '@tarojs/components';
import type { ActionOutputs } from '@/contracts';
import { call } from '@/services/cloud';
import { Chips } from '../shared/form-fields';
import { LoadState } from '../shared/load-state';
import { useRemote } from '../shared/use-remote';
import { AdditionsForm } from './additions-form';
import { PlanRuleForm } from './plan-rule-form';
import { PromptSheetForm } from './prompt-sheet-form';

type Setup = ActionOutputs['themeday.setup'];

/**
 * What both settings forms edit: the saved setup (one branch's, or with no branch the county's) and
 * the month chosen among its two, next month until another chip is tapped.
 */
function useSetupMonth(branchId?: string) {
  const setup = useRemote(() => call('themeday.setup', branchId ? { branchId } : {}), [branchId]);
  const [month, setMonth] = useState<string>();
  const monthOf = (s: Setup) => month ?? s.months[1];
  // A render function, not a component: a component made per render would remount each time.
  const monthChips = (s: Setup) => <Chips options={s.months.map((m) => ({ value: m, label: m }))} value={monthOf(s)} onChange={setMonth} />;
  return { setup, monthOf, monthChips };
}

/**
 * The organiser's theme-day settings, loaded as saved (themeday.setup) so each form starts from
 * them. One branch's: its rule, then its additions to this or next month's 提示单.
 */
export function BranchSettings({ branchId }: { branchId: string }) {
  const { setup, monthOf, monthChips } = useSetupMonth(branchId);
  return (
    <LoadState remote={setup}>
      {(s) => {
        const chosen = monthOf(s);
        return (
          <View>
            <PlanRuleForm key={`rule-${branchId}`} branchId={branchId} current={s.plan} nextStart={s.next?.start} />
            <View className="card-title mt-12">支部补充（在县委提示单之后）</View>
            {monthChips(s)}
            <AdditionsForm key={`add-${chosen}`} branchId={branchId} month={chosen} saved={s.additions[chosen] ?? null} />
          </View>
        );
      }}
    </LoadState>
  );
}

/** The county's 提示单 of this or next month, starting from the published one. */
export function CountySheets() {
  const { setup, monthOf, monthChips } = useSetupMonth();
  return (
    <LoadState remote={setup}>
      {(s) => {
        const chosen = monthOf(s);
        return (
          <View>
            {monthChips(s)}
            <PromptSheetForm key={chosen} month={chosen} saved={s.sheets[chosen] ?? null} />
          </View>
        );
      }}
    </LoadState>
  );
}
