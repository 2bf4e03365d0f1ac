import { api, type ActionTable } from './table';
import {
  mailingConfirmInputSchema,
  mailingCreateInputSchema,
  mailingGetInputSchema,
  mailingListInputSchema,
  mailingMarkSentInputSchema,
  mailingMineInputSchema,
  type MailBatch,
  type MailItem,
} from '../domain/mailing/mailing.schema';

/** 学习资料寄送: dispatch batches, sent marks by the organiser, receipts by the member. */
export const mailingActions = {
  'mailing.create': api(mailingCreateInputSchema),
  'mailing.list': api(mailingListInputSchema),
  'mailing.get': api(mailingGetInputSchema),
  'mailing.markSent': api(mailingMarkSentInputSchema),
  'mailing.mine': api(mailingMineInputSchema),
  'mailing.confirm': api(mailingConfirmInputSchema),
} as const satisfies ActionTable;

/** A batch as organisers list it: no author openid. */
export type MailBatchView = Omit<MailBatch, 'byOpenid'>;

/** A recipient row: the address in full for those who manage the member (all an organiser is shown), masked otherwise. */
export type MailItemView = MailItem & { masked: boolean };

export interface MailingOutputs {
  'mailing.create': MailBatchView;
  'mailing.list': { items: MailBatchView[]; nextCursor: string | null };
  'mailing.get': { batch: MailBatchView; items: MailItemView[] };
  'mailing.markSent': { batch: MailBatchView; marked: number };
  'mailing.mine': { items: MailItem[] };
  'mailing.confirm': MailItem;
}
