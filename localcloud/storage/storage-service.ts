/**
 * The emulated bucket: the file store plus the URLs that reach it. Shared by the /admin storage
 * actions (what the SDK calls), the HTTP routes (what the SDK, browsers and the H5 app fetch) and the
 * programmatic `LocalCloud.storage` helpers, so the three agree on fileIDs and signatures.
 */
import { encodePath, fileIdOf } from './cloud-path';
import type { FileStore } from './file-store';
import { UPLOAD_URL_MAX_AGE_S } from './storage-limits';
import type { UrlSigner } from './url-signer';

/** Temp URLs are served here; the SDK's PUT goes to UPLOAD_ROUTE (a COS stand-in). */
export const FILE_ROUTE = '/storage/file/';
export const UPLOAD_ROUTE = '/storage/cos/';

export class StorageService {
  constructor(
    readonly files: FileStore,
    readonly signer: UrlSigner,
    readonly env: string,
    private readonly baseUrl: () => string,
  ) {}

  fileId(cloudPath: string): string {
    return fileIdOf(this.env, cloudPath);
  }

  /**
   * `<base>/storage/file/<cloudPath>?sign=…&t=<expiry, unix s>`: like the real CDN URL the path is
   * left unencoded (the SDK's downloadFile runs encodeURI over it; browsers encode it themselves).
   */
  tempUrl(cloudPath: string, maxAgeS: number, nowMs = Date.now()): string {
    const t = Math.floor(nowMs / 1000) + maxAgeS;
    return `${this.baseUrl()}${FILE_ROUTE}${cloudPath}?sign=${this.signer.sign('get', cloudPath, t)}&t=${t}`;
  }

  /** What getUploadMetadata hands the SDK: a PUT URL and the header that authorises it. */
  uploadTarget(cloudPath: string, nowMs = Date.now()): { url: string; authorization: string } {
    const t = Math.floor(nowMs / 1000) + UPLOAD_URL_MAX_AGE_S;
    return {
      url: `${this.baseUrl()}${UPLOAD_ROUTE}${encodePath(cloudPath)}`,
      authorization: `t=${t}&sign=${this.signer.sign('put', cloudPath, t)}`,
    };
  }
}
