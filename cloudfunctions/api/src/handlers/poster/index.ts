import type { posterActions } from '@/contracts/poster';
import type { HandlerTable } from '@shared/dispatch/handler';
import { branchPostersHandler } from './branch-posters.handler';
import { postersStatusHandler } from './posters-status.handler';

export const posterHandlers: HandlerTable<keyof typeof posterActions> = {
  'branch.posters': branchPostersHandler,
  'branch.postersStatus': postersStatusHandler,
};
