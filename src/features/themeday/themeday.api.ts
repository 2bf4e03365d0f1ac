import type { ActionInput } from '@/contracts';
import { call } from '@/services/cloud';

/** The calls the pages of the theme day make; components of this feature that submit call for themselves. */
export const currentThemeday = () => call('themeday.current');
export const signInThemeday = (input: ActionInput<'themeday.signin'>) => call('themeday.signin', input);
