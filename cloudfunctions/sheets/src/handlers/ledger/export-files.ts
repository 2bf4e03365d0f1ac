import { partName } from '@/domain/ledger/export-job.rules';
import { cloud } from '@shared/platform/cloud';
import { download, removeFiles, tempUrls } from '@shared/platform/storage';

/** A part: the rows one step wrote, already mapped (and masked) for the job's owner. */
export type PartRows = (string | number)[][];

/** Parts sit in the owner's export folder, one sub-folder per job. */
export const partPath = (openid: string, jobId: string, n: number): string => `exports/${openid}/${jobId}/${partName(n)}`;

export async function savePart(openid: string, jobId: string, n: number, rows: PartRows): Promise<string> {
  const res = await cloud.uploadFile({ cloudPath: partPath(openid, jobId, n), fileContent: Buffer.from(JSON.stringify(rows)) });
  return res.fileID;
}

export async function readPart(fileID: string): Promise<PartRows> {
  const file = await download(fileID);
  if (!file.ok) throw new Error(`export part ${file.missing ? 'missing' : 'unreadable'}: ${fileID}`);
  return JSON.parse(file.bytes.toString('utf8')) as PartRows;
}

export async function saveWorkbook(cloudPath: string, bytes: Buffer): Promise<string> {
  return (await cloud.uploadFile({ cloudPath, fileContent: bytes })).fileID;
}

/** Parts are scratch once the workbook is stored. */
export const removeParts = (fileIDs: string[]): Promise<void> => removeFiles(fileIDs, 'export parts');

/** A fresh temporary link (up to a day) to a finished file; null when storage cannot give one now. */
export async function linkOf(fileID: string | null): Promise<string | null> {
  if (!fileID) return null;
  return (await tempUrls([fileID]))[fileID] ?? null;
}
