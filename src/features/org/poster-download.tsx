import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { PosterProgress } from '@/contracts/poster';
import { call } from '@/services/cloud';
import { SubmitButton } from '../shared/submit-button';
import { useSteppedJob } from '../shared/use-stepped-job';
import { downloadByFileID, downloadInBrowser } from '../shared/cloud-file';
import { shareZip } from './poster-zip-file';

const isH5 = () => process.env.TARO_ENV === 'h5';

/**
 * The county prints every branch's join code: one zip of PNGs named by branch, drawn in steps
 * (each call draws what fits the function's time limit), so the panel shows 已生成 n / N while it
 * polls, then saves the zip (H5 downloads it; the weapp downloads it and offers to send it to a chat).
 */
export function PosterDownload() {
  const job = useSteppedJob((jobId) => call('branch.postersStatus', { jobId }));
  const [phoneFile, setPhoneFile] = useState<string | null>(null);

  const save = async (p: PosterProgress) => {
    if (p.state !== 'done') return;
    if (isH5()) return downloadInBrowser(p);
    if (!p.fileID) return;
    try {
      setPhoneFile(await downloadByFileID(p.fileID));
    } catch {
      void Taro.showToast({ title: '下载失败，请重新生成', icon: 'none' });
    }
  };
  const print = () => {
    setPhoneFile(null);
    void job.start(() => call('branch.posters', {}), save);
  };

  const p = job.progress;
  const percent = p && p.total ? Math.floor((p.done / p.total) * 100) : 0;
  return (
    <View className="mt-8">
      <View className="muted mb-8">一次下载全部支部的入支部二维码（每个支部一张 PNG，文件名为支部名称），用于打印海报。</View>
      <SubmitButton text="下载全部二维码（.zip）" plain busy={job.running} onClick={print} />
      {p ? (
        <View className="mt-8">
          <View className="bar">
            <View className="bar-fill" style={{ width: `${percent}%` }} />
          </View>
          <View className="muted">
            <Text>
              已生成 {p.done} / {p.total}
            </Text>
            {p.state === 'running' && p.done === p.total ? <Text>，正在打包…</Text> : null}
          </View>
        </View>
      ) : null}
      {p?.state === 'failed' ? <View className="error-box">{p.error ?? '二维码生成失败，请重新生成'}</View> : null}
      {job.error ? (
        <View className="error-box" onClick={() => void job.retry()}>
          {job.error.message}
          {p?.state === 'running' ? '（点击继续）' : ''}
        </View>
      ) : null}
      {p?.state === 'done' && isH5() ? (
        p.url ? (
          <SubmitButton text={`再次下载 ${p.fileName ?? ''}`} plain onClick={() => downloadInBrowser(p)} />
        ) : (
          <View className="error-box">暂时无法取得下载链接，请稍后重新生成</View>
        )
      ) : null}
      {p?.state === 'done' && phoneFile ? <SubmitButton text="发送到聊天（可发给文件传输助手，在电脑上打印）" onClick={() => shareZip(phoneFile, p.fileName)} /> : null}
    </View>
  );
}
