import type { duesActions } from '@/contracts/dues';
import type { HandlerTable } from '@shared/dispatch/handler';
import { duesArrearsHandler } from './dues-arrears.handler';
import { duesSubsidiesHandler } from './dues-subsidies.handler';
import { myDuesHandler } from './my-dues.handler';
import { paySubsidyHandler } from './pay-subsidy.handler';
import { recordDuesHandler } from './record-dues.handler';
import { voidDuesHandler } from './void-dues.handler';

/** 党费. */
export const duesHandlers: HandlerTable<keyof typeof duesActions> = {
  'dues.record': recordDuesHandler,
  'dues.void': voidDuesHandler,
  'dues.mine': myDuesHandler,
  'dues.arrears': duesArrearsHandler,
  'dues.subsidies': duesSubsidiesHandler,
  'dues.paySubsidy': paySubsidyHandler,
};
