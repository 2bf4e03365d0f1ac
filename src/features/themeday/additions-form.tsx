import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { Additions } from '@/domain/themeday/themeday.schema';
import { call } from '@/services/cloud';
import { TextAreaField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { agendaLines, linkLines, linksText } from './sheet-lines';

/** A branch's own items added to the county's 提示单 for one month, starting from what it saved. */
export function AdditionsForm({ branchId, month, saved }: { branchId: string; month: string; saved: Additions | null }) {
  const [agenda, setAgenda] = useState((saved?.agenda ?? []).join('\n'));
  const [links, setLinks] = useState(linksText(saved?.links ?? []));
  const { busy, errors, run } = useSubmit(undefined, { agenda, links });
  const firstError = (key: string) => Object.entries(errors).find(([k]) => k.startsWith(`additions.${key}`))?.[1];
  const save = () =>
    run(async () => {
      await call('themeday.plan', { kind: 'additions', branchId, month, additions: { agenda: agendaLines(agenda), links: linkLines(links) } });
      void Taro.showToast({ title: '已保存', icon: 'success' });
    });
  return (
    <View>
      <TextAreaField label={`${month} 支部补充议程（每行一项）`} maxlength={20 * 201} value={agenda} onChange={setAgenda} placeholder={'如：\n讨论返乡创业项目'} error={firstError('agenda')} />
      <TextAreaField label="支部补充学习链接（每行：标题 链接）" maxlength={20 * 620} value={links} onChange={setLinks} placeholder="如：党章全文 https://www.12371.cn/dzqw" error={firstError('links')} />
      <SubmitButton text="保存支部补充" busy={busy} onClick={save} />
    </View>
  );
}
