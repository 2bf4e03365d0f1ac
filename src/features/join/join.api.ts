import type { ActionInput } from '@/contracts';
import { call } from '@/services/cloud';

/** The calls the pages of joining a branch make; components of this feature that submit call for themselves. */
export const previewJoin = (input: ActionInput<'join.preview'>) => call('join.preview', input);
