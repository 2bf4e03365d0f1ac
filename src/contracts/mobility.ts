import { api, type ActionTable } from './table';
import { endMobilityInputSchema, reopenMobilityInputSchema } from '../domain/mobility/mobility.schema';
import type { MemberView } from './member';

/** Ending a member's mobile status (返乡, 回村任职…) and reopening it. */
export const mobilityActions = {
  'member.endMobility': api(endMobilityInputSchema),
  'member.reopenMobility': api(reopenMobilityInputSchema),
} as const satisfies ActionTable;

export interface MobilityOutputs {
  'member.endMobility': { member: MemberView };
  'member.reopenMobility': { member: MemberView };
}
