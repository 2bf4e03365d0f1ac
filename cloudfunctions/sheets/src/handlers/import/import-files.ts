import type { ImportRow } from '@/domain/import/import.schema';
import { cloud } from '@shared/platform/cloud';
import { download } from '@shared/platform/storage';

/** The valid rows of a checked file, kept beside nothing the user can write (a function-only folder). */
export const rowsPath = (jobId: string) => `imports/${jobId}/rows.json`;

export async function saveRows(jobId: string, rows: ImportRow[]): Promise<string> {
  return (await cloud.uploadFile({ cloudPath: rowsPath(jobId), fileContent: Buffer.from(JSON.stringify(rows)) })).fileID;
}

export async function readRows(fileID: string): Promise<ImportRow[]> {
  const file = await download(fileID);
  if (!file.ok) throw new Error(`import rows ${file.missing ? 'missing' : 'unreadable'}: ${fileID}`);
  return JSON.parse(file.bytes.toString('utf8')) as ImportRow[];
}
