import type { TransferKind, TransferState } from '@/domain/transfer/transfer.schema';

export const transferStateLabels: Record<TransferState, string> = { pending: '待审核', approved: '已转入', refused: '未同意', cancelled: '已撤回' };
export const transferKindLabels: Record<TransferKind, string> = { request: '本人申请', release: '支部转出', county: '组织部调整' };
