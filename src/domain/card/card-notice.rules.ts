import { CARD_EXPIRY_DAYS } from './card.rules';

/**
 * The secretary's side of the 活动证 reminder as a subscribe message. The holder is told of his own
 * card (cron-theme-day's day run, one message per card expiry); a secretary is told of his
 * branches' cards that lapse within CARD_EXPIRY_DAYS or have lapsed. He is told again only when
 * that set changes (a card enters it), not every day: one consent buys one message, and the
 * same list twice is no news.
 */
export interface LapsingCard {
  memberId: string;
  activityCardExpiry: string;
}

/** What names the event: the set of lapsing cards, in a stable order (the sender hashes it into the message's id). */
export const lapsingCardsEvent = (cards: readonly LapsingCard[]): string =>
  cards
    .map((c) => `${c.memberId}:${c.activityCardExpiry}`)
    .sort()
    .join(',');

/** The message's detail line (≤ 20 characters as the `thing` keyword holds). */
export const lapsingCardsDetail = (count: number): string => `本支部 ${count} 张活动证${CARD_EXPIRY_DAYS}天内到期`;
