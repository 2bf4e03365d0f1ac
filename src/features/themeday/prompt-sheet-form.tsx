import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { PromptSheet } from '@/domain/themeday/themeday.schema';
import { call } from '@/services/cloud';
import { TextAreaField, TextField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { agendaLines, linkLines, linksText } from './sheet-lines';

/** County: the month's 提示单 (theme, agenda one item per line, study links) that every branch inherits; starts from the published one. */
export function PromptSheetForm({ month, saved }: { month: string; saved?: PromptSheet | null }) {
  const [theme, setTheme] = useState(saved?.theme ?? '');
  const [agenda, setAgenda] = useState((saved?.agenda ?? []).join('\n'));
  const [links, setLinks] = useState(linksText(saved?.links ?? []));
  const { busy, errors, run } = useSubmit(undefined, { theme, agenda, links });
  const firstError = (key: string) => Object.entries(errors).find(([k]) => k.startsWith(`sheet.${key}`))?.[1];
  const save = () =>
    run(async () => {
      await call('themeday.plan', { kind: 'sheet', month, sheet: { theme, agenda: agendaLines(agenda), links: linkLines(links) } });
      void Taro.showToast({ title: '已发布', icon: 'success' });
    });
  return (
    <View>
      <TextField label={`${month} 主题`} required value={theme} onChange={setTheme} maxlength={60} error={firstError('theme')} />
      {/* Room for the schema's 20 items of up to 200 characters a line (the platform's default stops at 140). */}
      <TextAreaField label="议程（每行一项）" required maxlength={20 * 201} value={agenda} onChange={setAgenda} placeholder={'如：\n重温入党誓词\n集中学习\n交流在外务工情况'} error={firstError('agenda')} />
      <TextAreaField label="学习链接（每行：标题 链接）" maxlength={20 * 620} value={links} onChange={setLinks} placeholder="如：党章全文 https://www.12371.cn/dzqw" error={firstError('links')} />
      <SubmitButton text={saved ? '更新提示单' : '发布提示单'} busy={busy} onClick={save} />
    </View>
  );
}
