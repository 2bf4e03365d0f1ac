import type { MeView } from '@/contracts';

/**
 * An organiser who is not a member and has no name yet (granted before profiles existed) is asked
 * for one. Apart from the card, so the home can decide without loading the card's form.
 */
export const needsOrganiserProfile = (me: MeView): boolean => me.grants.length > 0 && !me.member && !me.name;
