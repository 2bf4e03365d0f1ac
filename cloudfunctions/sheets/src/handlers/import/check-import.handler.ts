import type { ActionOutputs } from '@/contracts';
import { batchCount, importUploadFolder, importView, keptIssues, MAX_BYTES, MAX_ROWS } from '@/domain/import/import-job.rules';
import type { ImportCheckInput, ImportIssue, ImportJob, ImportRow } from '@/domain/import/import.schema';
import { checkLedgerRows, requiredLedgerHeaders } from '@/domain/import/ledger-import.rules';
import { rowsUnderHeader, type SheetRow } from '@/domain/import/sheet.rules';
import { checkVillageRows, requiredVillageHeaders, villageKey } from '@/domain/import/village-import.rules';
import { isArchived } from '@/domain/org/org.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { pathOfFileId } from '@/domain/study/photo.rules';
import type { Ctx } from '@shared/dispatch/context';
import { newId } from '@shared/platform/ids';
import { download } from '@shared/platform/storage';
import { insertImport, membersWithPhones } from '../../repos/imports.repo';
import { listBranches, listGroups } from '@shared/repos/org.repo';
import { saveRows } from './import-files';
import { requireImporter } from './import-rights';
import { readWorkbookRows } from './read-workbook';

const invalid = (message: string) => new AppError(ErrorCodes.IMPORT_FILE_INVALID, message);

/**
 * `import.check`: the dry run. Reads the caller's uploaded .xlsx, checks every row (format, unknown
 * villages and branches, duplicates by phone in the file and on record) and keeps the valid rows
 * for import.run. Writes nothing but the job and its rows file; answers the row-by-row report.
 */
export async function checkImportHandler(input: ImportCheckInput, { caller, now }: Ctx): Promise<ActionOutputs['import.check']> {
  requireImporter(caller, input.kind);
  if (!pathOfFileId(input.fileID)?.startsWith(importUploadFolder(caller.openid))) throw invalid('只能导入自己刚上传的文件');
  const file = await download(input.fileID);
  if (!file.ok) throw invalid('文件不存在或已被删除，请重新上传');
  if (file.bytes.length > MAX_BYTES) throw invalid(`文件不能超过 ${MAX_BYTES / 1024 / 1024} MB，请分成几个文件导入`);

  const required = input.kind === 'groups' ? requiredVillageHeaders : requiredLedgerHeaders;
  const sheet = rowsUnderHeader(await readWorkbookRows(file.bytes, MAX_ROWS), required);
  if ('missing' in sheet) throw invalid(`表头缺少：${sheet.missing.join('、')}（请使用${input.kind === 'groups' ? '“乡镇、村、党小组名称”' : '台账导出文件'}的表头）`);
  if (!sheet.rows.length) throw invalid('文件中没有数据行');
  if (sheet.rows.length > MAX_ROWS) throw invalid(`一个文件最多 ${MAX_ROWS} 行，请分成几个文件导入`);

  const jobId = newId(now);
  const { rows, issues } = input.kind === 'groups' ? await checkVillages(sheet.rows) : await checkLedger(sheet.rows);
  const job: ImportJob = {
    _id: jobId,
    openid: caller.openid,
    kind: input.kind,
    fileID: input.fileID,
    state: 'checked',
    total: sheet.rows.length,
    valid: rows.length,
    issues: keptIssues(issues),
    issueCount: issues.length,
    rowsFileID: rows.length ? await saveRows(jobId, rows) : null,
    batches: batchCount(rows.length),
    nextBatch: 0,
    countedBatches: 0,
    imported: 0,
    failedBatches: [],
    leaseUntil: 0,
    createdAt: now,
    updatedAt: now,
    finishedAt: null,
  };
  await insertImport(job);
  return importView(job, false);
}

async function checkVillages(rows: SheetRow[]): Promise<{ rows: ImportRow[]; issues: ImportIssue[] }> {
  const existing = new Set((await listGroups()).map((g) => villageKey(g.township, g.village)));
  const checked = checkVillageRows(rows, existing);
  return { rows: checked.valid.map((v) => ({ row: v.row, kind: 'groups', group: v.group })), issues: checked.issues };
}

async function checkLedger(rows: SheetRow[]): Promise<{ rows: ImportRow[]; issues: ImportIssue[] }> {
  const [branches, groups] = await Promise.all([listBranches(), listGroups()]);
  // Only phones that could be valid are looked up: one request per 1000 of them.
  const phones = rows.map((r) => r.cells['联系电话'] ?? '').filter((p) => /^1[3-9]\d{9}$/.test(p));
  const onRecord = new Map((await membersWithPhones(phones)).map((m) => [m.phone, m.name]));
  const org = { branches: branches.filter((b) => !isArchived(b)), groups: groups.filter((g) => !isArchived(g)) };
  const checked = checkLedgerRows(rows, org, onRecord);
  return { rows: checked.valid.map((v) => ({ row: v.row, kind: 'members', member: v.member })), issues: checked.issues };
}
