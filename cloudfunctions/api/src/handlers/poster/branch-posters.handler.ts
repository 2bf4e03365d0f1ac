import { randomBytes } from 'node:crypto';
import type { ActionOutputs } from '@/contracts';
import { encodeJoinScene } from '@/domain/join/scene.rules';
import { LEASE_MS } from '@/domain/ledger/export-job.rules';
import { isArchived } from '@/domain/org/org.schema';
import { posterProgressOf } from '@/domain/org/poster-job.rules';
import type { PosterJob } from '@/domain/org/poster.schema';
import { posterZipName } from '@/domain/org/poster.rules';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { newId } from '@shared/platform/ids';
import { getCounty, getJoinSecret } from '@shared/repos/config.repo';
import { listBranches } from '@shared/repos/org.repo';
import { requireOrgAdmin } from '@shared/auth/guards';
import { hmacSha256 } from '../../platform/crypto';
import { insertPosterJob } from '../../repos/posters.repo';
import { zipLinkOf } from './poster-files';
import { runPosterStep } from './poster-step';

/** The real clock, for the step's time budget only; rules take the call's one `now`. */
const clock = () => Date.now();

/**
 * `branch.posters`: starts a print job of every active unit's join code (a branch whose code is
 * revoked prints none), signed as branch.qrcode signs it, and runs its first step; the page then
 * polls `branch.postersStatus` until the zip is built (a county of a few units is done at once).
 * The county prints the codes (secretaries get their own from branch.qrcode).
 */
export async function branchPostersHandler(_input: unknown, { caller, now, deadline }: Ctx): Promise<ActionOutputs['branch.posters']> {
  requireOrgAdmin(caller);
  const [branches, secret, county] = await Promise.all([listBranches(), getJoinSecret(), getCounty()]);
  if (!secret) throw new AppError(ErrorCodes.INTERNAL, '系统尚未初始化');
  const active = branches.filter((b) => !isArchived(b) && !b.joinRevoked).sort((a, b) => a.createdAt - b.createdAt || a._id.localeCompare(b._id));
  if (!active.length) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '还没有支部，请先新建支部');
  const job: PosterJob = {
    _id: newId(now),
    openid: caller.openid,
    units: active.map((b) => ({ branchId: b._id, name: b.name, scene: encodeJoinScene(hmacSha256, secret, b.code, b.joinVersion ?? 0) })),
    state: 'running',
    done: 0,
    partIds: [],
    fileID: null,
    fileName: posterZipName(county?.name ?? '', now),
    fileToken: randomBytes(16).toString('hex'),
    // The first step runs without a claim: the job is born leased to this call.
    leaseUntil: now + LEASE_MS,
    failures: 0,
    error: null,
    createdAt: now,
    updatedAt: now,
    finishedAt: null,
  };
  await insertPosterJob(job);
  const after = await runPosterStep(job, now, clock, deadline);
  return posterProgressOf(after, await zipLinkOf(after), false);
}
