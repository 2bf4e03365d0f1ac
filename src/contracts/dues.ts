import { api, type ActionTable } from './table';
import {
  duesArrearsInputSchema,
  duesMineInputSchema,
  duesPaySubsidyInputSchema,
  duesRecordInputSchema,
  duesSubsidiesInputSchema,
  duesVoidInputSchema,
  type DuesRecord,
  type SubsidyPayment,
} from '../domain/dues/dues.schema';

/** 党费: monthly dues records, arrears per branch, and the 党费补助 paid to branches by evaluation tier. */
export const duesActions = {
  'dues.record': api(duesRecordInputSchema),
  'dues.void': api(duesVoidInputSchema),
  'dues.mine': api(duesMineInputSchema),
  'dues.arrears': api(duesArrearsInputSchema),
  'dues.subsidies': api(duesSubsidiesInputSchema),
  'dues.paySubsidy': api(duesPaySubsidyInputSchema),
} as const satisfies ActionTable;

/** A dues record as members and organisers see it (never the recorder's openid). */
export type DuesRecordView = Omit<DuesRecord, 'byOpenid'>;
export type SubsidyPaymentView = Omit<SubsidyPayment, 'byOpenid'>;

export interface ArrearsRow {
  memberId: string;
  name: string;
  groupId: string;
  /** Due months of the span without a record, oldest first. */
  unpaid: string[];
}

export interface SubsidyRow {
  branchId: string;
  branchName: string;
  secretaryName: string;
  /** From the closed round (null: nobody scored the secretary, no subsidy). */
  tier: string | null;
  amount: number;
  payment: SubsidyPaymentView | null;
}

export interface DuesOutputs {
  'dues.record': DuesRecordView;
  'dues.void': { memberId: string; month: string; voided: true };
  'dues.mine': {
    /** His records of the last twelve months and any paid ahead, newest month first. */
    records: DuesRecordView[];
    /** Months before the current one without a record (within the last twelve, not before he joined). */
    arrears: string[];
    thisMonthPaid: boolean;
    /** The line the theme day's 提示单 shows him (null: nothing owed). */
    reminder: string | null;
  };
  'dues.arrears': {
    branchId: string;
    from: string;
    to: string;
    /** Active members of the branch now, and how many of them owe nothing in the span. */
    members: number;
    paidUp: number;
    /** Members with unpaid months, most months first. */
    rows: ArrearsRow[];
    /** Records of the span for the branch's current members: how many and their sum (yuan). */
    recorded: { count: number; amount: number };
  };
  'dues.subsidies': {
    year: number;
    /** The year's round: not opened, still open (no tiers yet) or closed. */
    round: 'none' | 'open' | 'closed';
    rows: SubsidyRow[];
    totals: { due: number; paid: number };
  };
  'dues.paySubsidy': SubsidyPaymentView;
}
