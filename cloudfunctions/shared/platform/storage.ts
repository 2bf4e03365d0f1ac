import { cloud } from './cloud';

/** getTempFileURL and deleteFile take at most 50 files per call. */
const URL_BATCH = 50;
const DELETE_BATCH = 50;
/**
 * How long a link the function signs stays valid. Without maxAge getTempFileURL signs for a day
 * (developers.weixin.qq.com wxcloud reference-sdk-api storage/Cloud.getTempFileURL: maxAge in
 * seconds, default and cap one day); a forwarded link should die within minutes, as the SDK's own
 * downloads use 600 s (@cloudbase/node-sdk storage downloadFile).
 */
export const TEMP_URL_MAX_AGE_S = 600;

/**
 * Displayable temporary URLs of cloud fileIDs (H5 and <image> cannot show `cloud://` ids
 * everywhere). Not database requests. A storage failure leaves the pictures out (logged) rather
 * than failing a page whose text is what matters; https URLs pass through.
 */
export async function tempUrls(fileIds: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const cloudIds = [...new Set(fileIds.filter((id) => id.startsWith('cloud://')))];
  for (const id of fileIds) if (!id.startsWith('cloud://')) out[id] = id;
  for (let i = 0; i < cloudIds.length; i += URL_BATCH) {
    try {
      const fileList = cloudIds.slice(i, i + URL_BATCH).map((fileID) => ({ fileID, maxAge: TEMP_URL_MAX_AGE_S }));
      const res = await cloud.getTempFileURL({ fileList });
      for (const f of res?.fileList ?? []) if (f.tempFileURL && (f.status === 0 || f.status === undefined)) out[f.fileID] = f.tempFileURL;
    } catch (err) {
      console.error('[storage] getTempFileURL failed', err);
    }
  }
  return out;
}

export type Download = { ok: true; bytes: Buffer } | { ok: false; missing: boolean };

/** The file's bytes; `missing` when storage says it does not exist (other failures are transient). */
export async function download(fileID: string): Promise<Download> {
  try {
    const res = await cloud.downloadFile({ fileID });
    if (!res?.fileContent) return { ok: false, missing: true };
    return { ok: true, bytes: Buffer.from(res.fileContent) };
  } catch (err) {
    const e = err as { errCode?: unknown; errMsg?: unknown; code?: unknown; message?: unknown } | null;
    const text = `${e?.errCode ?? ''} ${e?.code ?? ''} ${e?.errMsg ?? ''} ${e?.message ?? ''}`;
    const missing = /NONEXIST|NOT_?EXIST|not exist|not found|Status:\s*404|\b404\b/i.test(text);
    if (!missing) console.error('[storage] downloadFile failed', fileID, err);
    return { ok: false, missing };
  }
}

/**
 * Deletes files no record points to any more (export scratch parts, photos taken out of a
 * check-in). Best effort: a failed delete only leaves litter (logged), never fails the action
 * whose record is already written.
 */
export async function removeFiles(fileIDs: string[], what: string): Promise<void> {
  const ids = fileIDs.filter((id) => id.startsWith('cloud://'));
  await deleteFilesInBatches(ids, (err) => console.error(`[storage] deleting ${what} failed`, err));
}

/**
 * Deletes files in batches of DELETE_BATCH, one call after another (deleting a missing file is not
 * an error). A failed call throws, unless `onFailure` takes it and the next batches still go.
 */
export async function deleteFilesInBatches(fileIDs: string[], onFailure?: (err: unknown) => void): Promise<void> {
  for (let i = 0; i < fileIDs.length; i += DELETE_BATCH) {
    try {
      await cloud.deleteFile({ fileList: fileIDs.slice(i, i + DELETE_BATCH) });
    } catch (err) {
      if (!onFailure) throw err;
      onFailure(err);
    }
  }
}
