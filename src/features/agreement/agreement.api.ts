import type { ActionInput } from '@/contracts';
import { call } from '@/services/cloud';

/** The calls the pages of co-management agreements make; components of this feature that submit call for themselves. */
export const listAgreements = (input?: ActionInput<'agreement.list'>) => call('agreement.list', input);
