import type { ActionInput } from '@/contracts';
import { call } from '@/services/cloud';

/** The calls the pages of member records make; components of this feature that submit call for themselves. */
export const getMember = (input: ActionInput<'member.get'>) => call('member.get', input);
