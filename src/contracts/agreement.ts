import { api, type ActionTable } from './table';
import {
  agreementCreateInputSchema,
  agreementListInputSchema,
  agreementUpdateInputSchema,
  type Agreement,
} from '../domain/agreement/agreement.schema';

/** Two-way co-management (双向共管). */
export const agreementActions = {
  'agreement.create': api(agreementCreateInputSchema),
  'agreement.list': api(agreementListInputSchema),
  'agreement.update': api(agreementUpdateInputSchema),
} as const satisfies ActionTable;

/**
 * An agreement as listed: the covered members are counted here and listed by member.list
 * { agreementId }; the county clerk who made it is not named by openid (the inflow side reads it).
 */
export type AgreementSummary = Omit<Agreement, 'memberIds' | 'createdBy'> & { memberCount: number };

export interface AgreementOutputs {
  'agreement.create': AgreementSummary;
  'agreement.list': { items: AgreementSummary[] };
  'agreement.update': { agreement: AgreementSummary; added: number; removed: number };
}
