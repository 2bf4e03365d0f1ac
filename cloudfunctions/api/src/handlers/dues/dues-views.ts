import type { DuesRecordView, SubsidyPaymentView } from '@/contracts/dues';
import type { DuesRecord, SubsidyPayment } from '@/domain/dues/dues.schema';

export const duesView = ({ byOpenid: _by, ...rest }: DuesRecord): DuesRecordView => rest;
export const subsidyView = ({ byOpenid: _by, ...rest }: SubsidyPayment): SubsidyPaymentView => rest;
