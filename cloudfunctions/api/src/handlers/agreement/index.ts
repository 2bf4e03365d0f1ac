import type { agreementActions } from '@/contracts/agreement';
import type { HandlerTable } from '@shared/dispatch/handler';
import { createAgreementHandler } from './create-agreement.handler';
import { listAgreementsHandler } from './list-agreements.handler';
import { updateAgreementHandler } from './update-agreement.handler';

export const agreementHandlers: HandlerTable<keyof typeof agreementActions> = {
  'agreement.create': createAgreementHandler,
  'agreement.list': listAgreementsHandler,
  'agreement.update': updateAgreementHandler,
};
