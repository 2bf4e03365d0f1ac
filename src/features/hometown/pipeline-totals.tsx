import { View } from '@tarojs/components';
import { projectStageLabels, type PipelineTotals } from '@/domain/hometown/pipeline.rules';
import { projectStages } from '@/domain/hometown/project.constants';

/** Count, amount (万元) and jobs per stage of the pipeline. */
export function PipelineTotalsView({ totals }: { totals: PipelineTotals }) {
  return (
    <View>
      {projectStages.map((s) => (
        <View key={s} className="row">
          <View className="row-label">{projectStageLabels[s]}</View>
          <View className="row-value">
            {totals[s].count} 个 · {totals[s].amount} 万元 · {totals[s].jobs} 个岗位
          </View>
        </View>
      ))}
    </View>
  );
}
