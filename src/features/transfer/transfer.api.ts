import { call } from '@/services/cloud';

/** What the 转接审核 page loads: joins waiting for approval, transfers in to decide, transfers out under way. */
export async function loadWaitingMoves() {
  const [joins, incoming, outgoing] = await Promise.all([call('join.requests', {}), call('transfer.list', { box: 'incoming' }), call('transfer.list', { box: 'outgoing' })]);
  return { joins: joins.items, incoming: incoming.items, outgoing: outgoing.items };
}

export const decideJoin = (requestId: string, approve: boolean, note?: string) => call('join.decide', { requestId, approve, ...(note ? { note } : {}) });

export const decideTransfer = (transferId: string, approve: boolean, note?: string) => call('transfer.decide', { transferId, approve, ...(note ? { note } : {}) });

export const cancelTransfer = (transferId: string) => call('transfer.cancel', { transferId });
