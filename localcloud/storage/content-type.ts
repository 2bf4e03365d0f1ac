/**
 * Content-Type of an object uploaded without one (cloud.uploadFile sends none): taken from the
 * extension, as the storage CDN does, else application/octet-stream.
 */
import * as path from 'node:path';

const BY_EXTENSION: Record<string, string> = {
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.gif': 'image/gif', '.webp': 'image/webp',
  '.bmp': 'image/bmp', '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.pdf': 'application/pdf',
  '.json': 'application/json', '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4', '.zip': 'application/zip',
};

export const typeOfPath = (cloudPath: string) => BY_EXTENSION[path.extname(cloudPath).toLowerCase()] ?? 'application/octet-stream';
