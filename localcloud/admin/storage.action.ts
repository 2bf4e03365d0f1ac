/**
 * storage.*: what @cloudbase/node-sdk (inside wx-server-sdk) posts for cloud.uploadFile,
 * getTempFileURL, downloadFile and deleteFile. uploadFile asks getUploadMetadata for a PUT URL and
 * then PUTs the bytes there (http/storage-routes.ts plays COS); downloadFile fetches a temp URL.
 * Per-file failures are per-item codes, as in the cloud (wx-server-sdk turns them into `status`).
 */
import { CloudPathError, checkCloudPath, pathOfFileId } from '../storage/cloud-path';
import { FILES_PER_CALL, URL_DEFAULT_MAX_AGE_S, URL_MAX_AGE_S } from '../storage/storage-limits';
import type { StorageService } from '../storage/storage-service';
import type { FaultConfig } from '../dev/outbox';
import { TcbLevelError } from './openapi.action';

type Params = Record<string, any>;

const NONEXIST = { code: 'STORAGE_FILE_NONEXIST', message: 'storage file not exist' };

function fileList<T>(value: unknown, name: string): T[] {
  if (!Array.isArray(value) || value.length === 0) throw new TcbLevelError('INVALID_PARAM', `${name} must be a non-empty array`);
  if (value.length > FILES_PER_CALL) throw new TcbLevelError('INVALID_PARAM', `${name}: at most ${FILES_PER_CALL} files per call, got ${value.length}`);
  return value as T[];
}

function maxAgeOf(v: unknown): number {
  const n = Number(v);
  return Number.isFinite(n) && n > 0 ? Math.min(Math.floor(n), URL_MAX_AGE_S) : URL_DEFAULT_MAX_AGE_S;
}

export async function storageAction(storage: StorageService, p: Params, faults: FaultConfig): Promise<Params> {
  if (faults.storageDown) throw new TcbLevelError('STORAGE_REQUEST_FAIL', '[LocalCloud] storage unavailable (injected fault storageDown)');
  switch (p.action) {
    case 'storage.getUploadMetadata': {
      let cloudPath: string;
      try { cloudPath = checkCloudPath(p.path); } catch (e) {
        throw new TcbLevelError('INVALID_PARAM', `[LocalCloud] ${(e as CloudPathError).message}`);
      }
      const { url, authorization } = storage.uploadTarget(cloudPath);
      const fileId = storage.fileId(cloudPath);
      return { data: { url, authorization, token: 'localcloud', fileId, cosFileId: `local-${Buffer.from(cloudPath).toString('base64url')}` } };
    }
    case 'storage.batchGetDownloadUrl': {
      const items = fileList<{ fileid?: unknown; max_age?: unknown }>(p.file_list, 'fileList');
      const download_list = items.map(({ fileid, max_age }) => {
        const cloudPath = pathOfFileId(storage.env, fileid);
        if (cloudPath === null || !storage.files.stat(cloudPath)) return { fileID: fileid, tempFileURL: '', ...NONEXIST };
        const maxAge = maxAgeOf(max_age);
        return { fileID: fileid, tempFileURL: storage.tempUrl(cloudPath, maxAge), code: 'SUCCESS', maxAge };
      });
      return { data: { download_list } };
    }
    case 'storage.batchDeleteFile': {
      const ids = fileList<unknown>(p.fileid_list, 'fileList');
      const delete_list = await Promise.all(ids.map(async (fileID) => {
        const cloudPath = pathOfFileId(storage.env, fileID);
        const deleted = cloudPath !== null && (await storage.files.delete(cloudPath));
        return deleted ? { fileID, code: 'SUCCESS' } : { fileID, ...NONEXIST };
      }));
      return { data: { delete_list } };
    }
    default:
      throw new TcbLevelError('INVALID_PARAM', `[LocalCloud] action ${p.action} is not emulated`);
  }
}
