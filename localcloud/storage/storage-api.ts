/** `LocalCloud.storage`: seed and inspect the bucket from tests and scripts without an SDK call. */
import { checkCloudPath, pathOfFileId } from './cloud-path';
import type { StoredFile } from './file-store';
import { SDK_UPLOAD_MAX_BYTES, URL_DEFAULT_MAX_AGE_S } from './storage-limits';
import type { StorageService } from './storage-service';

export interface LocalCloudStorage {
  /** Stores `bytes` as uploaded by client `openid` (recorded as owner) or, without one, by a function. Answers the fileID. */
  put(cloudPath: string, bytes: Buffer, openid?: string, contentType?: string): Promise<string>;
  get(fileIdOrPath: string): { bytes: Buffer; file: StoredFile } | null;
  /** A signed temp URL; `maxAgeS` ≤ 0 gives one that has already expired (for tests). */
  tempUrl(fileIdOrPath: string, maxAgeS?: number): string;
  fileId(cloudPath: string): string;
  list(): StoredFile[];
}

export function storageApi(service: StorageService): LocalCloudStorage {
  const resolve = (idOrPath: string): string => {
    if (!idOrPath.startsWith('cloud://')) return checkCloudPath(idOrPath);
    const p = pathOfFileId(service.env, idOrPath);
    if (p === null) throw new Error(`not a fileID of this local cloud: ${idOrPath}`);
    return p;
  };
  return {
    async put(cloudPath, bytes, openid, contentType) {
      const p = checkCloudPath(cloudPath);
      await service.files.put(p, bytes, { owner: openid ?? null, contentType }, SDK_UPLOAD_MAX_BYTES);
      return service.fileId(p);
    },
    get: (idOrPath) => service.files.read(resolve(idOrPath)),
    tempUrl: (idOrPath, maxAgeS = URL_DEFAULT_MAX_AGE_S) => service.tempUrl(resolve(idOrPath), maxAgeS),
    fileId: (cloudPath) => service.fileId(checkCloudPath(cloudPath)),
    list: () => service.files.list(),
  };
}
