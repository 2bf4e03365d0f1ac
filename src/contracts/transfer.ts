import { api, type ActionTable } from './table';
import {
  transferCancelInputSchema,
  transferDecideInputSchema,
  transferListInputSchema,
  transferMoveInputSchema,
  transferRequestInputSchema,
  type Transfer,
} from '../domain/transfer/transfer.schema';

/** 转接: members moving between branches. */
export const transferActions = {
  'transfer.request': api(transferRequestInputSchema),
  'transfer.move': api(transferMoveInputSchema),
  'transfer.decide': api(transferDecideInputSchema),
  'transfer.cancel': api(transferCancelInputSchema),
  'transfer.list': api(transferListInputSchema),
} as const satisfies ActionTable;

/** A transfer as callers see it: people by name, never by openid. */
export type TransferView = Omit<Transfer, 'requestedBy' | 'decidedBy'> & { requestedByName: string | null; decidedByName: string | null };

export interface TransferOutputs {
  'transfer.request': { transfer: TransferView };
  /** The county's move is approved at once (`transfer.state` says so); a release waits for the receiving side. */
  'transfer.move': { transfer: TransferView };
  'transfer.decide': { transfer: TransferView };
  'transfer.cancel': { transfer: TransferView };
  'transfer.list': { items: TransferView[]; nextCursor: string | null };
}
