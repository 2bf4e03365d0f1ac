import type { AgreementSummary } from '@/contracts/agreement';
import { agreedFieldLabels } from '@/domain/agreement/agreement.schema';

/** An agreement in one line: region, form, and what is shared. */
export const agreementLine = (a: AgreementSummary): string => `${a.region} · ${a.kind} · ${a.fields.map((f) => agreedFieldLabels[f]).join('、')}`;
