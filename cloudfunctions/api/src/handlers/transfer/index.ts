import type { transferActions } from '@/contracts/transfer';
import type { HandlerTable } from '@shared/dispatch/handler';
import { cancelTransferHandler } from './cancel-transfer.handler';
import { decideTransferHandler } from './decide-transfer.handler';
import { listTransfersHandler } from './list-transfers.handler';
import { moveMemberHandler } from './move-member.handler';
import { requestTransferHandler } from './request-transfer.handler';

export const transferHandlers: HandlerTable<keyof typeof transferActions> = {
  'transfer.request': requestTransferHandler,
  'transfer.move': moveMemberHandler,
  'transfer.decide': decideTransferHandler,
  'transfer.cancel': cancelTransferHandler,
  'transfer.list': listTransfersHandler,
};
