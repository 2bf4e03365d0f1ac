import type { z } from 'zod';
import { orgActions, type OrgOutputs } from './org';
import { memberActions, type MemberOutputs } from './member';
import { studyActions, type StudyOutputs } from './study';
import { themedayActions, type ThemedayOutputs } from './themeday';
import { statsActions, type StatsOutputs } from './stats';
import { careActions, type CareOutputs } from './care';
import { ledgerActions, type LedgerOutputs } from './ledger';
import { hometownActions, type HometownOutputs } from './hometown';
import { pairingActions, type PairingOutputs } from './pairing';
import { agreementActions, type AgreementOutputs } from './agreement';
import { evaluationActions, type EvaluationOutputs } from './evaluation';
import { awardActions, type AwardOutputs } from './award';
import { todoActions, type TodoOutputs } from './todo';
import { roleActions, type RoleOutputs } from './roles';
import { transferActions, type TransferOutputs } from './transfer';
import { joiningActions, type JoiningOutputs } from './joining';
import { mobilityActions, type MobilityOutputs } from './mobility';
import { orgEditActions, type OrgEditOutputs } from './org-edit';
import { importActions, type ImportOutputs } from './import';
import { posterActions, type PosterOutputs } from './poster';
import { activityActions, type ActivityOutputs } from './activity';

export type { OrgTree } from './org';
export type { JoinOutcome, JoinPreview, MemberView, MeView } from './member';
export type { CheckinStatsView, CheckinView, CompletionRow, ManagedPush, StudyPushSummary } from './study';
export type {
  AttendanceRow,
  ConsentSummary,
  DeliveryStageView,
  DeliveryStateName,
  MergedSheet,
  OccurrenceView,
  ThemedayAttendanceView,
  ThemedayDeliveryView,
} from './themeday';

/**
 * The one table of user-facing actions: which cloud function serves each and the schema its
 * payload must pass. Pages and functions both import it; the security suite iterates it. Each area
 * keeps its actions and outputs in its own module (src/contracts/<area>.ts), merged here.
 */
export const actions = {
  ...orgActions,
  ...memberActions,
  ...studyActions,
  ...themedayActions,
  ...ledgerActions,
  ...careActions,
  ...statsActions,
  ...hometownActions,
  ...pairingActions,
  ...agreementActions,
  ...evaluationActions,
  ...awardActions,
  ...todoActions,
  ...roleActions,
  ...transferActions,
  ...joiningActions,
  ...mobilityActions,
  ...orgEditActions,
  ...importActions,
  ...posterActions,
  ...activityActions,
} as const;

export type ActionName = keyof typeof actions;
export type ActionInput<A extends ActionName> = z.input<(typeof actions)[A]['input']>;

/** What each action answers in `data`. */
export interface ActionOutputs
  extends OrgOutputs,
    MemberOutputs,
    StudyOutputs,
    ThemedayOutputs,
    StatsOutputs,
    CareOutputs,
    LedgerOutputs,
    HometownOutputs,
    PairingOutputs,
    AgreementOutputs,
    EvaluationOutputs,
    AwardOutputs,
    RoleOutputs,
    TransferOutputs,
    JoiningOutputs,
    MobilityOutputs,
    OrgEditOutputs,
    ImportOutputs,
    PosterOutputs,
    ActivityOutputs,
    TodoOutputs {}

export type ActionOutput<A extends ActionName> = ActionOutputs[A];
