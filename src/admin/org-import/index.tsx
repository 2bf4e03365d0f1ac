import { useState } from 'react';
import { View } from '@tarojs/components';
import { hasRole } from '@/domain/auth/grant';
import { canAdministerOrg } from '@/domain/auth/scope.rules';
import { importKindLabels, importKinds, type ImportKind } from '@/domain/import/import.schema';
import { ImportReport } from '@/features/import/import-report';
import { pickWorkbook } from '@/features/import/pick-workbook';
import { useImport } from '@/features/import/use-import';
import { loadImporter } from '@/features/import/import.api';
import { asOptions, Chips, Field } from '@/features/shared/form-fields';
import { LoadState } from '@/features/shared/load-state';
import { SubmitButton } from '@/features/shared/submit-button';
import { useRemote } from '@/features/shared/use-remote';
import { asAppError } from '@/features/shared/error-message';

const hints: Record<ImportKind, string> = {
  groups: '表头为“乡镇、村、党小组名称”（党小组名称可空，默认“某村网上党小组”）。已有的村会被跳过。',
  members: '使用《流动党员管理台账》导出文件的表头（序号、结对干部、备注列不读取）。家乡党小组和所在支部须已存在；手机号须完整（打码的台账不能导入）。导入的党员扫本支部二维码时，核对姓名和手机号后认领自己的档案。',
};

/** The county imports its villages and its existing ledger: upload, dry run with a row-by-row report, then import. */
export default function OrgImportPage() {
  const me = useRemote(loadImporter);
  const [kind, setKind] = useState<ImportKind>('groups');
  const [fileName, setFileName] = useState<string | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const job = useImport();

  return (
    <View className="page">
      <LoadState remote={me}>
        {(caller) => {
          if (!canAdministerOrg(caller)) return <View className="empty">仅县委组织部可批量导入</View>;
          const kinds = hasRole(caller, 'county') ? importKinds : (['groups'] as const);
          const pick = async () => {
            setPickError(null);
            try {
              const file = await pickWorkbook(caller.openid);
              if (!file) return;
              setFileName(file.name);
              await job.check(kind, file.fileID);
            } catch (err) {
              setPickError(asAppError(err).message);
            }
          };
          const view = job.view;
          return (
            <View>
              <View className="card">
                <Field label="导入内容" required>
                  <Chips options={asOptions(kinds, importKindLabels)} value={kind} onChange={(k) => { setKind(k); job.reset(); }} />
                </Field>
                <View className="muted mb-8">{hints[kind]}</View>
                <SubmitButton text={job.busy && !view ? '正在预检…' : '选择 Excel 文件并预检'} busy={job.busy} onClick={() => void pick()} />
                {fileName ? <View className="muted mt-8">文件：{fileName}</View> : null}
              </View>
              {pickError || job.error ? <View className="error-box">{pickError ?? job.error}</View> : null}
              {view ? <ImportReport view={view} /> : null}
              {view && view.state !== 'done' && view.valid > 0 ? (
                <SubmitButton
                  text={job.busy ? `正在导入… ${view.percent}%` : view.state === 'checked' ? `导入 ${view.valid} 行` : '继续导入'}
                  busy={job.busy}
                  onClick={() => void job.run()}
                />
              ) : null}
              {view?.state === 'done' ? <View className="card success"><View className="success-title">导入完成：已导入 {view.imported} 行</View></View> : null}
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
