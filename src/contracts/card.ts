import { api, type ActionTable } from './table';
import { cardHistoryInputSchema, cardListInputSchema, cardRecordInputSchema, type CardEvent, type CardEventKind } from '../domain/card/card.schema';
import type { CardState } from '../domain/card/card.rules';

/** 流动党员活动证: issue, renewal and annual-check records; lapsing and lapsed cards listed. */
export const cardActions = {
  'card.record': api(cardRecordInputSchema),
  'card.history': api(cardHistoryInputSchema),
  'card.list': api(cardListInputSchema),
} as const satisfies ActionTable;

/** The card a member holds now, as his record keeps it. */
export interface CurrentCard {
  cardNo: string | null;
  validUntil: string | null;
  state: CardState;
  /** Whole days left (negative: lapsed that many days ago); null without a date. */
  daysLeft: number | null;
}

/** A record as shown; `profile` = the number and date entered in the member's profile before records existed. */
export type CardEventView = Omit<CardEvent, 'byOpenid' | 'kind'> & { kind: CardEventKind };

export interface CardListItem extends CurrentCard {
  memberId: string;
  name: string;
  branchId: string;
  groupId: string;
}

export interface CardOutputs {
  'card.record': { event: CardEventView; card: CurrentCard };
  'card.history': { memberId: string; name: string; card: CurrentCard; events: CardEventView[] };
  'card.list': { items: CardListItem[]; nextCursor: string | null };
}
