import { dedupeJobAudience } from '@/domain/hometown/job.rules';
import type { Job, JobsPublishInput } from '@/domain/hometown/job.schema';
import { dayOf } from '@/domain/shared/day.rules';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { branchesByIds } from '@shared/repos/org.repo';
import { requireCleanText } from '../clean-text';
import { riskyText } from './hometown-views';

export type JobContent = Pick<Job, 'title' | 'employer' | 'city' | 'pay' | 'contact' | 'detail' | 'validUntil' | 'audience'>;

/**
 * What jobs.publish and jobs.update both hold a job push to: shown until today at least, its
 * branches existing, every field a member reads through content security. Nothing is stored before.
 */
export async function checkedJob(input: JobsPublishInput, now: number, openid: string): Promise<JobContent> {
  if (input.validUntil < dayOf(now)) {
    throw new AppError(ErrorCodes.INPUT_INVALID, '有效期不能早于今天', [{ path: 'validUntil', message: '有效期不能早于今天' }]);
  }
  const audience = dedupeJobAudience(input.audience);
  if (audience.scope === 'branches' && (await branchesByIds(audience.branchIds)).length !== audience.branchIds.length) {
    throw new AppError(ErrorCodes.ORG_NOT_FOUND, '所选支部不存在');
  }
  await requireCleanText([input.title, input.employer, input.city, input.pay, input.contact, input.detail], openid, riskyText('招工信息'));
  return {
    title: input.title,
    employer: input.employer,
    city: input.city,
    pay: input.pay,
    contact: input.contact,
    detail: input.detail || null,
    validUntil: input.validUntil,
    audience,
  };
}
