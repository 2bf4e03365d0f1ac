import type { ActionInput } from '@/contracts';
import { call } from '@/services/cloud';

/** The calls the pages of pairing and contact monitoring make; components of this feature that submit call for themselves. */
export const contactGaps = (input: ActionInput<'contact.gaps'>) => call('contact.gaps', input);
export const myPairing = () => call('pairing.mine');
