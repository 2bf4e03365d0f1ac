import type { posterActions } from '@/contracts/poster';
import type { HandlerTable } from '@shared/dispatch/handler';
import { branchPostersHandler } from './branch-posters.handler';

export const posterHandlers: HandlerTable<keyof typeof posterActions> = {
  'branch.posters': branchPostersHandler,
};
