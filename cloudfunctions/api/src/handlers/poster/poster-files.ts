import type { PosterJob } from '@/domain/org/poster.schema';
import { posterNames } from '@/domain/org/poster-job.rules';
import { cloud } from '@shared/platform/cloud';
import { download, removeFiles, tempUrls } from '@shared/platform/storage';

type JsZip = typeof import('jszip');
let jszip: JsZip | null = null;
/** jszip is loaded by the step that builds a zip, not at every cold start of the api function. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- an import would load it at module scope (every cold start)
const loadZip = (): JsZip => (jszip ??= require('jszip') as JsZip);

/** Storage downloads in flight while a zip is built (files, not wxacode calls: those go one by one, poster.rules.ts). */
const DOWNLOADS_AT_ONCE = 4;

/** Uploads a file to a fixed path (a second upload to the same path replaces the first). */
export async function saveFile(cloudPath: string, bytes: Buffer): Promise<string> {
  return (await cloud.uploadFile({ cloudPath, fileContent: bytes })).fileID;
}

async function readPart(fileID: string): Promise<Buffer> {
  const file = await download(fileID);
  if (!file.ok) throw new Error(`poster part ${file.missing ? 'missing' : 'unreadable'}: ${fileID}`);
  return file.bytes;
}

/** The drawn PNGs, read back in unit order, as one zip (STORE: PNGs are compressed already). */
export async function zipOfParts(job: Pick<PosterJob, 'units' | 'partIds'>): Promise<Buffer> {
  const names = posterNames(job);
  const bytes: Buffer[] = new Array(job.partIds.length);
  let next = 0;
  const worker = async () => {
    while (next < job.partIds.length) {
      const i = next++;
      bytes[i] = await readPart(job.partIds[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(DOWNLOADS_AT_ONCE, job.partIds.length) }, worker));
  const zip = new (loadZip())();
  bytes.forEach((b, i) => zip.file(names[i], b, { binary: true }));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

/** The PNGs are scratch once the zip is stored. */
export const removeParts = (fileIDs: string[]): Promise<void> => removeFiles(fileIDs, 'poster parts');

/** A fresh temporary link to a finished zip; null while running or when storage cannot sign one now. */
export async function zipLinkOf(job: Pick<PosterJob, 'state' | 'fileID'>): Promise<string | null> {
  if (job.state !== 'done' || !job.fileID) return null;
  return (await tempUrls([job.fileID]))[job.fileID] ?? null;
}
