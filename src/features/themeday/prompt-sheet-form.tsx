import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { call } from '@/services/cloud';
import { TextAreaField, TextField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

/** County: the month's 提示单 (theme and agenda, one item per line) that every branch inherits. */
export function PromptSheetForm({ month }: { month: string }) {
  const [theme, setTheme] = useState('');
  const [agenda, setAgenda] = useState('');
  const { busy, errors, run } = useSubmit();
  const save = () =>
    run(async () => {
      const items = agenda.split('\n').map((l) => l.trim()).filter(Boolean);
      await call('themeday.plan', { kind: 'sheet', month, sheet: { theme, agenda: items, links: [] } });
      void Taro.showToast({ title: '已发布', icon: 'success' });
    });
  return (
    <View>
      <TextField label={`${month} 主题`} required value={theme} onChange={setTheme} maxlength={60} error={errors['sheet.theme']} />
      {/* Room for the schema's 20 items of up to 200 characters a line (the platform's default stops at 140). */}
      <TextAreaField label="议程（每行一项）" required maxlength={20 * 201} value={agenda} onChange={setAgenda} placeholder={'如：\n重温入党誓词\n集中学习\n交流在外务工情况'} error={errors['sheet.agenda']} />
      <SubmitButton text="发布提示单" busy={busy} onClick={save} />
    </View>
  );
}
