import { _, db } from '@shared/platform/cloud';

/** What the cleanup needs of an export job: the files it left in storage. */
export interface ExportJobRow {
  _id: string;
  fileID: string | null;
  partIds?: string[];
}

/** The oldest `limit` export jobs untouched since `cutoff` (ms), oldest first. */
export async function staleExports(cutoff: number, limit: number): Promise<ExportJobRow[]> {
  const { data } = await db.collection('exports').where({ updatedAt: _.lt(cutoff) }).orderBy('updatedAt', 'asc').field({ fileID: true, partIds: true }).limit(limit).get();
  return data as ExportJobRow[];
}

export async function removeExports(ids: string[]): Promise<void> {
  if (ids.length) await db.collection('exports').where({ _id: _.in(ids) }).remove();
}
