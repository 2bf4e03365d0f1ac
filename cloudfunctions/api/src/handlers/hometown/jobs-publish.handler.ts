import type { HometownOutputs } from '@/contracts/hometown';
import { dedupeJobAudience } from '@/domain/hometown/job.rules';
import { canPushTo } from '@/domain/auth/scope.rules';
import type { Job, JobsPublishInput } from '@/domain/hometown/job.schema';
import { dayOf } from '@/domain/shared/day.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '../../context';
import { newId } from '../../platform/ids';
import { insertJob } from '../../repos/jobs.repo';
import { branchesByIds } from '../../repos/org.repo';
import { jobView, riskyText } from './hometown-views';
import { requireCleanText } from '../clean-text';

/**
 * 招工就业信息: the county pushes to anyone (county, branches, cities); a secretary to his own
 * branches. Every field a member reads passes content security; nothing is stored before.
 */
export async function jobsPublishHandler(input: JobsPublishInput, { caller, now }: Ctx): Promise<HometownOutputs['jobs.publish']> {
  if (!canPushTo(caller, input.audience)) throw forbidden('县委组织部可向全县推送，支部书记只能向本支部推送');
  if (input.validUntil < dayOf(now)) {
    throw new AppError(ErrorCodes.INPUT_INVALID, '有效期不能早于今天', [{ path: 'validUntil', message: '有效期不能早于今天' }]);
  }
  const audience = dedupeJobAudience(input.audience);
  if (audience.scope === 'branches' && (await branchesByIds(audience.branchIds)).length !== audience.branchIds.length) {
    throw new AppError(ErrorCodes.ORG_NOT_FOUND, '所选支部不存在');
  }
  await requireCleanText([input.title, input.employer, input.city, input.pay, input.contact, input.detail], caller.openid, riskyText('招工信息'));

  const job: Job = {
    _id: newId(now),
    title: input.title,
    employer: input.employer,
    city: input.city,
    pay: input.pay,
    contact: input.contact,
    detail: input.detail || null,
    validUntil: input.validUntil,
    audience,
    publisherOpenid: caller.openid,
    publisherName: caller.name ?? '',
    createdAt: now,
  };
  await insertJob(job);
  return jobView(job, now);
}
