import { Text, View } from '@tarojs/components';
import type { ImportView } from '@/contracts/import';
import { importKindLabels } from '@/domain/import/import.schema';
import { Row } from '../shared/row';

/** Issues listed on the page; the rest are counted (the job keeps up to 1,000). */
const SHOWN = 200;

/** The dry run's row-by-row report, and after the import what was written and which batches failed. */
export function ImportReport({ view }: { view: ImportView }) {
  const done = view.state === 'done';
  return (
    <View className="card">
      <View className="card-title">
        <Text>{done ? '导入结果' : view.state === 'running' ? '正在导入' : '预检报告'}</Text>
        <Text className="tag">{importKindLabels[view.kind]}</Text>
      </View>
      <Row label="数据行" value={`${view.total} 行`} />
      <Row label="可导入" value={`${view.valid} 行`} />
      <Row label="有问题" value={`${view.issueCount} 处`} />
      {view.state !== 'checked' ? <Row label="已导入" value={`${view.imported} 行（${view.percent}%）`} /> : null}
      {view.failedBatches.map((b) => (
        <View key={`${b.fromRow}-${b.toRow}`} className="error-box">
          第 {b.fromRow}–{b.toRow} 行（{b.rows} 行）：{b.message}
        </View>
      ))}
      {view.issues.length ? (
        <View className="mt-8">
          <View className="card-sub">问题明细（这些行不会导入，请在 Excel 中改正后重新导入）</View>
          {view.issues.slice(0, SHOWN).map((i, k) => (
            <View key={k} className="row">
              <Text className="row-label nowrap">第 {i.row} 行</Text>
              <Text className="row-value">{i.message}</Text>
            </View>
          ))}
          {view.issueCount > Math.min(SHOWN, view.issues.length) ? <View className="muted">另有 {view.issueCount - Math.min(SHOWN, view.issues.length)} 处问题未列出</View> : null}
        </View>
      ) : (
        <View className="muted mt-8">没有发现问题。</View>
      )}
    </View>
  );
}
