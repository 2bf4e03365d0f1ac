import type { posterActions } from '@/contracts/poster';
import type { HandlerTable } from '../../handler';
import { branchPostersHandler } from './branch-posters.handler';

export const posterHandlers: HandlerTable<keyof typeof posterActions> = {
  'branch.posters': branchPostersHandler,
};
