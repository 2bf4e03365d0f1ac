import { Text, View } from '@tarojs/components';
import type { ExportProgress } from '@/contracts/ledger';
import { minuteOf } from '@/domain/shared/day.rules';
import { SubmitButton } from '../shared/submit-button';
import { openExportFile } from './open-export-file';

const stateText: Record<ExportProgress['state'], string> = { running: '正在生成', done: '已生成', failed: '生成失败' };

/** The job's progress bar while it runs; the file's name and the download button once it is ready. */
export function ExportProgressCard({ progress }: { progress: ExportProgress }) {
  const { state, processed, total, percent, url, fileName } = progress;
  // H5 opens the temp link, the weapp downloads by fileID (open-export-file.ts).
  const ready = process.env.TARO_ENV === 'h5' ? url : progress.fileID;
  return (
    <View className="card">
      <View className="card-title">
        <Text>{stateText[state]}</Text>
        <Text className="card-sub">{percent}%</Text>
      </View>
      <View className="bar">
        <View className="bar-fill" style={{ width: `${percent}%` }} />
      </View>
      <View className="muted">
        已处理 {processed} / {total} 人 · {minuteOf(progress.createdAt)} 开始
      </View>
      {state === 'failed' ? <View className="error-box">{progress.error ?? '导出失败'}</View> : null}
      {state === 'done' && ready ? (
        <>
          <View className="row">
            <Text className="row-label">文件</Text>
            <Text className="row-value">{fileName}</Text>
          </View>
          <SubmitButton text="下载 / 打开 Excel" onClick={() => void openExportFile(progress)} />
          {process.env.TARO_ENV === 'h5' ? <View className="muted">链接 24 小时内有效，过期后重新进入本页即可刷新。</View> : null}
        </>
      ) : null}
      {state === 'done' && !ready ? <View className="error-box">暂时无法取得下载链接，请稍后重新进入本页</View> : null}
    </View>
  );
}
