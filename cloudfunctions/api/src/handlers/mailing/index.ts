import type { mailingActions } from '@/contracts/mailing';
import type { HandlerTable } from '@shared/dispatch/handler';
import { confirmReceiptHandler } from './confirm-receipt.handler';
import { createMailingHandler } from './create-mailing.handler';
import { getMailingHandler } from './get-mailing.handler';
import { listMailingsHandler } from './list-mailings.handler';
import { markSentHandler } from './mark-sent.handler';
import { myMailingsHandler } from './my-mailings.handler';

export const mailingHandlers: HandlerTable<keyof typeof mailingActions> = {
  'mailing.create': createMailingHandler,
  'mailing.list': listMailingsHandler,
  'mailing.get': getMailingHandler,
  'mailing.markSent': markSentHandler,
  'mailing.mine': myMailingsHandler,
  'mailing.confirm': confirmReceiptHandler,
};
