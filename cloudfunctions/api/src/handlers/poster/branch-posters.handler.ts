import { randomBytes } from 'node:crypto';
import type { ActionOutputs } from '@/contracts';
import { encodeJoinScene } from '@/domain/join/scene.rules';
import { isArchived, type Branch } from '@/domain/org/org.schema';
import { POSTER_CONCURRENCY, POSTER_WIDTH_PX, posterFileName, posterZipName, posterZipPath } from '@/domain/org/poster.rules';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { cloud } from '@shared/platform/cloud';
import { hmacSha256 } from '../../platform/crypto';
import { tempUrls } from '@shared/platform/storage';
import { getCounty, getJoinSecret } from '@shared/repos/config.repo';
import { listBranches } from '@shared/repos/org.repo';
import { recordPoster } from '../../repos/posters.repo';
import { requireOrgAdmin } from '@shared/auth/guards';
import { joinCodeImage } from '../org/join-code';

type JsZip = typeof import('jszip');
let jszip: JsZip | null = null;
/** jszip is loaded on the first print, not at every cold start of the api function. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- an import would load it at module scope (every cold start)
const loadZip = (): JsZip => (jszip ??= require('jszip') as JsZip);

/** Runs `work` over `items`, `limit` at a time, keeping their order in the answer. */
async function pooled<T, R>(items: readonly T[], limit: number, work: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * `branch.posters`: every active unit's join code (a branch whose code is revoked prints none), drawn with the same signed scene as
 * branch.qrcode, as PNGs in one zip named by unit, stored in the caller's posters folder; answers
 * a temporary link. The county prints the codes (secretaries get their own from branch.qrcode).
 * The zip is recorded in `posters` so cron-cleanup deletes it after the retention.
 */
export async function branchPostersHandler(_input: unknown, { caller, now }: Ctx): Promise<ActionOutputs['branch.posters']> {
  requireOrgAdmin(caller);
  const [branches, secret, county] = await Promise.all([listBranches(), getJoinSecret(), getCounty()]);
  if (!secret) throw new AppError(ErrorCodes.INTERNAL, '系统尚未初始化');
  const active = branches.filter((b) => !isArchived(b) && !b.joinRevoked).sort((a, b) => a.createdAt - b.createdAt || a._id.localeCompare(b._id));
  if (!active.length) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '还没有支部，请先新建支部');

  const zip = new (loadZip())();
  const images = await pooled(active, POSTER_CONCURRENCY, (b: Branch) => joinCodeImage(encodeJoinScene(hmacSha256, secret, b.code, b.joinVersion ?? 0), POSTER_WIDTH_PX));
  active.forEach((b, i) => zip.file(posterFileName(i + 1, active.length, b.name), images[i].bytes, { binary: true }));
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  const fileID = (await cloud.uploadFile({ cloudPath: posterZipPath(caller.openid, now, randomBytes(16).toString('hex')), fileContent: bytes })).fileID;
  await recordPoster(caller.openid, fileID, now);
  const url = (await tempUrls([fileID]))[fileID] ?? null;
  return { fileName: posterZipName(county?.name ?? '', now), url, count: active.length, names: active.map((b, i) => posterFileName(i + 1, active.length, b.name)) };
}
